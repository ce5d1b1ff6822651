package org.showdesk.media;

import org.jaudiotagger.audio.exceptions.InvalidAudioFrameException;
import org.jaudiotagger.audio.mp3.MP3AudioHeader;
import org.mp4parser.IsoFile;
import org.mp4parser.boxes.iso14496.part12.MovieBox;
import org.mp4parser.boxes.iso14496.part12.SampleDescriptionBox;
import org.mp4parser.boxes.iso14496.part12.TrackBox;
import org.showdesk.model.ShowdeskException;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads a file without ffprobe: the first bytes say which format it claims to be, then a parser made for that
 * format checks it and reads its length: jaudiotagger for MP3, isoparser for MP4/M4A, the JDK for WAV.
 */
final class JavaMediaProbe implements MediaProbe {
    /** Held so the setting is not lost when the logger is collected: jaudiotagger logs every oddity it meets. */
    private static final Logger JAUDIOTAGGER = Logger.getLogger("org.jaudiotagger");
    /** How far past its tags an MP3's first frame may lie; random bytes find a "frame" anywhere. */
    private static final long MP3_START_SLACK = 4096;

    static {
        JAUDIOTAGGER.setLevel(Level.OFF);
    }

    @Override
    public MediaInfo probe(Path file) {
        ReadableFile.require(file);
        byte[] head = head(file, 12);
        if (starts(head, 0, "RIFF") && starts(head, 8, "WAVE")) return wav(file);
        if (starts(head, 4, "ftyp")) return mp4(file);
        if (starts(head, 0, "ID3") || isMpegAudioSync(head)) return mp3(file, head);
        String other = otherFormat(head);
        if (other != null) {
            return PlayableFormats.classify(file, PlayableFormats.Container.OTHER, other, List.of(), List.of(), 0, name());
        }
        throw new UnplayableMediaException(file, "It is not audio or video: its first bytes match no media format.");
    }

    private static String name() {
        return "Java parsers (no ffprobe)";
    }

