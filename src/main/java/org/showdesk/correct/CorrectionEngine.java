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
 * <p>Chinese word boundaries come from HanLP, which loads in the background when the first engine is
 * built. Scans that run before it is ready still work, on character boundaries, with slightly lower
 * confidence for Chinese homophones; call {@link ChineseWords#awaitReady(long)} to wait instead.
 */
public final class CorrectionEngine {
    /** Findings below this are hints (low-confidence guesses); UIs may show them muted. */
    public static final double HINT_BELOW = 0.5;

    private static final Comparator<Finding> STRONGEST_FIRST = Comparator
            .comparingDouble(Finding::confidence).reversed()
            .thenComparing(Comparator.comparingInt((Finding f) -> f.end() - f.start()).reversed())
            .thenComparingInt(Finding::start);

    private final List<Detector> detectors;
    private final ExactMatcher<String> correctTerms;

    private CorrectionEngine(List<Detector> detectors, ExactMatcher<String> correctTerms) {
        this.detectors = detectors;
        this.correctTerms = correctTerms;
    }

    /**
     * Indexes the enabled terms and rules. It does not start loading HanLP: that takes a core for a second or
     * more, so the caller picks the moment (the window after its first screen, batch commands at once through
     * {@code EpisodeCheck.awaitChineseWords}); until then scans use character boundaries.
     *
     * @throws org.showdesk.model.InputException when a rule's pattern or replacement is invalid
     */
    public static CorrectionEngine build(List<GlossaryTerm> terms, List<Rule> rules) {
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
        return new CorrectionEngine(detectors, ExactMatcher.build(keywords, false));
    }

    /** Findings sorted by start, never overlapping: where two detectors disagree the more confident wins. */
    public List<Finding> scan(String text) {
        return scan(new ScanContext(text));
    }

    /** As while HanLP is still loading: Chinese spans on character boundaries only. */
    List<Finding> scanWithoutWordBoundaries(String text) {
        return scan(new ScanContext(text, false));
    }

    private List<Finding> scan(ScanContext context) {
        String text = context.text();
        List<Finding> raw = new ArrayList<>();
        for (Detector detector : detectors) detector.detect(context, raw);
        TreeMap<Integer, Integer> correct = correctSpans(text);
        List<Finding> candidates = new ArrayList<>(raw.size());
        for (Finding f : raw) {
            if (f.suggestion().equals(f.found())) continue;
            if (comesFromGlossary(f) && insideCorrectTerm(correct, f)) continue;
            candidates.add(f);
        }
        return withoutOverlaps(candidates);
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
