package org.showdesk.app;

import org.showdesk.correct.ChineseDictionary;
import org.showdesk.draft.WordBreaks;

import java.util.List;

/**
 * The subtitles' word breaks from the engine's Chinese segmenter (HanLP), loaded when first needed: only
 * subtitles cut from estimated times ask, and they are worth the second it takes to load once.
 */
final class ChineseWordBreaks implements WordBreaks {
    static final ChineseWordBreaks INSTANCE = new ChineseWordBreaks();

    private ChineseWordBreaks() {
    }

    @Override
    public boolean[] insideWords(String text) {
        boolean[] inside = new boolean[text.length() + 1];
        ChineseDictionary words = EpisodeCheck.loadedChineseWords();
        if (!words.knowsWords()) return inside;
        int i = 0;
        while (i < text.length()) {
            if (!isChinese(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && isChinese(text.charAt(i))) i++;
            List<ChineseDictionary.Word> run = words.segment(text.substring(start, i));
            if (run == null) continue;
            for (ChineseDictionary.Word w : run) {
                for (int k = w.start() + 1; k < w.end(); k++) inside[start + k] = true;
            }
        }
        return inside;
    }

    private static boolean isChinese(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
