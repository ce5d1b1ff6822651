package org.showdesk.media;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What the window's player (JavaFX Media) can play, decided the same way whichever reader looked inside the file,
 * so a file is accepted or refused alike on a machine with ffprobe and on one without. Codec names are ffmpeg's.
 */
final class PlayableFormats {
    /** The containers told apart; anything else is named by {@code otherName} in the refusal. */
    enum Container { MP3, WAV, MP4, OTHER }

    private PlayableFormats() {
    }

    static MediaInfo classify(Path file, Container container, String otherName, List<String> audio, List<String> video,
                              long durationMs, String readWith) {
        String format = switch (container) {
            case MP3 -> audio.contains("mp3") ? "MP3 audio" : null;
            case WAV -> refuseUnlessPcm(file, audio);
            case MP4 -> mp4(file, audio, video);
            case OTHER -> throw new UnplayableMediaException(file, "It is " + otherName + ", which the player cannot play.");
        };
        if (format == null) throw new UnplayableMediaException(file, "It holds no audio the player can play.");
        if (durationMs <= 0) {
            throw new UnplayableMediaException(file, "Its length cannot be read, so it is probably damaged or cut short.");
        }
        refuseMisleadingName(file, container, format);
        return new MediaInfo(format, durationMs, !video.isEmpty(), readWith);
    }

    /**
     * The player picks its reader by the file's extension when it knows the extension (and by the first bytes
     * only when it does not), so MP3 audio named {@code .m4a} would fail to play though the audio is fine.
     */
    private static void refuseMisleadingName(Path file, Container container, String format) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        Container named = switch (extension) {
            case "mp3" -> Container.MP3;
            case "wav" -> Container.WAV;
            case "mp4", "m4a", "m4v" -> Container.MP4;
            case "aif", "aiff", "flv", "fxm", "m3u", "m3u8" -> Container.OTHER;
            default -> null;
        };
        if (named == null || named == container) return;
        String right = switch (container) {
            case MP3 -> "mp3";
            case WAV -> "wav";
            default -> format.startsWith("MP4") ? "mp4" : "m4a";
        };
        throw new UnplayableMediaException(file, "It is " + format + ", but its name ends in ." + extension
                + ", and the player goes by the name: rename it to " + name.substring(0, dot) + "." + right
                + " and attach it again.");
    }

    private static String refuseUnlessPcm(Path file, List<String> audio) {
        if (audio.isEmpty()) return null;
        for (String codec : audio) {
            if (!codec.startsWith("pcm_")) {
                throw new UnplayableMediaException(file, "It is a WAV file with " + codecName(codec)
                        + " audio inside; the player plays only uncompressed (PCM) WAV.");
            }
        }
        return "WAV audio";
    }

    private static String mp4(Path file, List<String> audio, List<String> video) {
        for (String codec : video) {
            if (!codec.equals("h264")) {
                throw new UnplayableMediaException(file, "It is an MP4 file with " + codecName(codec)
                        + " video; the player plays H.264 video.");
            }
        }
        for (String codec : audio) {
            if (!codec.equals("aac")) {
                throw new UnplayableMediaException(file, "It is an MP4/M4A file with " + codecName(codec)
                        + " audio; the player plays AAC audio in these files.");
            }
        }
        if (!video.isEmpty() && audio.isEmpty()) {
            throw new UnplayableMediaException(file, "It is H.264 video with no audio track: there is no sound to hear "
                    + "beside the transcript or to time it from. Attach the recording with its sound (or its audio alone).");
        }
        if (!video.isEmpty()) return "MP4 video (H.264)";
        return audio.isEmpty() ? null : "M4A audio (AAC)";
    }

    /** ffmpeg's codec ids as a host knows them. */
    static String codecName(String codec) {
        return switch (codec) {
            case "hevc" -> "HEVC (H.265)";
            case "av1" -> "AV1";
            case "vp9" -> "VP9";
            case "mpeg4" -> "MPEG-4 Part 2";
            case "alac" -> "Apple Lossless (ALAC)";
            case "ac3" -> "Dolby Digital (AC-3)";
            case "eac3" -> "Dolby Digital Plus (E-AC-3)";
            case "opus" -> "Opus";
            case "flac" -> "FLAC";
            case "adpcm_ima_wav", "adpcm_ms" -> "ADPCM";
            default -> codec.toUpperCase(Locale.ROOT);
        };
    }
}
