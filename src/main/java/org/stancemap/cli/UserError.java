package org.stancemap.cli;

/** A failure the user can act on: its message is the one sentence the command line prints. */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
    }

    UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
