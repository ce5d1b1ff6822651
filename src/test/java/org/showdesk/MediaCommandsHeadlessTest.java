package org.showdesk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.media.SpokenFixture;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `media attach` and `media estimate` read and decode media without loading a class of JavaFX (javafx-media included). */
class MediaCommandsHeadlessTest {
    @TempDir
    Path dir;

    @Test
    void attachAndEstimateLoadNoJavaFxClass() throws Exception {
        SpokenFixture sealed = SpokenFixture.load("sealed");
        String show = dir.resolve("s.showdesk").toString();
        Path txt = Files.copy(sealed.file("transcript.txt"), dir.resolve("ep.txt"));
        String log = LauncherTest.launch("new", show) + LauncherTest.launch("import", show, txt.toString())
                + LauncherTest.launch("media", show, "--episode", "1", "attach", sealed.file("episode.m4a").toString())
                + LauncherTest.launch("media", show, "--episode", "1", "estimate");
        assertThat(log).contains("org.showdesk.cli.MediaCommand").contains("org.showdesk.media.PauseAlignment");
        assertThat(log).doesNotContain("javafx.").doesNotContain("com.sun.glass").doesNotContain("com.sun.media.jfx")
                .doesNotContain("org.showdesk.ui.");
    }
}
