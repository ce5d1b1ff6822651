package org.showdesk.media;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.showdesk.model.ShowdeskException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a file with ffprobe: exact for every format, about 0.1–0.2 s a file. */
final class FfprobeProbe implements MediaProbe {
    private static final long TIMEOUT_SECONDS = 60;
    private final Path ffprobe;

    FfprobeProbe(Path ffprobe) {
        this.ffprobe = ffprobe;
    }

    @Override
    public MediaInfo probe(Path file) {
        ReadableFile.require(file);
        JsonNode report;
        String errors;
        // "file:" so a name like "-x.mp3" or "concat:a|b" is a file, not an option or a protocol; reading only
        // local files so a playlist named .mp3 cannot make ffprobe fetch anything.
        try (ToolRun run = ToolRun.start(ffprobe, List.of("-v", "error", "-protocol_whitelist", "file",
                "-print_format", "json", "-show_entries",
                "format=format_name,duration,size:stream=codec_type,codec_name,bit_rate:stream_disposition=attached_pic",
                "-i", "file:" + file.toAbsolutePath()))) {
            byte[] out = run.readAllOutput();
            int exit = run.finish(TIMEOUT_SECONDS);
            errors = run.errors();
            if (exit != 0) {
                if (exit == -1) throw new ShowdeskException("ffprobe did not finish reading " + file.getFileName() + " within "
                        + TIMEOUT_SECONDS + " s; the file may be on a slow or hanging drive.");
                throw new UnplayableMediaException(file, "It is not audio or video: " + reason(errors) + ".");
            }
            report = new ObjectMapper().readTree(out);
        } catch (IOException e) {
            throw new ShowdeskException("Could not read ffprobe's report on " + file.getFileName() + ": " + e.getMessage(), e);
        }
        if (report.path("format").path("duration").asDouble(0) <= 0) {
            // ffprobe trusts the extension: random bytes named .mp3 are "mp3" to it, with no length and an error
            throw new UnplayableMediaException(file, "It is not playable audio or video: no length can be read from it, "
                    + "so it is damaged or only named like media.");
        }
        MediaInfo info = classify(file, report);
        long held = heldMs(report);
        if (held > 0 && held < info.durationMs() / 2) {
            return info.withLength(held, file.getFileName() + " says it is " + ClockTime.format(info.durationMs())
                    + " long, but it holds only about " + ClockTime.format(held) + " of audio: it looks cut short (an "
                    + "unfinished copy or download). The length that plays was stored; attach the whole file if you have it.");
        }
        return info;
    }

    /**
     * How long the bytes actually in the file play at the audio's bit rate, or 0 when unknown. A file cut short
     * keeps the header of the whole one (an MP3's Xing frame count), so its stated length promises more than it holds.
     */
    static long heldMs(JsonNode report) {
        long size = report.path("format").path("size").asLong(0);
        long bitsPerSecond = 0;
        for (JsonNode stream : report.path("streams")) {
            if (stream.path("disposition").path("attached_pic").asInt(0) == 1) continue;
            long rate = stream.path("bit_rate").asLong(0);
            if (rate <= 0) return 0; // a stream of unknown rate: cannot tell
            bitsPerSecond += rate;
        }
        return size > 0 && bitsPerSecond > 0 ? size * 8_000 / bitsPerSecond : 0;
    }

    static MediaInfo classify(Path file, JsonNode report) {
        String formatName = report.path("format").path("format_name").asText("");
        List<String> audio = new ArrayList<>();
        List<String> video = new ArrayList<>();
        for (JsonNode stream : report.path("streams")) {
            // An MP3's or M4A's cover picture is a "video" stream of one frame: not a video.
            if (stream.path("disposition").path("attached_pic").asInt(0) == 1) continue;
            String codec = stream.path("codec_name").asText("unknown");
            switch (stream.path("codec_type").asText("")) {
                case "audio" -> audio.add(codec);
                case "video" -> video.add(codec);
                default -> { }
            }
        }
        double seconds = report.path("format").path("duration").asDouble(0);
        return PlayableFormats.classify(file, container(formatName), describe(formatName), audio, video,
                Math.round(seconds * 1000), "ffprobe");
    }

    private static PlayableFormats.Container container(String formatName) {
        if (formatName.equals("mp3")) return PlayableFormats.Container.MP3;
        if (formatName.equals("wav")) return PlayableFormats.Container.WAV;
        if (formatName.contains("mp4") || formatName.contains("m4a")) return PlayableFormats.Container.MP4;
        return PlayableFormats.Container.OTHER;
    }

    private static String describe(String formatName) {
        return switch (formatName) {
            case "ogg" -> "an Ogg file";
            case "matroska,webm" -> "a Matroska or WebM file";
            case "flac" -> "a FLAC file";
            case "aac" -> "raw AAC audio (ADTS), not in an M4A container";
            case "avi" -> "an AVI file";
            case "asf" -> "a Windows Media file";
            case "aiff" -> "an AIFF file";
            case "image2", "png_pipe", "jpeg_pipe", "gif", "webp_pipe" -> "a picture";
            case "tty" -> "a text file";
            default -> "in the " + formatName + " format";
        };
    }

    /** ffprobe's complaint as a host can read it, without its decoder names and memory addresses. */
    static String reason(String errors) {
        String all = errors.toLowerCase(java.util.Locale.ROOT);
        if (all.contains("moov atom not found")) {
            return "it starts like an MP4/M4A file but has no index (no 'moov' box), so it is damaged or was not finished";
        }
        if (all.contains("header missing") || all.contains("invalid data found")) {
            return "its content matches no audio or video format (damaged, or another kind of file named like media)";
        }
        return "no audio or video could be read from it";
    }
}
