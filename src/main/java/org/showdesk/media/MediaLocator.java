package org.showdesk.media;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where an episode's media is stored and found again. Stored relative to the show's folder when it lies under it (so
 * a folder moved or synced to another machine keeps working), absolute otherwise. When the file is not where it was,
 * the likely places are tried: the show's folder and its subfolders (the host moved the media beside the show), and
 * the old folder under another playable extension (the host re-encoded it). A candidate counts only when it is
 * playable and as long as the media was, so another episode's file of the same name is never taken.
 */
public final class MediaLocator {
    /** A candidate is the same recording when its length is within this of the stored one (or 1 %). */
    static final long SAME_LENGTH_MS = 1000;
    private static final int MAX_SUBFOLDERS = 200;
    private static final List<String> PLAYABLE_EXTENSIONS = List.of("mp3", "m4a", "mp4", "m4v", "wav");

    /** Where the media is: found where stored, found elsewhere (store the new place), or not found. */
    public sealed interface Location permits Found, Moved, Missing {
    }

    public record Found(Path file) implements Location {
    }

    /** Found at {@code file}, no longer at {@code was}. */
    public record Moved(Path file, Path was, long durationMs) implements Location {
    }

    /** Not found: {@code expected} is where it was stored, {@code tried} the other places looked at. */
    public record Missing(Path expected, List<Path> tried) implements Location {
        public Missing {
            tried = List.copyOf(tried);
        }
    }

    private final MediaProbe probe;

    public MediaLocator(MediaProbe probe) {
        this.probe = probe;
    }

    /** The path to store for {@code media}: relative to {@code showFolder} when under it, with '/' on every system. */
    public static String storedPath(Path media, Path showFolder) {
        Path absolute = media.toAbsolutePath().normalize();
        Path folder = showFolder.toAbsolutePath().normalize();
        if (absolute.startsWith(folder) && !absolute.equals(folder)) {
            return folder.relativize(absolute).toString().replace('\\', '/');
        }
        return absolute.toString();
    }

    /** The stored path as a file on this machine; a relative one is under the show's folder. */
    public static Path resolve(String stored, Path showFolder) {
        try {
            Path p = Path.of(stored.replace('/', java.io.File.separatorChar));
            return p.isAbsolute() ? p : showFolder.resolve(p).normalize();
        } catch (InvalidPathException e) {
            // stored on another system (a Windows drive path read on Linux): only its name can be looked for
            return showFolder.resolve(fileName(stored));
        }
    }

    public Location locate(String stored, long durationMs, Path showFolder) {
        Path expected = resolve(stored, showFolder);
        if (Files.isRegularFile(expected)) return new Found(expected);
        String name = fileName(stored);
        Set<Path> candidates = new LinkedHashSet<>();
        candidates.add(showFolder.resolve(name));
        for (Path sub : subfolders(showFolder)) candidates.add(sub.resolve(name));
        Path oldFolder = expected.getParent();
        if (oldFolder != null) {
            String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
            for (String extension : PLAYABLE_EXTENSIONS) candidates.add(oldFolder.resolve(base + "." + extension));
        }
        candidates.remove(expected);
        List<Path> tried = new ArrayList<>();
        for (Path candidate : candidates) {
            if (!Files.isRegularFile(candidate)) {
                tried.add(candidate);
                continue;
            }
            MediaInfo info;
            try {
                info = probe.probe(candidate);
            } catch (RuntimeException notIt) {
                tried.add(candidate);
                continue;
            }
            if (durationMs <= 0 || Math.abs(info.durationMs() - durationMs) <= Math.max(SAME_LENGTH_MS, durationMs / 100)) {
                return new Moved(candidate, expected, info.durationMs());
            }
            tried.add(candidate);
        }
        return new Missing(expected, tried);
    }

    private static List<Path> subfolders(Path folder) {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) return out;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, Files::isDirectory)) {
            for (Path p : entries) {
                if (p.getFileName().toString().startsWith(".")) continue;
                out.add(p);
                if (out.size() == MAX_SUBFOLDERS) break;
            }
        } catch (IOException | SecurityException unreadable) {
            // a folder we may not list: nothing to find there
        }
        out.sort(null);
        return out;
    }

    private static String fileName(String stored) {
        String s = stored.replace('\\', '/');
        return s.substring(s.lastIndexOf('/') + 1);
    }
}
