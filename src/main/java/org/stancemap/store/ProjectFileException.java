package org.stancemap.store;

/**
 * A project file could not be opened or saved. The message is one sentence for the user: it names the file and,
 * for bad content, where in it (a JSON path such as {@code $.voices[3].placements[0].position}, or a line and
 * column), and never carries stack trace or library text.
 */
public class ProjectFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public ProjectFileException(String message) {
        super(message);
    }

    public ProjectFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
