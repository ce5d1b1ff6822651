package org.showdesk.correct;

import org.showdesk.model.Finding;
import org.showdesk.model.FindingKind;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.Rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds probable recognition errors in a text, given a glossary of correct terms and the host's rules.
 * Built (indexed) once per glossary; {@link #scan} is a pure function of the text and safe to call
 * from several threads.
 *
 * <p>Chinese word boundaries and word frequencies come from the {@link ChineseDictionary} the caller
 * passes in: {@link HanLpDictionary#load()} once loaded, {@link ChineseDictionary#characterBoundaries()}
 * before (Chinese homophones are then found with less confidence). {@link #withWords} swaps it without
 * indexing the glossary again. The engine reads no global state.
 */
public final class CorrectionEngine {
    /** Findings below this are hints (low-confidence guesses); UIs may show them muted. */
    public static final double HINT_BELOW = 0.5;

    private static final Comparator<Finding> STRONGEST_FIRST = Comparator
            .comparingDouble(Finding::confidence).reversed()
            .thenComparing(Comparator.comparingInt((Finding f) -> f.end() - f.start()).reversed())
            .thenComparingInt(Finding::start);

    private final List<Detector> detectors;
    private final TypographyCheck typography;
    private final ExactMatcher<String> correctTerms;
    private final ChineseDictionary words;

    private CorrectionEngine(List<Detector> detectors, ExactMatcher<String> correctTerms, ChineseDictionary words,
                             TypographyCheck typography) {
        this.detectors = detectors;
        this.typography = typography;
        this.correctTerms = correctTerms;
        this.words = words;
    }

    /**
     * Indexes the enabled terms and rules.
     *
     * @param words the Chinese dictionary scans use (see {@link ChineseDictionary})
     * @throws org.showdesk.model.InputException when a rule's pattern or replacement is invalid
     */
    public static CorrectionEngine build(List<GlossaryTerm> terms, List<Rule> rules, ChineseDictionary words) {
        List<GlossaryTerm> enabled = terms.stream().filter(GlossaryTerm::enabled).toList();
        CaseSpaceDetector caseSpace = new CaseSpaceDetector(enabled);
        List<Detector> detectors = List.of(
                new KnownVariantDetector(enabled),
                new PinyinDetector(enabled),
                caseSpace,
                new PhoneticDetector(enabled, caseSpace),
                new TransliterationDetector(enabled),
                new UserRuleDetector(rules),
                new NumberUnitDetector());
        Map<String, List<String>> keywords = ExactMatcher.newKeywordMap();
        for (GlossaryTerm term : enabled) ExactMatcher.put(keywords, term.term(), term.term(), false);
        return new CorrectionEngine(detectors, ExactMatcher.build(keywords, false), words, new TypographyCheck(enabled));
    }

    /** The same glossary and rules with another dictionary (e.g. HanLP once it has loaded); indexes are shared. */
    public CorrectionEngine withWords(ChineseDictionary otherWords) {
        return otherWords == words ? this : new CorrectionEngine(detectors, correctTerms, otherWords, typography);
    }

    /** The dictionary this engine's scans use. */
    public ChineseDictionary words() {
        return words;
    }

    /** Findings sorted by start, never overlapping: where two detectors disagree the more confident wins. */
    public List<Finding> scan(String text) {
        return scan(new ScanContext(text, words));
    }

    private List<Finding> scan(ScanContext context) {
        String text = context.text();
        TreeMap<Integer, Integer> correct = correctSpans(text);
        context.exactTerms(correct);
        List<Finding> raw = new ArrayList<>();
        for (Detector detector : detectors) detector.detect(context, raw);
        List<Finding> candidates = new ArrayList<>(raw.size());
        for (Finding f : raw) {
            if (f.suggestion().equals(f.found())) continue;
            if (comesFromGlossary(f) && insideCorrectTerm(correct, f)) continue;
            candidates.add(f);
        }
        return withoutOverlaps(candidates);
    }

    /**
     * {@code findings} (of {@link #scan}) with the Chinese typography fixes of {@code text} added as style
     * findings where they touch none of them: for a transcript the host reviews, not for a batch of names.
     */
    public List<Finding> withTypography(String text, List<Finding> findings) {
        return typography.addTo(text, findings);
    }

    /**
     * Whether a finding points at a glossary term (a sound-alike, a known misrecognition, a spelling
     * variant) rather than at a host's rule or a number check. Only these are protected by exact terms,
     * and only these teach the glossary a misheard form when accepted.
     */
    public static boolean comesFromGlossary(Finding f) {
        return f.kind() != FindingKind.USER_RULE && f.kind() != FindingKind.NUMBER_UNIT
                && f.kind() != FindingKind.TYPOGRAPHY;
    }

    /** Where a glossary term occurs exactly: start → end, longest first when they start together. */
    private TreeMap<Integer, Integer> correctSpans(String text) {
        TreeMap<Integer, Integer> spans = new TreeMap<>();
        correctTerms.forEachHit(text, hit -> spans.merge(hit.start(), hit.end(), Math::max));
        return spans;
    }

    private static boolean insideCorrectTerm(TreeMap<Integer, Integer> correct, Finding f) {
        // Spans are few; any occurrence starting at or before the finding may cover it.
        for (Map.Entry<Integer, Integer> span : correct.headMap(f.start(), true).descendingMap().entrySet()) {
            if (span.getValue() >= f.end()) return true;
            if (f.start() - span.getKey() > 64) break;
        }
        return false;
    }

    private static List<Finding> withoutOverlaps(List<Finding> candidates) {
        candidates.sort(STRONGEST_FIRST);
        TreeMap<Integer, Finding> chosen = new TreeMap<>();
        for (Finding f : candidates) {
            Map.Entry<Integer, Finding> before = chosen.floorEntry(f.start());
            if (before != null && before.getValue().end() > f.start()) continue;
            Map.Entry<Integer, Finding> after = chosen.ceilingEntry(f.start());
            if (after != null && after.getKey() < f.end()) continue;
            chosen.put(f.start(), f);
        }
        return List.copyOf(chosen.values());
    }
}
