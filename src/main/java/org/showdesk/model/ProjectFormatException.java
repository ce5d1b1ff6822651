package org.showdesk.model;


/** The file is not a Showdesk project, or one this version cannot read. The file was not changed. */
public class ProjectFormatException extends ShowdeskException {
    public ProjectFormatException(String message) {
        super(message);
    }

    public ProjectFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
