package org.showdesk.files;

import org.showdesk.model.InputException;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Tells a text file from a Showdesk show or another binary file by its first bytes, before any text reader
 * guesses at an encoding: a show or a zip given as a transcript would otherwise be reported as text "not valid
 * windows-1251", sending the host after an encoding that is not the problem. One check for every reader of
 * text the host names (transcripts, glossaries, lists of sources, templates).
 */
public final class FileSniff {
    /** Enough to see a header and a few lines of text. */
    public static final int HEAD = 4096;

    private static final byte[] SQLITE = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private record Magic(int offset, byte[] bytes, String what) {
        Magic(int offset, String ascii, String what) {
            this(offset, ascii.getBytes(StandardCharsets.ISO_8859_1), what);
        }
    }

    private static final Magic[] MAGICS = {
            new Magic(0, "PK\u0003\u0004", "a zip archive (or a .jar, .docx, .xlsx or .pptx, which are zip archives)"),
            new Magic(0, "%PDF-", "a PDF document"),
            new Magic(0, "\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1", "an old Microsoft Office document (.doc, .xls)"),
            new Magic(0, "{\\rtf", "an RTF document"),
            new Magic(0, "\u0089PNG", "a PNG image"),
            new Magic(0, "\u00FF\u00D8\u00FF", "a JPEG image"),
            new Magic(0, "GIF8", "a GIF image"),
            new Magic(0, "ID3", "an MP3 audio file"),
            new Magic(0, "fLaC", "a FLAC audio file"),
            new Magic(0, "OggS", "an Ogg audio or video file"),
            new Magic(8, "WAVE", "a WAV audio file"),
            new Magic(8, "AVI ", "an AVI video file"),
            new Magic(4, "ftyp", "an MP4, M4A or MOV audio or video file"),
            new Magic(0, "\u001A\u0045\u00DF\u00A3", "a Matroska or WebM video file"),
            new Magic(0, "\u001F\u008B", "a gzip-compressed file"),
            new Magic(0, "7z\u00BC\u00AF\u0027\u001C", "a 7-Zip archive"),
            new Magic(0, "Rar!", "a RAR archive"),
            new Magic(0, "\u007FELF", "a program"),
            new Magic(0, "MZ", "a Windows program"),
            new Magic(0, "\u00CA\u00FE\u00BA\u00BE", "a Java class file"),
    };

    private FileSniff() {
    }

    /** True when {@code head} starts like a Showdesk show (an SQLite database). */
    public static boolean isShow(byte[] head) {
        return startsWith(head, 0, SQLITE);
    }

    /**
     * What {@code head} (the first bytes of a file) looks like when it is not text, e.g. "a PDF document";
     * null when it may be text. Text in UTF-16 has NUL bytes too, so NULs count only when they do not fall
     * into UTF-16's pattern (all on even or all on odd positions).
     */
    public static String binaryKind(byte[] head) {
        String known = knownKind(head);
        if (known != null) return known;
        if (startsWith(head, 0, new byte[]{(byte) 0xFF, (byte) 0xFE})
                || startsWith(head, 0, new byte[]{(byte) 0xFE, (byte) 0xFF})) {
            return null; // a UTF-16 byte-order mark
        }
        int n = Math.min(head.length, HEAD);
        boolean even = false;
        boolean odd = false;
        for (int i = 0; i < n; i++) {
            if (head[i] != 0) continue;
            if (i % 2 == 0) even = true;
            else odd = true;
        }
        return even && odd ? "a binary file (it holds NUL bytes, which text does not)" : null;
    }

    /** What {@code head} is when its header names a known kind of file (a show, a zip, a PDF, media…); else null. */
    public static String knownKind(byte[] head) {
        if (isShow(head)) return "a Showdesk show";
        for (Magic m : MAGICS) if (startsWith(head, m.offset(), m.bytes())) return m.what();
        return null;
    }

    /** As {@link #refuseNonText}, but only for files whose header names what they are. */
    public static void refuseKnownNonText(String source, byte[] head, BoundedRead.Kind kind) {
        if (knownKind(head) != null) refuseNonText(source, head, kind);
    }

    /**
     * Refuses {@code head} when it is not text, saying what it looks like and what {@code kind} of file is
     * expected; a Showdesk show is named as one, with the command that does what the host is after.
     */
    public static void refuseNonText(String source, byte[] head, BoundedRead.Kind kind) {
        String what = binaryKind(head);
        if (what == null) return;
        if (isShow(head)) {
            throw new InputException(source, 0, "is a Showdesk show, not a " + kind.label() + ": "
                    + kind.insteadOfShow(source));
        }
        throw new InputException(source, 0, "looks like " + what + ", not a " + kind.label() + ". Give "
                + kind.expected() + ".");
    }

    private static boolean startsWith(byte[] head, int offset, byte[] magic) {
        return head.length >= offset + magic.length
                && Arrays.equals(head, offset, offset + magic.length, magic, 0, magic.length);
    }
}
