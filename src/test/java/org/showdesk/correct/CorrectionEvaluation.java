package org.showdesk.correct;

import org.showdesk.model.Finding;
import org.showdesk.glossary.GlossaryFiles;
import org.showdesk.glossary.StarterGlossaries;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.Rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the labelled evaluation set (src/test/resources/eval) through the engine and counts, per
 * kind of error, what was found, missed and falsely flagged. Shared by the quality test and the bench.
 */
public final class CorrectionEvaluation {
    private static final Pattern MARK = Pattern.compile("\\{([^{}]*?)=>([^{}]*?)@([a-z-]+)}");

    /** One marked error in a case sentence, located in the unmarked text. */
    public record Expected(int start, int end, String heard, List<String> correct, String kind) {
    }

    public record Case(int line, String text, List<Expected> errors) {
    }

    /** A flagged finding that matches no marked error, with where it happened. */
    public record FalseAlarm(Case where, Finding finding) {
    }

    /** A marked error the engine did not flag correctly. */
    public record Miss(Case where, Expected error, List<Finding> findings) {
    }

    public static final class Tally {
        int expected;
        int found;
        int flagged;
        int correct;

        public double recall() {
            return expected == 0 ? 1 : (double) found / expected;
        }

        public double precision() {
            return flagged == 0 ? 1 : (double) correct / flagged;
        }

        public int expected() {
            return expected;
        }

        public int flagged() {
            return flagged;
        }
    }

    public record Result(Map<String, Tally> byKind, Tally overall, List<Miss> misses, List<FalseAlarm> falseAlarms,
                         int cases, int traps) {
    }

    private CorrectionEvaluation() {
    }

    public static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        String[] lines = resource("cases.txt").split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank() || lines[i].startsWith("#")) continue;
            cases.add(parse(i + 1, lines[i]));
        }
        return cases;
    }

    static Case parse(int line, String marked) {
        StringBuilder text = new StringBuilder();
        List<Expected> errors = new ArrayList<>();
        Matcher m = MARK.matcher(marked);
        int copied = 0;
        while (m.find()) {
            text.append(marked, copied, m.start());
            int start = text.length();
            text.append(m.group(1));
            errors.add(new Expected(start, text.length(), m.group(1), Arrays.asList(m.group(2).split("\\|")), m.group(3)));
            copied = m.end();
        }
        text.append(marked.substring(copied));
        return new Case(line, text.toString(), errors);
    }

    /** The show's glossary plus every starter term without its misrecognitions (~500 terms). */
    public static List<GlossaryTerm> glossary() {
        List<GlossaryTerm> terms = new ArrayList<>(GlossaryFiles.read("eval/glossary.txt", resource("glossary.txt"),
                GlossaryFiles.Format.TEXT).terms());
        Set<String> have = new HashSet<>();
        terms.forEach(t -> have.add(t.term()));
        for (GlossaryTerm t : StarterGlossaries.all()) {
            if (have.add(t.term())) terms.add(t.withVariants(List.of()));
        }
        return terms;
    }

    public static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        long id = 1;
        for (String line : resource("rules.tsv").split("\\R")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t");
            rules.add(new Rule(id++, c[0], c[1], Boolean.parseBoolean(c[2]), true, ""));
        }
        return rules;
    }

    public static Result run(CorrectionEngine engine) {
        Map<String, Tally> byKind = new TreeMap<>();
        Tally overall = new Tally();
        List<Miss> misses = new ArrayList<>();
        List<FalseAlarm> falseAlarms = new ArrayList<>();
        List<Case> cases = cases();
        int traps = 0;
        for (Case c : cases) {
            if (c.errors().isEmpty()) traps++;
            List<Finding> findings = engine.scan(c.text()).stream()
                    .filter(f -> f.confidence() >= CorrectionEngine.HINT_BELOW).toList();
            for (Expected e : c.errors()) {
                Tally t = byKind.computeIfAbsent(e.kind(), k -> new Tally());
                t.expected++;
                overall.expected++;
                if (findings.stream().anyMatch(f -> matches(f, e))) {
                    t.found++;
                    overall.found++;
                } else {
                    misses.add(new Miss(c, e, findings));
                }
            }
            for (Finding f : findings) {
                Tally t = byKind.computeIfAbsent(f.rule(), k -> new Tally());
                t.flagged++;
                overall.flagged++;
                if (c.errors().stream().anyMatch(e -> matches(f, e))) {
                    t.correct++;
                    overall.correct++;
                } else {
                    falseAlarms.add(new FalseAlarm(c, f));
                }
            }
        }
        return new Result(byKind, overall, misses, falseAlarms, cases.size(), traps);
    }

    private static boolean matches(Finding f, Expected e) {
        return f.start() == e.start() && f.end() == e.end() && e.correct().contains(f.suggestion());
    }

    private static String resource(String name) {
        try (InputStream in = CorrectionEvaluation.class.getResourceAsStream("/eval/" + name)) {
            if (in == null) throw new IllegalStateException("eval/" + name + " is missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
