package org.showdesk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class LauncherTest {
    @TempDir
    Path dir;

    /** Runs the launcher in its own JVM, as `java -jar` would, logging every class it loads. */
    static String launch(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void commandsRunHeadlessWithoutLoadingAnyJavaFxClass() throws Exception {
        String show = dir.resolve("s.showdesk").toString();
        String log = launch("new", show) + launch("episodes", show, "--json") + launch("--version");
        assertThat(log).contains("org.showdesk.cli.ShowdeskCli");
        assertThat(log).doesNotContain("javafx.").doesNotContain("com.sun.glass").doesNotContain("org.showdesk.ui.");
    }
}