    private static MediaInfo wav(Path file) {
        AudioFileFormat format;
        try {
            format = AudioSystem.getAudioFileFormat(file.toFile());
        } catch (UnsupportedAudioFileException e) {
            throw new UnplayableMediaException(file, "It is a WAV file with compressed audio inside; the player plays only "
                    + "uncompressed (PCM) WAV.");
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
        AudioFormat audio = format.getFormat();
        AudioFormat.Encoding encoding = audio.getEncoding();
        boolean pcm = encoding.equals(AudioFormat.Encoding.PCM_SIGNED) || encoding.equals(AudioFormat.Encoding.PCM_UNSIGNED)
                || encoding.equals(AudioFormat.Encoding.PCM_FLOAT);
        long frames = format.getFrameLength();
        float rate = audio.getFrameRate();
        long ms = frames > 0 && rate > 0 ? Math.round(frames * 1000.0 / rate) : 0;
        return PlayableFormats.classify(file, PlayableFormats.Container.WAV, "", List.of(pcm ? "pcm_" : encoding.toString()),
                List.of(), ms, name());
    }

    private static MediaInfo mp4(Path file) {
        try (IsoFile iso = new IsoFile(file.toFile())) {
            MovieBox movie = iso.getMovieBox();
            if (movie == null || movie.getMovieHeaderBox() == null) {
                throw new UnplayableMediaException(file, "It is an MP4/M4A file without its index (no 'moov' box), so it "
                        + "is damaged or was not finished being written.");
            }
            List<String> audio = new ArrayList<>();
            List<String> video = new ArrayList<>();
            for (TrackBox track : movie.getBoxes(TrackBox.class)) {
                String codec = codecOf(track);
                switch (handlerOf(track)) {
                    case "soun" -> audio.add(codec);
                    case "vide" -> video.add(codec);
                    default -> { }
                }
            }
            long timescale = movie.getMovieHeaderBox().getTimescale();
            long ms = timescale > 0 ? Math.round(movie.getMovieHeaderBox().getDuration() * 1000.0 / timescale) : 0;
            return PlayableFormats.classify(file, PlayableFormats.Container.MP4, "", audio, video, ms, name());
        } catch (IOException e) {
            throw cannotRead(file, e);
        } catch (RuntimeException damaged) {
            if (damaged instanceof ShowdeskException se) throw se;
            throw new UnplayableMediaException(file, "It starts like an MP4/M4A file but cannot be read as one ("
                    + damaged.getClass().getSimpleName() + "), so it is probably damaged.");
        }
    }

    private static String handlerOf(TrackBox track) {
        var media = track.getMediaBox();
        return media == null || media.getHandlerBox() == null ? "" : String.valueOf(media.getHandlerBox().getHandlerType());
    }

    /** The track's codec under ffmpeg's name, so both readers decide alike. */
    private static String codecOf(TrackBox track) {
        if (track.getSampleTableBox() == null) return "none";
        SampleDescriptionBox descriptions = track.getSampleTableBox().getSampleDescriptionBox();
        // Entries isoparser has no class for (ALAC, Opus) come as plain boxes: their type still names the codec.
        if (descriptions == null || descriptions.getBoxes().isEmpty()) return "none";
        String type = descriptions.getBoxes().get(0).getType();
        return switch (type) {
            case "mp4a" -> "aac";
            case "avc1", "avc3" -> "h264";
            case "hvc1", "hev1" -> "hevc";
            case "av01" -> "av1";
            case "vp09" -> "vp9";
            case "mp4v" -> "mpeg4";
            case "alac" -> "alac";
            case "ac-3" -> "ac3";
            case "ec-3" -> "eac3";
            case "Opus" -> "opus";
            case "fLaC" -> "flac";
            default -> type;
        };
    }

    private static MediaInfo mp3(Path file, byte[] head) {
        if (isAdts(head)) {
            return PlayableFormats.classify(file, PlayableFormats.Container.OTHER,
                    "raw AAC audio (ADTS), not in an M4A container", List.of(), List.of(), 0, name());
        }
        long tags = starts(head, 0, "ID3") ? 10 + syncSafe(head, 6) : 0;
        try {
            MP3AudioHeader header = new MP3AudioHeader(file.toFile());
            if (header.getMp3StartByte() > tags + MP3_START_SLACK) {
                throw new UnplayableMediaException(file, "It is not MP3 audio: no MP3 frames where they should begin.");
            }
            long ms = Math.round(header.getPreciseTrackLength() * 1000);
            return PlayableFormats.classify(file, PlayableFormats.Container.MP3, "", List.of("mp3"), List.of(), ms, name());
        } catch (InvalidAudioFrameException e) {
            throw new UnplayableMediaException(file, "It is not MP3 audio: no valid MP3 frames in it.");
        } catch (IOException e) {
            throw cannotRead(file, e);
        } catch (RuntimeException damaged) {
            if (damaged instanceof ShowdeskException se) throw se;
            throw new UnplayableMediaException(file, "It starts like an MP3 file but cannot be read as one, so it is "
                    + "probably damaged.");
        }
    }

    private static String otherFormat(byte[] head) {
        if (starts(head, 0, "OggS")) return "an Ogg file";
        if (starts(head, 0, "fLaC")) return "a FLAC file";
        if (starts(head, 0, "FORM")) return "an AIFF file";
        if (starts(head, 0, "RIFF") && starts(head, 8, "AVI ")) return "an AVI file";
        if (head.length >= 4 && (head[0] & 0xFF) == 0x1A && (head[1] & 0xFF) == 0x45 && (head[2] & 0xFF) == 0xDF
                && (head[3] & 0xFF) == 0xA3) return "a Matroska or WebM file";
        if (starts(head, 0, "#EXTM3U")) return "a playlist";
        return null;
    }

    private static boolean isMpegAudioSync(byte[] head) {
        return head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0;
    }

    /** ADTS (raw AAC) shares the sync word but has layer bits 00, which MPEG audio never uses. */
    private static boolean isAdts(byte[] head) {
        return isMpegAudioSync(head) && (head[1] & 0x06) == 0;
    }

    private static long syncSafe(byte[] b, int at) {
        if (b.length < at + 4) return 0;
        return ((long) (b[at] & 0x7F) << 21) | ((b[at + 1] & 0x7F) << 14) | ((b[at + 2] & 0x7F) << 7) | (b[at + 3] & 0x7F);
    }

    private static boolean starts(byte[] head, int at, String ascii) {
        byte[] expected = ascii.getBytes(StandardCharsets.US_ASCII);
        return head.length >= at + expected.length
                && Arrays.equals(head, at, at + expected.length, expected, 0, expected.length);
    }

    private static byte[] head(Path file, int n) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    private static ShowdeskException cannotRead(Path file, IOException e) {
        return new ShowdeskException("Could not read " + file.toAbsolutePath() + ": " + e.getMessage(), e);
    }
}
