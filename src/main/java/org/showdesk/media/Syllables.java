package org.showdesk.media;

/**
 * How long a piece of transcript takes to say, in syllables: a Chinese character is one, an English word has as
 * many as its vowel groups (an acronym one a letter), a digit one (numbers are read digit by digit or nearly:
 * 七百亿, 二〇二四). Punctuation adds the pause a speaker makes there, in the same unit.
 */
public final class Syllables {
    /** The pause at a comma, enumeration comma, colon, semicolon or dash, in syllables. */
    static final double COMMA_PAUSE = 1.0;
    /** The pause after a sentence, in syllables. */
    static final double SENTENCE_PAUSE = 2.0;
    private static final int ACRONYM_MAX = 5;

    private Syllables() {
    }

    /** The syllables spoken in {@code text} plus the pauses inside it (not the one after its last word). */
    public static double spoken(String text) {
        int end = endOfWords(text);
        double total = 0;
        int i = 0;
        while (i < end) {
            int cp = text.codePointAt(i);
            if (isLatin(cp)) {
                int j = i;
                while (j < end && (isLatin(text.codePointAt(j)) || text.charAt(j) == '\'')) j++;
                total += word(text.substring(i, j));
                i = j;
                continue;
            }
            total += character(cp);
            i += Character.charCount(cp);
        }
        return total;
    }

    /** The pause after the last word of {@code text}: a sentence's end, a comma's, or a short breath. */
    public static double trailingPause(String text) {
        int end = endOfWords(text);
        double pause = 0;
        for (int i = end; i < text.length(); i++) pause = Math.max(pause, pauseAt(text.charAt(i)));
        return pause == 0 ? COMMA_PAUSE / 2 : pause;
    }

    private static int endOfWords(String text) {
        int end = text.length();
        while (end > 0 && isTrailing(text.charAt(end - 1))) end--;
        return end;
    }

    private static boolean isTrailing(char c) {
        return Character.isWhitespace(c) || pauseAt(c) > 0 || "\"'”’」』）)】》〉]".indexOf(c) >= 0;
    }

    private static double character(int cp) {
        if (Character.isIdeographic(cp)) return 1;
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL) return 1;
        if (Character.isDigit(cp)) return 1;
        if (cp == '%' || cp == '％') return 3; // 百分之
        if (cp == '.' ) return 1; // 点, inside a number
        return pauseAt((char) cp);
    }

    private static double pauseAt(char c) {
        return switch (c) {
            case '。', '！', '？', '!', '?', '…' -> SENTENCE_PAUSE;
            case '，', ',', '、', '；', ';', '：', ':', '—' -> COMMA_PAUSE;
            default -> 0;
        };
    }

    /** OpenAI → Open + AI; GPT → three letters; "make" → one vowel group after its silent e. */
    static double word(String word) {
        double total = 0;
        int start = 0;
        for (int i = 1; i <= word.length(); i++) {
            boolean boundary = i == word.length()
                    || Character.isLowerCase(word.charAt(i - 1)) && Character.isUpperCase(word.charAt(i))
                    || i + 1 < word.length() && Character.isUpperCase(word.charAt(i - 1))
                    && Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i + 1));
            if (boundary) {
                total += part(word.substring(start, i));
                start = i;
            }
        }
        return total;
    }

    private static double part(String part) {
        String letters = part.replace("'", "");
        if (letters.isEmpty()) return 0;
        boolean upper = letters.chars().allMatch(Character::isUpperCase);
        if (upper && letters.length() <= ACRONYM_MAX) return letters.length();
        String lower = letters.toLowerCase(java.util.Locale.ROOT);
        int groups = 0;
        boolean inVowel = false;
        for (int i = 0; i < lower.length(); i++) {
            boolean vowel = "aeiouy".indexOf(lower.charAt(i)) >= 0;
            if (vowel && !inVowel) groups++;
            inVowel = vowel;
        }
        if (groups > 1 && lower.endsWith("e") && !lower.endsWith("le") && "aeiouy".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            groups--;
        }
        return Math.max(1, groups);
    }

    private static boolean isLatin(int cp) {
        return cp < 0x250 && Character.isLetter(cp);
    }
}
