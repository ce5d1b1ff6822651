package org.showdesk.correct;

import org.showdesk.model.Finding;
import org.showdesk.model.FindingKind;
import org.showdesk.model.GlossaryTerm;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chinese homophones: spans whose toneless pinyin equals a term's ("pinyin"), or is close to it
 * ("near-pinyin": confusable initials and finals, or one syllable off in a long term).
 */
final class PinyinDetector implements Detector {
    static final FindingKind EXACT = FindingKind.PINYIN;
    static final FindingKind NEAR = FindingKind.NEAR_PINYIN;
    /** Only long terms may differ by a whole syllable; for short ones that matches half the language. */
    private static final int MIN_SYLLABLES_FOR_ONE_OFF = 4;

    private final SyllableTrie exact = new SyllableTrie();
    private final SyllableTrie fuzzy = new SyllableTrie();

    PinyinDetector(List<GlossaryTerm> terms) {
        for (GlossaryTerm term : terms) {
            String t = term.term();
            if (t.length() < 2 || !ChineseReadings.isAllHan(t)) continue;
            List<List<String>> readings = ChineseReadings.syllableSequences(t, term.pronunciation());
            for (List<String> reading : readings) exact.add(reading, new SyllableTrie.Entry(term, reading));
            // Fuzzy matching on rare readings compounds two unlikely things; use the main reading only.
            if (!readings.isEmpty()) {
                List<String> main = readings.get(0);
                fuzzy.add(main.stream().map(ChineseReadings::fuzzyKey).toList(), new SyllableTrie.Entry(term, main));
            }
        }
    }

    @Override
    public void detect(ScanContext context, List<Finding> out) {
        String text = context.text();
        Set<String> seen = new HashSet<>();
        for (int start = 0; start < text.length(); start++) {
            if (!ChineseReadings.isHan(text.charAt(start))) continue;
            walkExact(context, exact.root(), start, start, seen, out);
            walkFuzzy(context, fuzzy.root(), start, start, false, seen, out);
        }
    }

    private void walkExact(ScanContext context, SyllableTrie.Node node, int start, int pos, Set<String> seen,
                           List<Finding> out) {
        String text = context.text();
        if (pos >= text.length() || pos - start >= exact.maxDepth()) return;
        for (String reading : ChineseReadings.of(text.charAt(pos))) {
            SyllableTrie.Node next = node.child(reading);
            if (next == null) continue;
            for (SyllableTrie.Entry entry : next.entries()) {
                report(context, start, pos + 1, entry, EXACT, seen, out);
            }
            walkExact(context, next, start, pos + 1, seen, out);
        }
    }

    private void walkFuzzy(ScanContext context, SyllableTrie.Node node, int start, int pos, boolean substituted,
                           Set<String> seen, List<Finding> out) {
        String text = context.text();
        if (pos >= text.length() || pos - start >= fuzzy.maxDepth()) return;
        String key = ChineseReadings.mainFuzzyKey(text.charAt(pos));
        if (key == null) return;
        SyllableTrie.Node next = node.child(key);
        if (next != null) follow(context, next, start, pos, substituted, seen, out);
        if (!substituted && pos > start && node.longestBelow() >= MIN_SYLLABLES_FOR_ONE_OFF) {
            for (Map.Entry<String, SyllableTrie.Node> edge : node.children()) {
                SyllableTrie.Node other = edge.getValue();
                if (!edge.getKey().equals(key) && other.longestBelow() >= MIN_SYLLABLES_FOR_ONE_OFF) {
                    follow(context, other, start, pos, true, seen, out);
                }
            }
        }
    }

    private void follow(ScanContext context, SyllableTrie.Node next, int start, int pos, boolean substituted,
                        Set<String> seen, List<Finding> out) {
        for (SyllableTrie.Entry entry : next.entries()) {
            if (!substituted || entry.reading().size() >= MIN_SYLLABLES_FOR_ONE_OFF) {
                report(context, start, pos + 1, entry, NEAR, seen, out);
            }
        }
        walkFuzzy(context, next, start, pos + 1, substituted, seen, out);
    }

