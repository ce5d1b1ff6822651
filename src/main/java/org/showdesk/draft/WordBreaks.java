package org.showdesk.draft;

/**
 * Where a subtitle line may be cut without splitting a Chinese word: a word segmenter's view of the text, which
 * the caller supplies (the drafts know no dictionary). Without one every character boundary may be cut.
 */
@FunctionalInterface
public interface WordBreaks {
    /** Knows no words: a cut may fall anywhere between characters (研究者针|对). */
    WordBreaks NONE = text -> new boolean[text.length() + 1];

    /**
     * @return for {@code text} of length n, an array of n + 1 where element i is true when a cut before
     * character i would split a word (针|对 in 研究者针对)
     */
    boolean[] insideWords(String text);
}
