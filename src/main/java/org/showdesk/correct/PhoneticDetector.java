package org.showdesk.correct;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.showdesk.model.Finding;
import org.showdesk.model.FindingKind;
import org.showdesk.model.GlossaryTerm;

import java.util.List;

/**
 * Latin names ASR spelled as something that sounds alike ("UniChrome" for Unicron, "Kootram" for
 * Krutrim): Double Metaphone buckets find candidates, then a blend of code distance and spelling
 * similarity decides. Windows made only of ordinary English words are left alone.
 */
final class PhoneticDetector implements Detector {
    static final FindingKind RULE = FindingKind.PHONETIC;
    private static final int MAX_WINDOW_TOKENS = 3;
    private static final int MIN_LETTERS = 4;
    private static final double MIN_SPELLING = 0.6;
    private static final int SHORT_KEY = 6;
    private static final double MIN_SOUND = 0.8;
    private static final double MIN_SPELLING_SHORT = 0.75;
    private static final double MIN_SCORE = 0.72;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    private record LatinTerm(GlossaryTerm term, String key, String letters, String digits, String[] codes) {
    }

    private final PhoneticKeys<LatinTerm> index = new PhoneticKeys<>();
    private final CaseSpaceDetector caseSpace;

    PhoneticDetector(List<GlossaryTerm> terms, CaseSpaceDetector caseSpace) {
        this.caseSpace = caseSpace;
        for (GlossaryTerm term : terms) {
            String key = LatinText.key(term.term());
            if (key == null) continue;
            String letters = LatinText.lettersOnly(key);
            if (letters.length() < MIN_LETTERS) continue;
            String[] codes = PhoneticKeys.codes(letters);
            LatinTerm latin = new LatinTerm(term, key, letters, LatinText.digitsOnly(key), codes);
            for (String code : codes) index.add(code, latin, true);
        }
    }

    @Override
    public void detect(ScanContext context, List<Finding> out) {
        String text = context.text();
        for (LatinText.Window window : LatinText.windows(text, MAX_WINDOW_TOKENS)) {
            if (isOrdinaryEnglish(window) || caseSpace.knowsKey(window.key())) continue;
            consider(text.substring(window.start(), window.end()), window.key(), window.start(), window.end(), out);
        }
    }

    /** All words common, or holding a short function word ("of", "and"): a phrase, not a name. */
    private static boolean isOrdinaryEnglish(LatinText.Window window) {
        boolean allCommon = true;
        for (LatinText.Token token : window.tokens()) {
            if (isFunctionWord(token.text())) return true;
            if (!CommonEnglish.isCommon(token.text()) && LatinText.hasLatinLetter(token.text())) allCommon = false;
        }
        return allCommon;
    }

    private void consider(String found, String key, int start, int end, List<Finding> out) {
        String letters = LatinText.lettersOnly(key);
        if (letters.length() < MIN_LETTERS) return;
        String digits = LatinText.digitsOnly(key);
        String[] codes = PhoneticKeys.codes(letters);
        LatinTerm best = null;
        double bestScore = 0;
        String bestCode = "";
        for (String code : codes) {
            for (LatinTerm candidate : index.near(code, true)) {
                if (!candidate.digits().equals(digits)) continue; // Llama 2 is not Llama 3
                double score = score(key, code, candidate);
                if (score > bestScore) {
                    bestScore = score;
                    best = candidate;
                    bestCode = code;
                }
            }
        }
        if (best == null || bestScore < MIN_SCORE) return;
        String termCode = best.codes()[0];
        String reason = "sounds like " + best.term().term() + " (metaphone " + termCode
                + (termCode.equals(bestCode) ? "" : " ≈ " + bestCode) + ")";
        double confidence = Math.min(0.85, 0.5 + (bestScore - MIN_SCORE) * 1.2);
        out.add(new Finding(start, end, found, List.of(best.term().term()), RULE, confidence, reason,
                best.term().term()));
    }

    private static double score(String key, String code, LatinTerm candidate) {
        double lengthRatio = (double) key.length() / candidate.key().length();
        if (lengthRatio < 0.6 || lengthRatio > 1.6) return 0;
        double levenshtein = 1 - (double) LEVENSHTEIN.apply(key, candidate.key())
                / Math.max(key.length(), candidate.key().length());
        double spelling = Math.max(JARO_WINKLER.apply(key, candidate.key()), levenshtein);
        // Short words share metaphone codes by the dozen (PaLM and BLOOM are both PLM): ask more of the spelling.
        if (spelling < (key.length() < SHORT_KEY ? MIN_SPELLING_SHORT : MIN_SPELLING)) return 0;
        double sound = 0;
        for (String termCode : candidate.codes()) {
            sound = Math.max(sound, 1 - (double) LEVENSHTEIN.apply(code, termCode)
                    / Math.max(code.length(), termCode.length()));
        }
        // One edit in a four-letter code is a quarter of the sound (Wikipedia AKPT vs WikiChat AKXT): too loose.
        if (sound < MIN_SOUND) return 0;
        return 0.5 * sound + 0.5 * spelling;
    }

    private static boolean isFunctionWord(String token) {
        return token.length() <= 3 && CommonEnglish.isCommon(token);
    }
}
