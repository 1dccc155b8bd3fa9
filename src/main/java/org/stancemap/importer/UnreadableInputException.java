package org.stancemap.importer;

/**
 * A file or text that cannot be imported at all: missing, a folder, too large, or not text in a known encoding.
 *
 * <p>Its message is one sentence naming the file, written for the user who chose it.
 */
public final class UnreadableInputException extends Exception {

    public UnreadableInputException(String message) {
        super(message);
    }

    public UnreadableInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
