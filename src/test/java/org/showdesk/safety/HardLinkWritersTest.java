package org.showdesk.safety;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.Launcher;
import org.showdesk.app.OpenShow;
import org.showdesk.model.Episode;
import org.showdesk.model.ProjectInUseException;
import org.showdesk.store.ShowStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every name of one show file shares one writer: a hard link, a symbolic link and a path with "x/../" in it.
 * Before, each name had its own lock and its own WAL, and concurrent imports through two names lost
 * acknowledged episodes and once corrupted the file.
 */
class HardLinkWritersTest {
    @TempDir
    Path dir;

    private Path showWithOtherNames() throws Exception {
        Path show = dir.resolve("周报.showdesk");
        OpenShow.create(show, "周报").close();
        Files.createLink(dir.resolve("link.showdesk"), show);
        Files.createDirectories(dir.resolve("x"));
        Files.createSymbolicLink(dir.resolve("x/alias.showdesk"), show);
        return show;
    }

    @Test
    void inOneProcessASecondNameOfAnOpenShowIsRefused() throws Exception {
        Path show = showWithOtherNames();
        try (ShowStore writer = ShowStore.open(show)) {
            for (Path other : List.of(dir.resolve("link.showdesk"), dir.resolve("x/alias.showdesk"),
                    dir.resolve("x/../周报.showdesk"))) {
                assertThatThrownBy(() -> ShowStore.open(other)).as(other.toString())
                        .isInstanceOf(ProjectInUseException.class).hasMessageContaining("already open");
            }
            assertThat(writer.warnings()).singleElement().asString().contains("2 names (hard links)");
        }
    }

    @Test
    void threeRoundsOfConcurrentImportsThroughThreeNamesStoreEveryAcknowledgedImportAndLeaveTheFileIntact()
            throws Exception {
        Path show = showWithOtherNames();
        List<String> names = List.of(show.toString(), dir.resolve("link.showdesk").toString(),
                dir.resolve("x/alias.showdesk").toString());
        List<String> acknowledged = new ArrayList<>();
        int refused = 0;
        for (int round = 1; round <= 3; round++) {
            List<ChildJvm> children = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            for (int n = 0; n < names.size(); n++) {
                Path transcript = dir.resolve("r" + round + "-" + n + ".txt");
                StringBuilder text = new StringBuilder();
                // Large enough that the imports overlap in time (each takes a second or more).
                for (int i = 0; i < 20_000; i++) text.append("第").append(round).append("轮第").append(n).append("个第")
                        .append(i).append("句，模型发布了。\n");
                Files.writeString(transcript, text);
                String title = "round " + round + " via " + n;
                titles.add(title);
                children.add(ChildJvm.start(dir.resolve("child-" + round + "-" + n), Launcher.class, "import",
                        names.get(n), transcript.toString(), "--title", title));
            }
            for (int n = 0; n < children.size(); n++) {
                try (ChildJvm child = children.get(n)) {
                    int code = child.awaitExit(120_000);
                    if (code == 0) {
                        assertThat(child.linesSoFar()).as("prints the new episode's id").hasSize(1);
                        acknowledged.add(titles.get(n));
                    } else {
                        assertThat(code).isEqualTo(1);
                        assertThat(child.stderr()).as("the only reason to refuse").contains("already open")
                                .doesNotContain("Exception").doesNotContain("at org.");
                        refused++;
                    }
                }
            }
        }
        try (ShowStore store = ShowStore.openReadOnly(show)) {
            assertThat(store.integrityCheck()).isEqualTo("ok");
        }
        try (OpenShow s = OpenShow.openReadOnly(dir.resolve("link.showdesk"))) {
            List<String> stored = s.episodeList().stream().map(Episode::title).toList();
            assertThat(stored).containsExactlyInAnyOrderElementsOf(acknowledged);
            for (Episode e : s.episodeList()) assertThat(e.cueCount()).isEqualTo(20_000);
        }
        assertThat(acknowledged).as("some imports got through").isNotEmpty();
        assertThat(acknowledged.size() + refused).isEqualTo(9);
    }
}
