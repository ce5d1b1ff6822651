package org.showdesk.ingest;

import org.mozilla.universalchardet.Constants;
import org.mozilla.universalchardet.UniversalDetector;
import org.showdesk.model.InputException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns transcript bytes into text without ever guessing silently: decoding is strict, so a byte
 * sequence that is not valid in the chosen encoding stops the import with a message naming the
 * line, instead of turning into replacement characters the host would find much later.
 */
final class TextDecoder {
    static final String ENCODING_HINT =
            "Try --encoding auto, or name the encoding the file was saved in, e.g. --encoding GB18030, Big5 or UTF-16LE.";

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    static DecodedText decode(String source, byte[] bytes, Charset explicitOrNull) {
        boolean detected = explicitOrNull == null;
        Charset charset = detected ? detect(source, bytes) : explicitOrNull;
        String text = decodeStrictly(source, bytes, charset, detected);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        text = normaliseLineEndings(text);
        refuseControlCharacters(source, text);
        return new DecodedText(text, charset, detected);
    }

    /** A byte-order mark decides; else valid UTF-8 is UTF-8 (ASCII included); else the detector decides. */
    static Charset detect(String source, byte[] bytes) {
        Charset byBom = charsetFromByteOrderMark(bytes);
        if (byBom != null) return byBom;
        if (isValidUtf8(bytes)) return StandardCharsets.UTF_8;
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            throw new InputException(source, 0, "Showdesk could not tell which encoding this file uses. " + ENCODING_HINT);
        }
        // GB2312 and GBK are subsets of GB18030; decoding with the superset reads every character they can hold.
        if (name.equals(Constants.CHARSET_GB18030) || name.equalsIgnoreCase(Constants.CHARSET_GBK)
                || name.equalsIgnoreCase("GB2312")) {
            return GB18030;
        }
        if (!isSupported(name)) {
            throw new InputException(source, 0, "the file looks like it is in " + name
                    + ", which Showdesk cannot read. Save it as UTF-8 and import it again.");
        }
        return Charset.forName(name);
    }

    private static boolean isSupported(String charsetName) {
        try {
            return Charset.isSupported(charsetName);
        } catch (IllegalArgumentException notACharsetName) {
            return false;
        }
    }

    private static Charset charsetFromByteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        return null;
    }

    private static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String decodeStrictly(String source, byte[] bytes, Charset charset, boolean detected) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) (bytes.length * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) {
            out.flip();
            int line = 1 + countLineBreaks(out);
            String how = detected ? "Showdesk took it for " + charset.name() : "you chose " + charset.name();
            throw new InputException(source, line, "byte " + (in.position() + 1) + " is not valid "
                    + charset.name() + " (" + how + "), so the file is probably in another encoding. " + ENCODING_HINT);
        }
        out.flip();
        return out.toString();
    }

    private static int countLineBreaks(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') n++;
        return n;
    }

    static String normaliseLineEndings(String text) {
        if (text.indexOf('\r') < 0) return text;
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * Text transcripts hold no control characters besides tab, line feed and form feed; a NUL or an
     * escape means binary data or UTF-16 read as a one-byte encoding.
     */
    private static void refuseControlCharacters(String source, String text) {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if ((c < 0x20 && c != '\t' && c != '\f') || c == 0x7F) {
                throw new InputException(source, line, String.format(
                        "contains binary data (control character U+%04X), so it is not a text transcript. "
                                + "Import the .txt, .srt, .vtt or Whisper .json file instead; if it is UTF-16 text "
                                + "without a byte-order mark, try --encoding UTF-16LE.", (int) c));
            }
        }
    }
}
