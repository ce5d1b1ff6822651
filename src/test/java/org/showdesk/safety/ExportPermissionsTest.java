package org.showdesk.safety;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.Launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Exports get the permissions any program's new file gets under the host's umask, not 0600. */
class ExportPermissionsTest {
    @TempDir
    Path dir;

    private int showdesk(String umask, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        StringBuilder cmd = new StringBuilder("umask " + umask + " && exec '" + java + "' -cp '"
                + System.getProperty("java.class.path") + "' " + Launcher.class.getName());
        for (String a : args) cmd.append(" '").append(a).append("'");
        Process p = new ProcessBuilder("sh", "-c", cmd.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out-" + System.nanoTime() + ".log").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    @Test
    void exportsAndGlossaryExportsAre0644UnderUmask022And0600Under077() throws Exception {
        Path show = dir.resolve("s.showdesk");
        Path transcript = Files.writeString(dir.resolve("t.txt"), "大家好。今天聊模型。\n");
        assertThat(showdesk("022", "new", show.toString())).isZero();
        assertThat(showdesk("022", "import", show.toString(), transcript.toString())).isZero();
        for (String umask : List.of("022", "077")) {
            Path md = dir.resolve("notes-" + umask + ".md");
            Path terms = dir.resolve("terms-" + umask + ".csv");
            assertThat(showdesk(umask, "export", show.toString(), "--episode", "1", "--format", "md", "--out",
                    md.toString())).isZero();
            assertThat(showdesk(umask, "glossary", show.toString(), "export", terms.toString())).isZero();
            String expected = umask.equals("022") ? "rw-r--r--" : "rw-------";
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(md))).isEqualTo(expected);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(terms))).isEqualTo(expected);
        }
    }
}
