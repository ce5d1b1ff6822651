package org.showdesk.app;

import org.showdesk.model.Finding;

import java.util.List;

/**
 * How many findings are open, counted one way everywhere (review, ready, accept, reject, fix and the window):
 * recognition errors are the open work; style fixes (typography, the spelling style of a name) are counted
 * apart, because they are hidden unless asked for and a host may leave them on purpose.
 */
public record FindingCount(int recognition, int style) {
    public static FindingCount of(List<Finding> findings) {
        int style = (int) findings.stream().filter(Finding::isStyle).count();
        return new FindingCount(findings.size() - style, style);
    }

    /** Only the findings a host works through by default: recognition errors, no style fixes. */
    public static List<Finding> recognitionOnly(List<Finding> findings) {
        return findings.stream().filter(f -> !f.isStyle()).toList();
    }

    /** "17 open (+90 style fixes: `review --style`)", or "17 open" when there are no style fixes. */
    public String open() {
        return recognition + " open" + (style == 0 ? "" : " (+" + style + " style fix" + (style == 1 ? "" : "es")
                + ": `review --style`)");
    }
}
