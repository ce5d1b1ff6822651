package org.showdesk.correct;

import org.showdesk.model.GlossaryTerm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the engine knows about terms that will raise false alarms or never be matched: very short Latin
 * names, ordinary English words, single characters and everyday Chinese words, misrecognitions that are
 * themselves terms. Told to the host when a glossary is imported.
 */
public final class GlossaryAdvice {
    private static final int SHORT_LATIN = 3;
    /** From this size on the host is told how big the glossary is and what it costs. */
    static final int LARGE_GLOSSARY = 10_000;
    /**
     * The most terms a glossary may hold: 100,000 index in about 350 MB and 3 s of CPU; past this a 512 MB
     * heap would not hold the index.
     */
    public static final int MAX_TERMS = 200_000;

    /** One piece of advice about the term at {@code index} of the list given, or about the whole list at -1. */
    public record Advice(int index, String message) {
    }

    private GlossaryAdvice() {
    }

    /** Why the glossary is too large to check against, or null when it fits. */
    public static String tooLarge(int termCount) {
        if (termCount <= MAX_TERMS) return null;
        return String.format(java.util.Locale.ROOT, "it holds %,d terms; Showdesk checks against at most %,d. Keep the"
                + " terms your show needs, or split the file and use one part at a time", termCount, MAX_TERMS);
    }

    /**
     * @param words the dictionary that tells everyday words (HanLP's once loaded; with
     *              {@link ChineseDictionary#characterBoundaries()} no term is called everyday)
     */
    public static List<Advice> about(List<GlossaryTerm> terms, ChineseDictionary words) {
        Set<String> keys = new HashSet<>();
        List<Advice> out = new ArrayList<>();
        if (terms.size() >= LARGE_GLOSSARY) {
            out.add(new Advice(-1, String.format(java.util.Locale.ROOT, "a large glossary: %,d terms (the most is %,d);"
                    + " every check indexes them first, about a second per 50,000 terms", terms.size(),
                    MAX_TERMS)));
        }
        for (GlossaryTerm t : terms) keys.add(t.term().strip().toLowerCase(Locale.ROOT));
        for (int i = 0; i < terms.size(); i++) {
            GlossaryTerm term = terms.get(i);
            String t = term.term();
            String key = LatinText.key(t);
            if (key != null && LatinText.hasLatinLetter(key)) {
                if (key.length() <= SHORT_LATIN) {
                    out.add(new Advice(i, t + " is very short: sound-alike matching skips it, and it may match by "
                            + "accident; list its misrecognitions instead"));
                } else if (!t.contains(" ") && CommonEnglish.isCommon(t)) {
                    out.add(new Advice(i, t + " is also an ordinary English word: only different spellings of it "
                            + "will be flagged, never the lower-case word"));
                }
            } else if (ChineseReadings.isAllHan(t)) {
                if (t.length() == 1) {
                    out.add(new Advice(i, t + " is a single character: it sounds like too many others and is matched "
                            + "only exactly"));
                } else if (words.frequency(t) >= ChineseDictionary.EVERYDAY_FREQUENCY) {
                    out.add(new Advice(i, t + " is an everyday word: its homophones will often be false alarms; "
                            + "consider a longer form"));
                }
            }
            for (String variant : term.variants()) {
                // "Clip" for CLIP is that term in another case, which is flagged; only another term's name is not.
                if (keys.contains(variant.strip().toLowerCase(Locale.ROOT)) && !variant.strip().equalsIgnoreCase(t)) {
                    out.add(new Advice(i, "misrecognition " + variant + " of " + t + " is itself a glossary term; "
                            + "it will not be flagged"));
                }
            }
        }
        return out;
    }
}
