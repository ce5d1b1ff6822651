package org.showdesk.safety;

import org.showdesk.app.ShowFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.app.OpenShow;
import org.showdesk.cli.ShowdeskCli;
import org.showdesk.model.Cue;
import org.showdesk.model.ProjectInUseException;
import org.showdesk.store.ShowStore;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One writer per show, checked across processes, as two Showdesk windows would be. */
class OneWriterTest {
    @TempDir
    Path dir;

    @Test
    void aShowOpenInAnotherProcessIsRefusedNamingThatProcessYetCanBeReadAndIsFreeAfterThatProcessIsKilled()
            throws Exception {
        Path show = dir.resolve("共享 周报.showdesk");
        String backup;
        try (OpenShow s = OpenShow.create(show, "共享")) {
            ShowFiles.episodes(s).insert("第一期", "e.txt", "txt", "UTF-8", List.of(Cue.of(null, null, "大家好。")));
        }
        try (OpenShow s = OpenShow.open(show)) {
            backup = s.backups().get(0).id();
        }
        try (ChildJvm other = ChildJvm.start(dir.resolve("child"), ShowHolder.class, show.toString())) {
            other.awaitLine("open ", 60_000);

            assertThatThrownBy(() -> ShowStore.open(show)).isInstanceOf(ProjectInUseException.class)
                    .hasMessageContaining("already open in another Showdesk")
                    .hasMessageContaining("process " + other.pid())
                    .hasMessageContaining("read-only");
            try (OpenShow reader = OpenShow.openReadOnly(show)) {
                assertThat(reader.episodeList()).extracting(e -> e.title()).containsExactly("第一期");
            }
            StringWriter err = new StringWriter();
            int code = ShowdeskCli.run(new String[]{"restore", show.toString(), "--backup", backup},
                    new PrintWriter(new StringWriter()), new PrintWriter(err));
            assertThat(code).isEqualTo(1);
            assertThat(err.toString()).contains("already open").contains("process " + other.pid());

            other.killHard();
        }
        ShowStore.open(show).close(); // the OS dropped the lock with the killed process
    }
}