    private void report(ScanContext context, int start, int end, SyllableTrie.Entry entry, FindingKind rule,
                        Set<String> seen, List<Finding> out) {
        String found = context.text().substring(start, end);
        String term = entry.term().term();
        if (found.equals(term)) return;
        if (!seen.add(start + ":" + end + ":" + term)) return; // the exact walk ran first and wins
        if (!context.isWordSpan(start, end)) return;
        ChinesePlausibility.Judgement judgement = ChinesePlausibility.judge(context, start, end, term);
        if (judgement.verdict() == ChinesePlausibility.Verdict.NOT_A_NAME) return;
        String reading = String.join(" ", entry.reading());
        int n = found.length();
        double shared = sharedCharacters(found, term) / (double) n;
        double confidence;
        String reason;
        if (rule == EXACT) {
            confidence = 0.72 + 0.06 * Math.min(n - 2, 3) + 0.12 * shared;
            reason = "same pinyin: " + reading;
        } else {
            String heard = ChineseReadings.firstReadings(found);
            int differing = firstFuzzyDifference(found, entry.reading());
            boolean oneOff = differing >= 0;
            confidence = oneOff ? 0.5 + 0.04 * Math.min(n - 4, 3) + 0.15 * shared
                    : 0.6 + 0.05 * Math.min(n - 2, 3) + 0.12 * shared;
            reason = (oneOff ? "one syllable off: " : "sounds close: ") + heard + " ≈ " + reading;
            if (oneOff && context.isInsideLongerWord(start + differing, start + differing + 1)) {
                // 行业大模型 is not 星火大模型 misheard: the odd syllable out belongs to a real word (行业).
                judgement = new ChinesePlausibility.Judgement(ChinesePlausibility.Verdict.HINT,
                        found.charAt(differing) + " is part of an ordinary word here");
            }
        }
        // A rare reading on either side (多 read as in 百度's 度 duo) is a weaker match.
        confidence -= 0.12 * rareReadings(found, term, entry.reading());
        if (!context.knowsWordBoundaries()) confidence -= 0.1;
        if (context.dictionary().frequency(term) >= ChineseDictionary.EVERYDAY_FREQUENCY) confidence -= 0.1;
        if (context.dictionary().isKnownWord(found)) {
            confidence -= 0.15; // a name or phrase of its own (丁丁 the comic hero), though not an everyday word
            reason += " (" + found + " is also a name of its own)";
        }
        if (judgement.verdict() == ChinesePlausibility.Verdict.HINT) {
            confidence = Math.min(confidence, 0.3 + 0.1 * shared);
            reason += " (but " + judgement.why() + ")";
        }
        confidence = Math.max(0.05, Math.min(0.97, confidence));
        out.add(new Finding(start, end, found, List.of(term), rule, confidence, reason, term));
    }

    private static int sharedCharacters(String found, String term) {
        int shared = 0;
        for (int i = 0; i < found.length() && i < term.length(); i++) if (found.charAt(i) == term.charAt(i)) shared++;
        return shared;
    }

    /** Positions where the matching syllable is not the first reading of the heard or of the term's character. */
    private static int rareReadings(String found, String term, List<String> reading) {
        int rare = 0;
        for (int i = 0; i < found.length() && i < reading.size(); i++) {
            String syllable = reading.get(i);
            String[] heard = ChineseReadings.of(found.charAt(i));
            String[] meant = ChineseReadings.of(term.charAt(i));
            boolean heardMain = heard.length > 0 && sameOrFuzzy(heard[0], syllable);
            boolean meantMain = meant.length > 0 && meant[0].equals(syllable);
            if (!heardMain || !meantMain) rare++;
        }
        return rare;
    }

    private static boolean sameOrFuzzy(String a, String b) {
        return a.equals(b) || ChineseReadings.fuzzyKey(a).equals(ChineseReadings.fuzzyKey(b));
    }

    /** Index of the first character whose main reading does not fuzzily match the term's, or -1. */
    private static int firstFuzzyDifference(String found, List<String> reading) {
        for (int i = 0; i < found.length(); i++) {
            String key = ChineseReadings.mainFuzzyKey(found.charAt(i));
            if (key == null || !key.equals(ChineseReadings.fuzzyKey(reading.get(i)))) return i;
        }
        return -1;
    }

}
