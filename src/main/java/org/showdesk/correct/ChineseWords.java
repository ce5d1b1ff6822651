package org.showdesk.correct;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ExecutionException;

/**
 * Word boundaries and everyday-word frequencies from HanLP's segmenter and core dictionary.
 *
 * <p>HanLP needs 0.3–3 s to load its dictionaries, longer than a host should wait for the first
 * findings. It therefore loads on a daemon thread the first time anyone asks; until it is ready
 * {@link #isReady()} is false and callers fall back to character boundaries.
 */
public final class ChineseWords {
    /**
     * Core-dictionary frequency from which a glossary term counts as everyday vocabulary worth a warning
     * (北京 1378, 童话 15, 模型 14, 升腾 3; names such as 钉钉 or 智谱 are 0).
     */
    static final int EVERYDAY_FREQUENCY = 5;

    private static final CompletableFuture<Boolean> LOADED = new CompletableFuture<>();
    private static volatile boolean started;

    private ChineseWords() {
    }

    /** Starts loading HanLP in the background (idempotent); returns at once. */
    public static void preloadInBackground() {
        if (started) return;
        synchronized (ChineseWords.class) {
            if (started) return;
            started = true;
            Thread loader = new Thread(ChineseWords::load, "hanlp-preload");
            loader.setDaemon(true);
            loader.start();
        }
    }

    private static void load() {
        try {
            HanLP.segment("预加载分词词典");
            CoreDictionary.getTermFrequency("模型");
            LOADED.complete(true);
        } catch (RuntimeException | LinkageError e) {
            // Without HanLP the engine still works on character boundaries; the cause is kept for awaitReady.
            LOADED.completeExceptionally(e);
        }
    }

    /**
     * Runs {@code action} once HanLP has loaded (on the loading thread, or at once if already loaded), so
     * a UI can rescan what it scanned early on character boundaries. Never runs if loading failed.
     */
    public static void whenReady(Runnable action) {
        preloadInBackground();
        LOADED.thenRun(action);
    }

    public static boolean isReady() {
        return LOADED.isDone() && !LOADED.isCompletedExceptionally();
    }

    /**
     * Starts loading if needed and waits up to {@code millis} for it; true when segmentation is available.
     * For callers that prefer complete results over a fast first answer (a batch {@code fix}, tests).
     */
    public static boolean awaitReady(long millis) {
        preloadInBackground();
        try {
            return LOADED.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A word of a segmented clause; {@code established} when a dictionary knows it (顺畅, 负能量). */
    record Word(int start, int end, boolean established) {
    }

    /** HanLP's words for a clause of Chinese characters, or null when HanLP is not loaded yet. */
    static List<Word> segment(String clause) {
        if (!isReady()) return null;
        List<Word> words = new ArrayList<>();
        int offset = 0;
        for (Term w : HanLP.segment(clause)) {
            int length = w.word.length();
            words.add(new Word(offset, offset + length, isEstablishedWord(w.word)));
            offset += length;
        }
        // HanLP may normalise characters; if its words do not add up to the clause, trust nothing.
        return offset == clause.length() ? words : null;
    }

    /**
     * Words that block a cut through them: frequent in the core dictionary or listed in the custom
     * dictionary. Rare core entries (顺和, frequency 1) are often HanLP gluing a misheard character to its neighbour.
     */
    private static boolean isEstablishedWord(String word) {
        return CoreDictionary.getTermFrequency(word) >= 2 || CustomDictionary.contains(word);
    }

    /** In the core dictionary or HanLP's larger custom dictionary of names and phrases (丁丁, 质谱, 负能量). */
    static boolean isKnownWord(String word) {
        if (!isReady()) return false;
        return CoreDictionary.getTermFrequency(word) > 0 || CustomDictionary.contains(word);
    }

    /** Core-dictionary frequency of a word, 0 when unknown or HanLP is not loaded. */
    static int frequency(String word) {
        if (!isReady()) return 0;
        return CoreDictionary.getTermFrequency(word);
    }

    /** Loads HanLP on the calling thread if needed; for glossary import, which runs off the UI thread. */
    static int frequencyWaiting(String word) {
        awaitReady(10_000);
        return frequency(word);
    }

    static boolean isEverydayWord(String word) {
        return frequency(word) >= EVERYDAY_FREQUENCY;
    }

}
