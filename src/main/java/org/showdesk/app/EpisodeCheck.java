package org.showdesk.app;

import org.showdesk.correct.ChineseWords;

/**
 * The Chinese word segmenter's loading, which scans depend on. HanLP needs a second or more to load its
 * dictionaries; until it has, scans use character boundaries and give Chinese homophones less confidence.
 * A batch command waits for it; the window scans at once and again when it has loaded.
 */
public final class EpisodeCheck {
    private EpisodeCheck() {
    }

    /** Waits (up to 15 s) until the Chinese word segmenter has loaded. For batch commands. */
    public static boolean awaitChineseWords() {
        ChineseWords.preloadInBackground();
        return ChineseWords.awaitReady(15_000);
    }

    /** True once the Chinese word segmenter has loaded (scans then use word boundaries). */
    public static boolean chineseWordsReady() {
        return ChineseWords.isReady();
    }

    /** Runs {@code action} (on a background thread) once the segmenter is loaded, or at once if it is. */
    public static void whenChineseWordsReady(Runnable action) {
        ChineseWords.preloadInBackground();
        ChineseWords.whenReady(action);
    }
}
