package org.showdesk.model;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One backup of a show: a complete project file taken at {@code takenAt}.
 *
 * @param episodes how many episodes it holds, or -1 when it could not be read
 * @param why      what it was taken before or for ("opened", "import", "restore"…); empty when not known
 */
public record Backup(String id, Instant takenAt, long sizeBytes, int episodes, Path file, String why) {
    /** A backup whose reason is not known (taken by an older Showdesk). */
    public Backup(String id, Instant takenAt, long sizeBytes, int episodes, Path file) {
        this(id, takenAt, sizeBytes, episodes, file, "");
    }
}
