package org.showdesk.ui;

import org.showdesk.app.UserDirs;
import org.showdesk.app.DemoShow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Which show the window opens at start: the file named on the command line; otherwise the most
 * recent show that still exists; otherwise the demo show in the user's data folder, created on first
 * use, so a new user sees a working workstation at once.
 */
final class StartupShow {
    private StartupShow() {
    }

    static Path choose(List<String> args, RecentShows recent, UserDirs dirs) throws IOException {
        for (String a : args) {
            if (!a.startsWith("-")) return Path.of(a);
        }
        var latest = recent.mostRecentExisting();
        if (latest.isPresent()) return latest.get();
        Path demo = dirs.demoShow();
        if (!Files.exists(demo)) DemoShow.create(demo);
        return demo;
    }
}
