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

    /** One piece of advice about the term at {@code index} of the list given. */
    public record Advice(int index, String message) {
    }

    private GlossaryAdvice() {
    }

    /**
     * @param words the dictionary that tells everyday words (HanLP's once loaded; with
     *              {@link ChineseDictionary#characterBoundaries()} no term is called everyday)
     */
    public static List<Advice> about(List<GlossaryTerm> terms, ChineseDictionary words) {
        Set<String> keys = new HashSet<>();
        for (GlossaryTerm t : terms) keys.add(t.term().strip().toLowerCase(Locale.ROOT));
        List<Advice> out = new ArrayList<>();
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
                if (keys.contains(variant.strip().toLowerCase(Locale.ROOT))) {
                    out.add(new Advice(i, "misrecognition " + variant + " of " + t + " is itself a glossary term; "
                            + "it will not be flagged"));
                }
            }
        }
        return out;
    }
}
