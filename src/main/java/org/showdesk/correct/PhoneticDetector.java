package org.showdesk.correct;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.showdesk.model.Finding;
import org.showdesk.model.FindingKind;
import org.showdesk.model.GlossaryTerm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Latin names ASR spelled as something that sounds alike ("UniChrome" for Unicron, "Kootram" for
 * Krutrim): Double Metaphone buckets find candidates, then a blend of code distance and spelling
 * similarity decides. Names heard worse (two code edits, HyperBotran for Hyper-VolTran) are accepted
 * when the spelling is close; a part of a hyphenated name (Botran for VolTran) counts as a name; a
 * multi-word name with a function word (Mixer of Experts) is matched word by word. Windows made only of
 * ordinary English words are otherwise left alone.
 */
final class PhoneticDetector implements Detector {
    static final FindingKind RULE = FindingKind.PHONETIC;
    private static final int MAX_WINDOW_TOKENS = 3;
    /** Names of several words are compared word by word, so they may be longer (Layer-Selective Rank Reduction). */
    private static final int MAX_NAME_WORDS = 4;
    private static final int MIN_LETTERS = 4;
    private static final int MIN_PART_LETTERS = 5;
    /** Below this, names share sounds by accident (Tensor/Tokenizer 0.70, Intern/Unitree 0.72). */
    private static final double MIN_SPELLING = 0.73;
    private static final int SHORT_KEY = 6;
    private static final double MIN_SOUND = 0.8;
    private static final double MIN_SPELLING_SHORT = 0.75;
    /** Two code edits are allowed only when the spelling is this close (HyperBotran ≈ HyperVolTran 0.95). */
    private static final double MIN_SPELLING_TWO_EDITS = 0.82;
    private static final double MIN_SOUND_TWO_EDITS = 0.6;
    private static final double MIN_SCORE = 0.72;
    /** Same code and nearly the same letters (deepmined/deepmind 0.98). */
    private static final double MIN_SCORE_JOINED = 0.95;
    /** Suffix buckets larger than this are too generic to compare a window against each of their names. */
    private static final int MAX_SUFFIX_BUCKET = 64;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    /**
     * What a name suggests: the term, or the part of a hyphenated term that was heard (VolTran).
     *
     * @param words how many words the suggestion is written in (Contrastive Learning: 2; digits do not count)
     */
    private record Suggestion(String text, GlossaryTerm term, int words) {
        Suggestion(String text, GlossaryTerm term) {
            this(text, term, PhoneticDetector.words(LatinText.tokens(text)));
        }

        boolean isPart() {
            return !text.equals(term.term());
        }
    }

    /**
     * Every term spelled with the same letters, by their digits (Llama 2 and Llama 3 share one entry), so a
     * family of numbered names costs one comparison, not one per member.
     */
    private record LatinName(String letters, String[] codes, Map<String, Suggestion> byDigits) {
    }

    private final Map<String, LatinName> names = new HashMap<>();
    private final PhoneticKeys<LatinName> index = new PhoneticKeys<>();
    private final Map<String, List<LatinName>> bySuffix = new HashMap<>();
    private final MultiWordNames multiWord;
    private final CaseSpaceDetector caseSpace;

    PhoneticDetector(List<GlossaryTerm> terms, CaseSpaceDetector caseSpace) {
        this.caseSpace = caseSpace;
        for (GlossaryTerm term : terms) {
            String key = LatinText.key(term.term());
            if (key == null) continue;
            add(LatinText.lettersOnly(key), LatinText.digitsOnly(key), new Suggestion(term.term(), term));
            String[] parts = term.term().split("-");
            if (parts.length < 2) continue;
            for (String part : parts) {
                // A part of several words ("shot Learning" of Few-shot Learning) is not a name of its own.
                if (part.strip().contains(" ")) continue;
                String partKey = LatinText.key(part.strip());
                // Short parts (DALL of DALL-E 3) match too much: only a part long enough to be a name by itself.
                if (partKey == null || partKey.length() < MIN_PART_LETTERS
                        || !partKey.equals(LatinText.lettersOnly(partKey))) continue;
                if (CommonEnglish.isCommon(partKey)) continue;
                add(partKey, "", new Suggestion(part.strip(), term));
            }
        }
        this.multiWord = new MultiWordNames(terms);
    }

    private void add(String letters, String digits, Suggestion suggestion) {
        if (letters.length() < MIN_LETTERS) return;
        LatinName name = names.get(letters);
        if (name == null) {
            name = new LatinName(letters, PhoneticKeys.codes(letters), new LinkedHashMap<>(1));
            names.put(letters, name);
            for (String code : name.codes()) index.add(code, name, true);
            List<LatinName> bucket = bySuffix.computeIfAbsent(suffix(letters), k -> new ArrayList<>(1));
            if (bucket.size() <= MAX_SUFFIX_BUCKET) bucket.add(name);
        }
        name.byDigits().putIfAbsent(digits, suggestion);
    }

