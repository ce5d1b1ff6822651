package org.showdesk.ui.transcript;

import org.showdesk.model.Decision;
import org.showdesk.model.Finding;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Drops the findings the host already answered: one rejected in this episode (same text, same
 * suggestion) and anything whose text was declared correct for the whole show.
 */
final class FindingFilter {
    private FindingFilter() {
    }

    static List<Finding> withoutDecided(List<Finding> findings, List<Decision> decisions) {
        if (decisions.isEmpty()) return findings;
        Set<String> rejected = new HashSet<>();
        Set<String> correct = new HashSet<>();
        for (Decision d : decisions) {
            if (d.verdict() == Decision.Verdict.CORRECT) correct.add(d.found());
            else rejected.add(d.found() + '\u0000' + d.suggestion());
        }
        return findings.stream()
                .filter(f -> !correct.contains(f.found()))
                .filter(f -> !rejected.contains(f.found() + '\u0000' + f.suggestion()))
                .toList();
    }
}
