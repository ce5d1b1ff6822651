package org.showdesk.correct;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Toneless pinyin readings of Chinese characters. pinyin4j knows every reading of a polyphone but
 * no context, so callers get all of them and match any.
 */
final class ChineseReadings {
    /** Terms with many polyphones explode combinatorially; beyond this the first readings suffice. */
    static final int MAX_READING_COMBINATIONS = 64;

    private static final String[] NONE = new String[0];
    /** Indexed by char: a scan asks for every character, so a map lookup with boxing would dominate. */
    private static final AtomicReferenceArray<String[]> CACHE = new AtomicReferenceArray<>(Character.MAX_VALUE + 1);
    private static final AtomicReferenceArray<String> MAIN_FUZZY_KEY = new AtomicReferenceArray<>(Character.MAX_VALUE + 1);
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private ChineseReadings() {
    }

    static boolean isHan(char c) {
        if (c < 0x2E80) return false; // everything Latin, Greek, punctuation: the common case, decided at once
        if (c >= 0x4E00 && c <= 0x9FFF) return true;
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static boolean isAllHan(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (!isHan(s.charAt(i))) return false;
        return true;
    }

    /** Every toneless reading of {@code c}, most common first; empty for non-Chinese characters. */
    static String[] of(char c) {
        if (!isHan(c)) return NONE;
        String[] readings = CACHE.get(c);
        if (readings == null) {
            readings = lookUp(c); // two threads may both look up; the result is the same
            CACHE.set(c, readings);
        }
        return readings;
    }

    private static String[] lookUp(char c) {
        try {
            String[] raw = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            if (raw == null) return NONE;
            return new LinkedHashSet<>(Arrays.asList(raw)).toArray(NONE);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("pinyin4j rejected a fixed output format", e);
        }
    }

    /** {@link #fuzzyKey} of the character's main (first) reading, or null for non-Chinese characters. */
    static String mainFuzzyKey(char c) {
        String key = MAIN_FUZZY_KEY.get(c);
        if (key == null) {
            String[] readings = of(c);
            if (readings.length == 0) return null;
            key = fuzzyKey(readings[0]);
            MAIN_FUZZY_KEY.set(c, key);
        }
        return key;
    }

    /** The first reading of every character, space-separated; characters without a reading are skipped. */
    static String firstReadings(CharSequence text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            String[] r = of(text.charAt(i));
            if (r.length == 0) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(r[0]);
        }
        return sb.toString();
    }

    /**
     * Syllable sequences a term may be read as: the host's pronunciation override if given, else every
     * combination of character readings (capped).
     */
    static List<List<String>> syllableSequences(String term, String pronunciation) {
        if (pronunciation != null && !pronunciation.isBlank()) {
            List<String> syllables = Arrays.asList(pronunciation.trim().toLowerCase(Locale.ROOT)
                    .replace('ü', 'v').replaceAll("[0-9]", "").split("[\\s'’-]+"));
            if (syllables.size() == term.length()) return List.of(syllables);
        }
        List<List<String>> sequences = new ArrayList<>();
        sequences.add(new ArrayList<>());
        for (int i = 0; i < term.length(); i++) {
            String[] readings = of(term.charAt(i));
            if (readings.length == 0) return List.of();
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : sequences) {
                for (String r : readings) {
                    if (next.size() >= MAX_READING_COMBINATIONS) break;
                    List<String> extended = new ArrayList<>(prefix);
                    extended.add(r);
                    next.add(extended);
                }
            }
            sequences = next;
        }
        return sequences;
    }

    /**
     * A key that merges the initials and finals ASR and regional accents confuse: zh/z, ch/c, sh/s,
     * n/l, f/h, and the nasal finals an/ang, en/eng, in/ing.
     */
    static String fuzzyKey(String syllable) {
        String s = syllable;
        if (s.startsWith("zh") || s.startsWith("ch") || s.startsWith("sh")) s = s.charAt(0) + s.substring(2);
        else if (s.startsWith("n") && s.length() > 1 && !s.equals("ng")) s = "l" + s.substring(1);
        else if (s.startsWith("h")) s = "f" + s.substring(1);
        if (s.endsWith("ang") || s.endsWith("eng") || s.endsWith("ing")) s = s.substring(0, s.length() - 1);
        return s;
    }
}
