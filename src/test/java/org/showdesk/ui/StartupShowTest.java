package org.showdesk.ui;

import org.showdesk.app.ShowFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.app.OpenShow;
import org.showdesk.app.UserDirs;
import org.showdesk.app.DemoShow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StartupShowTest {
    @TempDir
    Path home;

    private UserDirs dirs() {
        return new UserDirs(home.resolve("data"), home.resolve("config"));
    }

    @Test
    void withNothingRecentTheDemoShowIsCreatedInTheDataFolderAndOpened() throws Exception {
        RecentShows recent = new RecentShows(dirs().recentShowsFile());
        Path chosen = StartupShow.choose(List.of(), recent, dirs());

        assertThat(chosen).isEqualTo(dirs().demoShow()).exists();
        try (OpenShow show = OpenShow.open(chosen)) {
            assertThat(show.name()).isEqualTo(DemoShow.SHOW_NAME);
            assertThat(ShowFiles.episodes(show).list()).singleElement()
                    .satisfies(e -> assertThat(e.charCount()).isGreaterThan(2500));
            assertThat(ShowFiles.entries(show).list(ShowFiles.episodes(show).list().get(0).id())).hasSizeGreaterThanOrEqualTo(5);
            assertThat(ShowFiles.glossary(show).list()).hasSizeGreaterThan(30);
        }
        assertThat(Files.list(dirs().data())).noneMatch(p -> p.toString().endsWith(".part"));
    }

    @Test
    void theMostRecentExistingShowIsPreferredAndAFileArgumentWinsOverBoth() throws Exception {
        RecentShows recent = new RecentShows(dirs().recentShowsFile());
        Path older = home.resolve("older.showdesk");
        Path newer = home.resolve("newer.showdesk");
        OpenShow.create(older, "older").close();
        OpenShow.create(newer, "newer").close();
        recent.remember(older);
        recent.remember(home.resolve("gone.showdesk"));
        recent.remember(newer);
        Files.delete(newer);

        assertThat(StartupShow.choose(List.of(), recent, dirs())).isEqualTo(older.toAbsolutePath());
        assertThat(StartupShow.choose(List.of("x.showdesk"), recent, dirs())).isEqualTo(Path.of("x.showdesk"));
        assertThat(recent.list()).hasSize(3).first().isEqualTo(newer.toAbsolutePath());
    }

    @Test
    void anUnreadableRecentListIsTreatedAsEmpty() throws Exception {
        Files.createDirectories(dirs().config());
        Files.writeString(dirs().recentShowsFile(), "{not json");
        assertThat(new RecentShows(dirs().recentShowsFile()).list()).isEmpty();
    }
}
