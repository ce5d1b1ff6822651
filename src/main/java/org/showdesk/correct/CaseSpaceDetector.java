package org.showdesk.correct;

import org.showdesk.model.Finding;
import org.showdesk.model.FindingKind;
import org.showdesk.model.GlossaryTerm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Latin names written with the wrong case, spacing or hyphens: "LoraMOE" for LoRAMoE, "Rich Dreamer"
 * for RichDreamer, "Llama2" for "Llama 2". Terms are bucketed by a key without case and separators.
 */
final class CaseSpaceDetector implements Detector {
    static final FindingKind RULE = FindingKind.CASE_SPACE;
    static final int MAX_WINDOW_TOKENS = 4;

    private final Map<String, List<GlossaryTerm>> byKey = new HashMap<>();

    CaseSpaceDetector(List<GlossaryTerm> terms) {
        for (GlossaryTerm term : terms) {
            String key = LatinText.key(term.term());
            if (key == null || key.length() < 3 || !LatinText.hasLatinLetter(key)) continue;
            List<GlossaryTerm> bucket = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
            if (bucket.stream().noneMatch(t -> t.term().equals(term.term()))) bucket.add(term);
        }
    }

    /** Same letters and digits in the same case, whatever the hyphens, spaces and dots between them. */
    static boolean sameLettersAndCase(String a, String b) {
        return lettersAndDigits(a).equals(lettersAndDigits(b));
    }

    private static String lettersAndDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) if (Character.isLetterOrDigit(s.charAt(i))) sb.append(s.charAt(i));
        return sb.toString();
    }

    /** True when the span's key belongs to some term: the phonetic detector then leaves it alone. */
    boolean knowsKey(String key) {
        return byKey.containsKey(key);
    }

    @Override
    public void detect(ScanContext context, List<Finding> out) {
        String text = context.text();
        for (LatinText.Window window : LatinText.windows(text, MAX_WINDOW_TOKENS)) {
            List<GlossaryTerm> bucket = byKey.get(window.key());
            if (bucket == null) continue;
            report(text.substring(window.start(), window.end()), window.start(), window.end(),
                    window.tokens().size(), bucket, out);
        }
    }

    private static void report(String found, int start, int end, int tokenCount, List<GlossaryTerm> bucket,
                               List<Finding> out) {
        for (GlossaryTerm term : bucket) if (term.term().equals(found)) return;
        GlossaryTerm term = bucket.get(0);
        for (GlossaryTerm t : bucket) {
            if (sameLettersAndCase(found, t.term())) {
                // Dual Pivot Tuning for Dual-Pivot Tuning: ASR heard the name right; only the house style differs.
                out.add(new Finding(start, end, found, List.of(t.term()), FindingKind.NAME_STYLE, 0.9,
                        "written " + t.term() + " in the glossary (only hyphens or spaces differ)", t.term()));
                return;
            }
        }
        double confidence = 0.9;
        if (tokenCount == 1 && CommonEnglish.isCommon(found)) {
            // "laser" in lower case is the word; "Laser" in a news sentence may be the LASER method.
            if (found.equals(found.toLowerCase(java.util.Locale.ROOT))) return;
            confidence = 0.6;
        }
        List<String> suggestions = bucket.stream().map(GlossaryTerm::term).toList();
        out.add(new Finding(start, end, found, suggestions, RULE, confidence,
                "written " + term.term() + " in the glossary (case or spacing differs)", term.term()));
    }
}
