package org.showdesk.cli;

import org.showdesk.app.FileCheck;
import org.showdesk.app.FindingCount;
import org.showdesk.model.Finding;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How `check` prints findings: one readable line each, or the JSON array scripts consume. */
final class FindingsOutput {
    private FindingsOutput() {
    }

    static void print(PrintWriter out, String text, List<Finding> findings, boolean json) {
        if (json) {
            out.println(Json.pretty(findings.stream().map(f -> row(text, f)).toList()));
            return;
        }
        if (findings.isEmpty()) {
            out.println("No findings.");
            return;
        }
        for (Finding f : findings) {
            int[] lc = FileCheck.lineAndColumn(text, f.start());
            out.printf(Locale.ROOT, "%d:%d  %s → %s  [%s %.2f] %s%n", lc[0], lc[1], f.found(), f.suggestion(), f.rule(),
                    f.confidence(), f.reason());
        }
        out.printf("%d finding%s.%n", findings.size(), findings.size() == 1 ? "" : "s");
    }

    /** As {@link #print}, each finding with its id (for accept and reject). */
    static void printWithIds(PrintWriter out, String text, Map<Integer, Finding> byId, FindingCount count,
                             boolean withStyle, boolean json, String episodeArgs) {
        if (json) {
            out.println(Json.pretty(byId.entrySet().stream().map(e -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", e.getKey());
                m.putAll(row(text, e.getValue()));
                return m;
            }).toList()));
            return;
        }
        if (byId.isEmpty()) {
            out.println(count.style() == 0 ? "No open findings." : "No open findings (+" + count.style() + " style fix"
                    + (count.style() == 1 ? "" : "es") + ": `review --style`).");
            return;
        }
        for (var e : byId.entrySet()) {
            Finding f = e.getValue();
            int[] lc = FileCheck.lineAndColumn(text, f.start());
            out.printf(Locale.ROOT, "%10d  %d:%d  %s → %s  [%s %.2f] %s%n", e.getKey(), lc[0], lc[1], f.found(),
                    f.suggestion(), f.rule(), f.confidence(), f.reason());
        }
        String counted = withStyle ? count.recognition() + " open, " + count.style() + " style fix"
                + (count.style() == 1 ? "" : "es") : count.open();
        out.println(counted + ". Accept with: showdesk accept " + episodeArgs + " FINDING_ID…; reject with: "
                + "showdesk reject " + episodeArgs + " FINDING_ID…");
    }

    private static Map<String, Object> row(String text, Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", f.start());
        m.put("end", f.end());
        m.put("found", f.found());
        m.put("suggestion", f.suggestion());
        m.put("suggestions", f.suggestions());
        m.put("rule", f.rule());
        m.put("confidence", Math.round(f.confidence() * 1000) / 1000.0);
        m.put("reason", f.reason());
        m.put("term", f.term());
        int[] lc = FileCheck.lineAndColumn(text, f.start());
        m.put("line", lc[0]);
        m.put("column", lc[1]);
        return m;
    }
}
