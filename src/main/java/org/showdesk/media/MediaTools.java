package org.showdesk.media;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The ffmpeg and ffprobe programs of this machine, when it has them. Showdesk works without them: durations are
 * then read by Java parsers and times are estimated from the text alone (WAV files are still decoded, by the JDK).
 *
 * <p>Where they are looked for: the folder named by the system property {@value #FOLDER_PROPERTY} (the value
 * {@code off} means "as if absent"), then the PATH, then the usual install folders a desktop launcher's short PATH
 * misses (Homebrew's, /usr/local/bin).
 */
public final class MediaTools {
    public static final String FOLDER_PROPERTY = "showdesk.ffmpeg";
    private static final List<String> USUAL_FOLDERS = List.of("/opt/homebrew/bin", "/usr/local/bin", "/usr/bin");

    private final Path ffmpeg;
    private final Path ffprobe;

    private MediaTools(Path ffmpeg, Path ffprobe) {
        this.ffmpeg = ffmpeg;
        this.ffprobe = ffprobe;
    }

    public static MediaTools onThisMachine() {
        String configured = System.getProperty(FOLDER_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return configured.strip().equalsIgnoreCase("off") ? none() : in(Path.of(configured.strip()));
        }
        List<Path> folders = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) for (String p : path.split(File.pathSeparator)) if (!p.isBlank()) folders.add(Path.of(p));
        for (String usual : USUAL_FOLDERS) folders.add(Path.of(usual));
        return new MediaTools(find(folders, "ffmpeg"), find(folders, "ffprobe"));
    }

    /** The tools in one folder (either may be missing). */
    public static MediaTools in(Path folder) {
        return new MediaTools(find(List.of(folder), "ffmpeg"), find(List.of(folder), "ffprobe"));
    }

    /** As on a machine without ffmpeg. */
    public static MediaTools none() {
        return new MediaTools(null, null);
    }

    public Optional<Path> ffmpeg() {
        return Optional.ofNullable(ffmpeg);
    }

    public Optional<Path> ffprobe() {
        return Optional.ofNullable(ffprobe);
    }

    /** ffprobe when there is one (exact for every format), else the Java parsers. */
    public MediaProbe probe() {
        return ffprobe == null ? new JavaMediaProbe() : new FfprobeProbe(ffprobe);
    }

    /** ffmpeg when there is one (every playable format), else the JDK's reader, which decodes WAV only. */
    public AudioDecoder decoder() {
        return ffmpeg == null ? new WavDecoder() : new FfmpegDecoder(ffmpeg);
    }

    private static Path find(List<Path> folders, String name) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        String file = windows ? name + ".exe" : name;
        for (Path folder : folders) {
            try {
                Path candidate = folder.resolve(file);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) return candidate;
            } catch (RuntimeException badEntry) {
                // a PATH entry that is not a valid path on this system: skip it
            }
        }
        return null;
    }
}
