package org.showdesk.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Showdesk keeps the host's own data (demo show, backups) and settings (recent shows), in each
 * platform's proper place, never next to the program. {@code -Dshowdesk.home=DIR} puts both under
 * one folder (tests, portable installs).
 */
public record UserDirs(Path data, Path config) {

    public static UserDirs current() {
        return resolve(System.getProperty("showdesk.home"), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."), System.getenv());
    }

    static UserDirs resolve(String override, String osName, String home, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            Path root = Path.of(override);
            return new UserDirs(root.resolve("data"), root.resolve("config"));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path h = Path.of(home);
        if (os.contains("win")) {
            Path roaming = pathOr(env.get("APPDATA"), h.resolve("AppData").resolve("Roaming"));
            Path local = pathOr(env.get("LOCALAPPDATA"), h.resolve("AppData").resolve("Local"));
            return new UserDirs(local.resolve("Showdesk"), roaming.resolve("Showdesk"));
        }
        if (os.contains("mac")) {
            Path support = h.resolve("Library").resolve("Application Support").resolve("Showdesk");
            return new UserDirs(support, support);
        }
        Path dataHome = pathOr(env.get("XDG_DATA_HOME"), h.resolve(".local").resolve("share"));
        Path configHome = pathOr(env.get("XDG_CONFIG_HOME"), h.resolve(".config"));
        return new UserDirs(dataHome.resolve("showdesk"), configHome.resolve("showdesk"));
    }

    private static Path pathOr(String value, Path fallback) {
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }

    public Path backups() {
        return data.resolve("backups");
    }

    public Path demoShow() {
        return data.resolve("Demo show.showdesk");
    }

    public Path recentShowsFile() {
        return config.resolve("recent-shows.json");
    }
}
