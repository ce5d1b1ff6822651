package org.showdesk.correct;

import java.util.List;

/**
 * What the engine knows about Chinese words: where a run of characters breaks into words, how common
 * a word is, and whether two words are seen side by side. The caller builds one and passes it to
 * {@link CorrectionEngine#build}; the engine never loads or waits for anything itself.
 *
 * <p>{@link #characterBoundaries()} knows no words (every character may start a word) and is ready at
 * once; {@link HanLpDictionary#load()} knows HanLP's dictionaries and takes a second or so to load.
 * Implementations must be safe to use from several threads.
 */
public interface ChineseDictionary {
    /**
     * Core-dictionary frequency from which a word counts as everyday vocabulary (北京 1378, 童话 15, 模型 14,
     * 升腾 3; names such as 钉钉 or 智谱 are 0).
     */
    int EVERYDAY_FREQUENCY = 5;

    /**
     * A word of a segmented run.
     *
     * @param frequency how often the dictionary has seen the word (0 when unknown or only guessed)
     * @param known     whether a dictionary lists the word at all (丁丁 is in no frequency list but is a name)
     */
    record Word(int start, int end, int frequency, boolean known) {
        public int length() {
            return end - start;
        }
    }

    /** The words of a run of Chinese characters, or null when this dictionary has no word boundaries. */
    List<Word> segment(String run);

    /** How often the dictionary has seen the word; 0 when unknown. */
    int frequency(String word);

    /** Whether some dictionary lists the word (core or names and phrases). */
    boolean isKnownWord(String word);

    /** How often the two words were seen next to each other, in this order; 0 when never or unknown. */
    int pairFrequency(String left, String right);

    /** False for {@link #characterBoundaries()}: scans then give Chinese homophones less confidence. */
    boolean knowsWords();

    /** A dictionary without words, for scans before a real one has loaded. */
    static ChineseDictionary characterBoundaries() {
        return CharacterBoundaries.INSTANCE;
    }
}
