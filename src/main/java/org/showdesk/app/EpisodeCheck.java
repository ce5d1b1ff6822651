package org.showdesk.app;

import org.showdesk.correct.ChineseDictionary;
import org.showdesk.correct.HanLpDictionary;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Chinese dictionary scans depend on, loaded here and handed to the engine (which reads no load state of
 * its own). HanLP needs a second or more to load; until it has, scans use character boundaries and give
 * Chinese homophones less confidence. A batch command waits for it; the window scans at once and again when it
 * has loaded.
 */
public final class EpisodeCheck {
    /** HanLP's dictionary, loaded once per process on a daemon thread when first asked for. */
    private static final CompletableFuture<ChineseDictionary> HANLP = new CompletableFuture<>();
    private static volatile boolean loadStarted;

    private EpisodeCheck() {
    }

    /** Starts loading HanLP on a daemon thread (once per process); returns at once. */
    public static void loadChineseWordsInBackground() {
        if (loadStarted) return;
        synchronized (HANLP) {
            if (loadStarted) return;
            loadStarted = true;
            Thread loader = new Thread(() -> {
                try {
                    HANLP.complete(HanLpDictionary.load());
                } catch (IllegalStateException e) {
                    HANLP.completeExceptionally(e); // scans keep working on character boundaries
                }
            }, "hanlp-load");
            loader.setDaemon(true);
            loader.start();
        }
    }

    /** The dictionary scans use now: HanLP's once loaded, character boundaries until then (or if it failed). */
    public static ChineseDictionary chineseWords() {
        ChineseDictionary loaded = HANLP.getNow(null);
        return loaded != null && !HANLP.isCompletedExceptionally() ? loaded : ChineseDictionary.characterBoundaries();
    }

    /** Waits (up to 15 s) until the Chinese word segmenter has loaded. For batch commands. */
    public static boolean awaitChineseWords() {
        loadChineseWordsInBackground();
        try {
            HANLP.get(15_000, TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** HanLP's dictionary, waiting for it to load (see {@link #awaitChineseWords}); character boundaries if it fails. */
    public static ChineseDictionary loadedChineseWords() {
        awaitChineseWords();
        return chineseWords();
    }

    /** True once the Chinese word segmenter has loaded (scans then use word boundaries). */
    public static boolean chineseWordsReady() {
        return chineseWords().knowsWords();
    }

    /** Runs {@code action} (on the loading thread) once the segmenter is loaded, or at once if it is; never if it failed. */
    public static void whenChineseWordsReady(Runnable action) {
        loadChineseWordsInBackground();
        HANLP.thenRun(action);
    }
}
