package org.showdesk.model;


/** Another Showdesk (or another process) has the show open for writing; it can still be opened read-only. */
public class ProjectInUseException extends ShowdeskException {
    public ProjectInUseException(String message) {
        super(message);
    }
}
