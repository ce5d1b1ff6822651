package org.showdesk.correct;

import org.showdesk.model.Finding;
import org.showdesk.model.FindingKind;
import org.showdesk.model.GlossaryTerm;

import java.util.List;
import java.util.Map;

/** Forms ASR produced before and the host recorded as misrecognitions: certain, so highest confidence. */
final class KnownVariantDetector implements Detector {
    static final FindingKind RULE = FindingKind.KNOWN_VARIANT;

    private final ExactMatcher<GlossaryTerm> variants;

    KnownVariantDetector(List<GlossaryTerm> terms) {
        Map<String, List<GlossaryTerm>> keywords = ExactMatcher.newKeywordMap();
        for (GlossaryTerm term : terms) {
            for (String variant : term.variants()) {
                if (!variant.isBlank() && !variant.equals(term.term())) {
                    ExactMatcher.put(keywords, variant.strip(), term, true);
                }
            }
        }
        variants = ExactMatcher.build(keywords, true);
    }

    @Override
    public void detect(ScanContext context, List<Finding> out) {
        String text = context.text();
        variants.forEachHit(text, hit -> {
            // A Chinese variant inside an established word (负能 in 负能量) is that word, not the variant.
            if (context.isInsideLongerWord(hit.start(), hit.end())) return;
            String found = text.substring(hit.start(), hit.end());
            for (GlossaryTerm term : hit.payloads()) {
                if (found.equals(term.term())) continue;
                out.add(new Finding(hit.start(), hit.end(), found, List.of(term.term()), RULE, 0.98,
                        "known misrecognition of " + term.term(), term.term()));
            }
        });
    }
}
