package org.showdesk.safety;

import org.showdesk.store.ProjectBackups;

import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Run in a child JVM and killed: restores a show from two backups in turn, recording each restore that returned. */
public final class RestoreLoop {
    private RestoreLoop() {
    }

    public static void main(String[] args) throws Exception {
        ProjectBackups backups = new ProjectBackups(Path.of(args[1]), Path.of(args[0]));
        try (FileOutputStream acks = new FileOutputStream(args[4], true)) {
            System.out.println("ready");
            System.out.flush();
            for (int i = 0; ; i++) {
                String id = args[2 + i % 2];
                backups.restore(id);
                acks.write(("restored " + id + "\n").getBytes(StandardCharsets.US_ASCII));
                if (i == 0) {
                    System.out.println("committing");
                    System.out.flush();
                }
            }
        }
    }
}
