package org.showdesk.ingest;

import org.showdesk.files.BoundedRead;
import org.showdesk.model.Cue;
import org.showdesk.model.InputException;
import org.showdesk.model.ShowdeskException;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a transcript file into cues: plain text (split into sentences), SRT, WebVTT or Whisper JSON.
 *
 * <p>A file that starts with the WEBVTT header is WebVTT whatever its name; otherwise the format
 * comes from the extension (.srt, .vtt, .json), and any other file is sniffed, so an SRT saved as
 * .txt keeps its timings (as does Whisper JSON), and everything else is read as plain text. Every
 * problem a host can cause is an {@link InputException} naming the file, the line where known, and
 * what to do; nothing else escapes.
 */
public final class TranscriptReader {
    /** Files above this size are refused: hours of subtitles take a few MB, so more is not a transcript. */
    public static final long MAX_BYTES = BoundedRead.Kind.TRANSCRIPT.maxBytes();

    private static final Pattern SRT_START = Pattern.compile("^\\s*(?:\\d+\\s*\\n\\s*)?\\d{1,3}:\\d{2}:\\d{2}[,.]\\d{1,3}\\s*-->");

    private TranscriptReader() {
    }

    /**
     * Reads a file from disk.
     *
     * @param encodingOrNull the encoding to decode with, or {@code null} to detect it
     */
    public static ImportedTranscript read(Path file, Charset encodingOrNull) {
        return read(file.toString(), BoundedRead.bytes(file, BoundedRead.Kind.TRANSCRIPT), encodingOrNull);
    }

    /**
     * Reads bytes the caller already has; {@code sourceName} names them in messages and its
     * extension chooses the format as for a file.
     */
    public static ImportedTranscript read(String sourceName, byte[] bytes, Charset encodingOrNull) {
        if (bytes.length == 0) {
            throw new InputException(sourceName, 0, "is empty (0 bytes). Check that you picked the right file.");
        }
        if (bytes.length > MAX_BYTES) throw BoundedRead.Kind.TRANSCRIPT.tooLarge(sourceName, bytes.length, false);
        DecodedText decoded = TextDecoder.decode(sourceName, bytes, encodingOrNull);
        String text = decoded.text();
        if (text.isBlank()) {
            throw new InputException(sourceName, 0, "holds only blank lines, no text. Check that you picked the right file.");
        }
        if (!hasVisibleCharacter(text)) {
            throw new InputException(sourceName, 0, "holds only invisible characters (zero-width spaces, joiners or "
                    + "marks), no text. Check that you picked the right file.");
        }
        TranscriptFormat format = formatOf(sourceName, text);
        List<Cue> cues = switch (format) {
            case TXT -> SentenceSplitter.split(text);
            case SRT -> SrtReader.read(sourceName, text);
            case VTT -> VttReader.read(sourceName, text);
            case WHISPER_JSON -> WhisperJsonReader.read(sourceName, text);
        };
        return new ImportedTranscript(sourceName, format, decoded.charset(), decoded.detected(), cues);
    }

    /**
     * The charset for an {@code --encoding} option: {@code null} (detect) for "auto" or no option,
     * else the named charset (any Java name or alias: UTF-8, GB18030, GBK, Big5, UTF-16LE, ...).
     *
     * @throws ShowdeskException naming the option when no such encoding exists
     */
    public static Charset encodingOption(String autoOrName) {
        if (autoOrName == null || autoOrName.isBlank() || autoOrName.strip().equalsIgnoreCase("auto")) return null;
        try {
            return Charset.forName(autoOrName.strip());
        } catch (IllegalArgumentException unknown) {
            throw new ShowdeskException("--encoding " + autoOrName + ": no such encoding. Use auto (the default), "
                    + "or one of UTF-8, GB18030, Big5, UTF-16LE, UTF-16BE.");
        }
    }

    /** Whether any character would show: not white space, not a zero-width or other format character. */
    static boolean hasVisibleCharacter(String text) {
        return text.codePoints().anyMatch(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
                && Character.getType(cp) != Character.FORMAT && Character.getType(cp) != Character.CONTROL
                && Character.getType(cp) != Character.NON_SPACING_MARK && cp != 0x3164 && cp != 0x115F
                && cp != 0x1160 && cp != 0xFFA0);
    }

    /** The format by extension, or for other names by what the text starts with. */
    static TranscriptFormat formatOf(String sourceName, String text) {
        String name = sourceName.toLowerCase(Locale.ROOT);
        String head = text.length() > 400 ? text.substring(0, 400) : text;
        // Subtitle tools often save WebVTT under .srt; the mandatory header makes that unambiguous.
        if (head.startsWith("WEBVTT") && (head.length() == 6 || Character.isWhitespace(head.charAt(6)))) {
            return TranscriptFormat.VTT;
        }
        if (name.endsWith(".srt")) return TranscriptFormat.SRT;
        if (name.endsWith(".vtt")) return TranscriptFormat.VTT;
        if (name.endsWith(".json")) return TranscriptFormat.WHISPER_JSON;
        if (SRT_START.matcher(head).find()) return TranscriptFormat.SRT;
        String stripped = head.stripLeading();
        if (stripped.startsWith("{") && head.contains("\"segments\"")) return TranscriptFormat.WHISPER_JSON;
        if (stripped.startsWith("[") && stripped.substring(1).stripLeading().startsWith("{")) {
            return TranscriptFormat.WHISPER_JSON;
        }
        return TranscriptFormat.TXT;
    }
}
