package org.showdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the first 100 bytes of a file as an SQLite header, without opening it through SQLite, so a
 * file that is not ours can be refused before anything could possibly write to it.
 */
record ProjectHeader(boolean sqlite, int userVersion, int applicationId, long size) {
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    static ProjectHeader read(Path file) throws IOException {
        long size = Files.size(file);
        byte[] head = new byte[100];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n < 100) return new ProjectHeader(false, 0, 0, size);
        for (int i = 0; i < MAGIC.length; i++) {
            if (head[i] != MAGIC[i]) return new ProjectHeader(false, 0, 0, size);
        }
        ByteBuffer bb = ByteBuffer.wrap(head); // SQLite stores header integers big-endian
        return new ProjectHeader(true, bb.getInt(60), bb.getInt(68), size);
    }
}