    private static String suffix(String letters) {
        return letters.substring(letters.length() - 3);
    }

    @Override
    public void detect(ScanContext context, List<Finding> out) {
        String text = context.text();
        for (LatinText.Window window : LatinText.windows(text, MAX_NAME_WORDS)) {
            if (caseSpace.knowsKey(window.key())) continue;
            multiWord.consider(text, window, out);
            if (window.tokens().size() > MAX_WINDOW_TOKENS) continue;
            boolean ordinary = isOrdinaryEnglish(window);
            // Two ordinary words may still be a one-word name split by ASR (Deep Mined for DeepMind): only when
            // they sound exactly like it and are spelled almost like it.
            if (ordinary && !isJoinedName(window)) continue;
            consider(text.substring(window.start(), window.end()), window.key(), words(window.tokens()), window.start(),
                    window.end(), ordinary ? MIN_SCORE_JOINED : MIN_SCORE, out);
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

    private static boolean isJoinedName(LatinText.Window window) {
        if (window.tokens().size() != 2) return false;
        for (LatinText.Token token : window.tokens()) if (isFunctionWord(token.text())) return false;
        return true;
    }

    private void consider(String found, String key, int words, int start, int end, double minScore, List<Finding> out) {
        String letters = LatinText.lettersOnly(key);
        if (letters.length() < MIN_LETTERS) return;
        String digits = LatinText.digitsOnly(key);
        String[] codes = PhoneticKeys.codes(letters);
        Set<LatinName> candidates = new LinkedHashSet<>();
        for (String code : codes) candidates.addAll(index.near(code, true));
        List<LatinName> sameEnding = bySuffix.get(suffix(letters));
        if (sameEnding != null && sameEnding.size() <= MAX_SUFFIX_BUCKET) candidates.addAll(sameEnding);
        Suggestion best = null;
        double bestScore = 0;
        String bestCode = "";
        String bestTermCode = "";
        for (LatinName candidate : candidates) {
            Suggestion suggestion = candidate.byDigits().get(digits); // Llama 2 is not Llama 3
            if (suggestion == null) continue;
            // "Contrastive Language Image" is not Contrastive Learning misheard: several words heard for a name of
            // a different number of words are other words (a one-word name heard as two, Mist Trial, still counts).
            if (words > 1 && suggestion.words() > 1 && words != suggestion.words()) continue;
            // "Contrastive Language" for Contrastive Learning: when a word was heard right, the others must each sound
            // like the name's word in their place (Purple Lama for Purple Llama), or they are words of their own.
            if (words > 1 && suggestion.words() == words && oddWordSoundsDifferent(found, suggestion.text())) continue;
            // "Tuning" in Dual Pivot Tuning is not the "tuning" of Fine-tuning: a part spelled the same is no mishearing.
            if (suggestion.isPart() && letters.equals(candidate.letters())) continue;
            for (String code : codes) {
                double score = score(letters, code, candidate);
                if (score > bestScore) {
                    bestScore = score;
                    best = suggestion;
                    bestCode = code;
                    bestTermCode = candidate.codes()[0];
                }
            }
        }
        if (best == null || bestScore < minScore) return;
        String reason = "sounds like " + best.text() + (best.text().equals(best.term().term()) ? ""
                : " (part of " + best.term().term() + ")") + " (metaphone " + bestTermCode
                + (bestTermCode.equals(bestCode) ? "" : " ≈ " + bestCode) + ")";
        double confidence = Math.min(0.9, 0.45 + (bestScore - MIN_SCORE) * 1.6 + 0.01 * Math.min(letters.length(), 12));
        out.add(new Finding(start, end, found, List.of(best.text()), RULE, confidence, reason, best.term().term()));
    }

    private static double score(String letters, String code, LatinName candidate) {
        String other = candidate.letters();
        double lengthRatio = (double) letters.length() / other.length();
        if (lengthRatio < 0.6 || lengthRatio > 1.6) return 0;
        // Berkeley inside UC Berkeley, Tensor inside TensorRT: a shortened or other name, not a mishearing.
        if (Math.abs(letters.length() - other.length()) >= 2 && (other.contains(letters) || letters.contains(other))) {
            return 0;
        }
        double levenshtein = 1 - (double) LEVENSHTEIN.apply(letters, other) / Math.max(letters.length(), other.length());
        double spelling = Math.max(JARO_WINKLER.apply(letters, other), levenshtein);
        // Short words share metaphone codes by the dozen (PaLM and BLOOM are both PLM): ask more of the spelling.
        if (spelling < (letters.length() < SHORT_KEY ? MIN_SPELLING_SHORT : MIN_SPELLING)) return 0;
        double sound = 0;
        int codeLength = 0;
        for (String termCode : candidate.codes()) {
            double s = 1 - (double) LEVENSHTEIN.apply(code, termCode) / Math.max(code.length(), termCode.length());
            if (s > sound) {
                sound = s;
                codeLength = Math.max(code.length(), termCode.length());
            }
        }
        // One edit in a four-letter code is a quarter of the sound (Wikipedia AKPT vs WikiChat AKXT): too loose,
        // unless the spelling is close enough to vouch for a name heard worse (HighSyncGPT for HithinkGPT).
        boolean closeSpelling = spelling >= MIN_SPELLING_TWO_EDITS && letters.length() >= SHORT_KEY && codeLength >= 5;
        if (sound < (closeSpelling ? MIN_SOUND_TWO_EDITS : MIN_SOUND)) return 0;
        return 0.5 * sound + 0.5 * spelling;
    }

    private static boolean oddWordSoundsDifferent(String found, String name) {
        List<String> heard = letterWords(found), written = letterWords(name);
        if (heard.size() != written.size()) return false;
        boolean shared = false, different = false;
        for (int i = 0; i < heard.size(); i++) {
            String a = heard.get(i), b = written.get(i);
            if (a.equals(b)) {
                shared = true;
            } else if (JARO_WINKLER.apply(a, b) < 0.8 || !MultiWordNames.soundsAlike(a, b)) {
                different = true;
            }
        }
        return shared && different;
    }

    private static List<String> letterWords(String text) {
        List<String> out = new ArrayList<>();
        for (LatinText.Token t : LatinText.tokens(text)) {
            if (LatinText.hasLatinLetter(t.text())) out.add(t.text().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** Words with letters: "Dolly 3" is one word, as "DALL-E 3" is two, whatever their numbers. */
    private static int words(List<LatinText.Token> tokens) {
        int n = 0;
        for (LatinText.Token token : tokens) if (LatinText.hasLatinLetter(token.text())) n++;
        return n;
    }

    static boolean isFunctionWord(String token) {
        return token.length() <= 3 && CommonEnglish.isCommon(token);
    }

    /**
     * Names of several words, one of which may be heard as another word ("Mixer of Experts" for Mixture of
     * Experts): indexed with each word left out in turn, so a window that agrees on all other words finds
     * the name at once; the odd word must then sound and look like the name's.
     */
    private static final class MultiWordNames {
        private record Hole(GlossaryTerm term, int index, String word) {
        }

        private final Map<String, List<Hole>> byHoleKey = new HashMap<>();

        MultiWordNames(List<GlossaryTerm> terms) {
            for (GlossaryTerm term : terms) {
                List<LatinText.Token> tokens = LatinText.tokens(term.term());
                if (tokens.size() < 2 || tokens.size() > MAX_NAME_WORDS) continue;
                if (LatinText.key(term.term()) == null) continue;
                for (int i = 0; i < tokens.size(); i++) {
                    String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
                    if (word.length() < MIN_LETTERS || !word.equals(LatinText.lettersOnly(word))) continue;
                    byHoleKey.computeIfAbsent(holeKey(tokens, i), k -> new ArrayList<>(1)).add(new Hole(term, i, word));
                }
            }
        }

        private static String holeKey(List<LatinText.Token> tokens, int hole) {
            StringBuilder sb = new StringBuilder().append(tokens.size()).append(':').append(hole);
            for (int i = 0; i < tokens.size(); i++) {
                sb.append('|');
                if (i != hole) sb.append(tokens.get(i).text().toLowerCase(Locale.ROOT));
            }
            return sb.toString();
        }

        void consider(String text, LatinText.Window window, List<Finding> out) {
            if (byHoleKey.isEmpty() || window.tokens().size() < 2) return;
            for (int i = 0; i < window.tokens().size(); i++) {
                List<Hole> holes = byHoleKey.get(holeKey(window.tokens(), i));
                if (holes == null) continue;
                String heard = window.tokens().get(i).text().toLowerCase(Locale.ROOT);
                for (Hole hole : holes) {
                    if (heard.equals(hole.word()) || !LatinText.hasLatinLetter(heard)) continue;
                    double spelling = JARO_WINKLER.apply(heard, hole.word());
                    if (spelling < 0.8 || !soundsAlike(heard, hole.word())) continue;
                    String found = text.substring(window.start(), window.end());
                    out.add(new Finding(window.start(), window.end(), found, List.of(hole.term().term()), RULE,
                            Math.min(0.85, 0.4 + 0.4 * spelling), "sounds like " + hole.term().term() + " ("
                            + window.tokens().get(i).text() + " ≈ " + hole.word() + ")", hole.term().term()));
                    return;
                }
            }
        }

        private static boolean soundsAlike(String a, String b) {
            String[] ca = PhoneticKeys.codes(a);
            String[] cb = PhoneticKeys.codes(b);
            if (ca.length == 0 || cb.length == 0) return false;
            return LEVENSHTEIN.apply(ca[0], cb[0]) <= 1;
        }
    }
}
