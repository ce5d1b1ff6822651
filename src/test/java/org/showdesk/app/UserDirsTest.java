package org.showdesk.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class UserDirsTest {
    @Test
    void linuxFollowsTheXdgFoldersAndTheirDefaults() {
        assertThat(UserDirs.resolve(null, "Linux", "/home/h", Map.of()))
                .isEqualTo(new UserDirs(Path.of("/home/h/.local/share/showdesk"), Path.of("/home/h/.config/showdesk")));
        assertThat(UserDirs.resolve(null, "Linux", "/home/h", Map.of("XDG_DATA_HOME", "/d", "XDG_CONFIG_HOME", "/c")))
                .isEqualTo(new UserDirs(Path.of("/d/showdesk"), Path.of("/c/showdesk")));
    }

    @Test
    void windowsAndMacUseTheirApplicationDataFolders() {
        UserDirs win = UserDirs.resolve(null, "Windows 11", "C:/Users/h",
                Map.of("APPDATA", "C:/Users/h/AppData/Roaming", "LOCALAPPDATA", "C:/Users/h/AppData/Local"));
        assertThat(win.config()).isEqualTo(Path.of("C:/Users/h/AppData/Roaming/Showdesk"));
        assertThat(win.data()).isEqualTo(Path.of("C:/Users/h/AppData/Local/Showdesk"));
        assertThat(UserDirs.resolve(null, "Mac OS X", "/Users/h", Map.of()).data())
                .isEqualTo(Path.of("/Users/h/Library/Application Support/Showdesk"));
    }

    @Test
    void anOverridePutsEverythingUnderOneFolder() {
        UserDirs d = UserDirs.resolve("/tmp/sd", "Linux", "/home/h", Map.of());
        assertThat(d.demoShow()).isEqualTo(Path.of("/tmp/sd/data/Demo show.showdesk"));
        assertThat(d.recentShowsFile()).isEqualTo(Path.of("/tmp/sd/config/recent-shows.json"));
    }
}
