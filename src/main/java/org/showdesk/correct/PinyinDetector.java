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
        String reading = String.join(" ", entry.reading());
        double confidence;
        String reason;
        if (rule == EXACT) {
            confidence = term.length() >= 3 ? 0.9 : 0.85;
            reason = "same pinyin: " + reading;
        } else {
            String heard = ChineseReadings.firstReadings(found);
            int differing = firstFuzzyDifference(found, entry.reading());
            boolean oneOff = differing >= 0;
            confidence = oneOff ? 0.6 : 0.7;
            reason = (oneOff ? "one syllable off: " : "sounds close: ") + heard + " ≈ " + reading;
            if (oneOff && context.isInsideLongerWord(start + differing, start + differing + 1)) {
                // 行业大模型 is not 星火大模型 misheard: the odd syllable out belongs to a real word (行业).
                confidence = Math.min(confidence, 0.3);
                reason += " (but " + found.charAt(differing) + " is part of an ordinary word here)";
            }
        }
        if (!context.knowsWordBoundaries()) confidence -= 0.1;
        if (confidence > 0.3 && (context.dictionary().isKnownWord(found) || context.isOrdinaryWords(start, end))) {
            // Ordinary words that happen to sound like a term are usually meant as written.
            confidence = Math.min(confidence, 0.3);
            reason += " (but " + found + " is also a word of its own)";
        }
        out.add(new Finding(start, end, found, List.of(term), rule, confidence, reason, term));
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
