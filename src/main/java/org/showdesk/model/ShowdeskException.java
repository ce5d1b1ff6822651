package org.showdesk.model;

/**
 * An error the host caused or can fix (a bad file, a project open elsewhere, a full disk). Its
 * message is written for the host: what happened, where, and what to do. It is shown as is, never
 * with a stack trace; anything else that escapes is a bug.
 */
public class ShowdeskException extends RuntimeException {
    public ShowdeskException(String message) {
        super(message);
    }

    public ShowdeskException(String message, Throwable cause) {
        super(message, cause);
    }
}
