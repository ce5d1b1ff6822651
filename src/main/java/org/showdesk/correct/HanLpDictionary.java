package org.showdesk.correct;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreBiGramTableDictionary;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.List;

/**
 * Word boundaries, word frequencies and word pairs from HanLP's segmenter, core dictionary, custom
 * dictionary and bigram table (the portable jar's own data: nothing is downloaded).
 */
public final class HanLpDictionary implements ChineseDictionary {
    private HanLpDictionary() {
    }

    /**
     * Loads HanLP's dictionaries on the calling thread (0.3–3 s on a cold JVM, so call it off any UI
     * thread) and returns a dictionary that uses them.
     *
     * @throws IllegalStateException when HanLP cannot load its data; scans then work with
     *                               {@link ChineseDictionary#characterBoundaries()}
     */
    public static HanLpDictionary load() {
        try {
            HanLP.segment("预加载分词词典");
            CoreDictionary.getTermFrequency("模型");
            CustomDictionary.contains("模型");
            CoreBiGramTableDictionary.getBiFrequency("大", "模型");
            return new HanLpDictionary();
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalStateException("HanLP could not load its dictionaries: " + e, e);
        }
    }

    @Override
    public List<Word> segment(String run) {
        List<Word> words = new ArrayList<>();
        int offset = 0;
        for (Term t : HanLP.segment(run)) {
            int length = t.word.length();
            int frequency = CoreDictionary.getTermFrequency(t.word);
            words.add(new Word(offset, offset + length, frequency, frequency > 0 || CustomDictionary.contains(t.word)));
            offset += length;
        }
        // HanLP may normalise characters; if its words do not add up to the run, trust nothing.
        return offset == run.length() ? words : null;
    }

    @Override
    public int frequency(String word) {
        return CoreDictionary.getTermFrequency(word);
    }

    @Override
    public boolean isKnownWord(String word) {
        return CoreDictionary.getTermFrequency(word) > 0 || CustomDictionary.contains(word);
    }

    @Override
    public int pairFrequency(String left, String right) {
        return Math.max(0, CoreBiGramTableDictionary.getBiFrequency(left, right));
    }

    @Override
    public boolean knowsWords() {
        return true;
    }

    @Override
    public String toString() {
        return "HanLP";
    }
}
