package org.showdesk.safety;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Arrays;

/** Damage as a bad sector or a torn copy leaves it: a few pages in the middle of a file overwritten with junk. */
public final class Damage {
    private Damage() {
    }

    public static void overwriteMiddlePages(Path file) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            long pages = f.length() / 4096;
            byte[] junk = new byte[4096 * 3];
            Arrays.fill(junk, (byte) 0x5A);
            f.seek(4096 * (pages / 2));
            f.write(junk);
        }
    }
}
