package org.showdesk.correct;

import org.showdesk.model.Finding;
import org.showdesk.model.FindingKind;
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
 * Runs a labelled evaluation set (src/test/resources/eval: {@link #TUNING}, {@link #SEALED}, the unseen
 * episode) through the engine and counts, per kind of error, what was found, missed and falsely flagged.
 * Style findings (name style, typography) are tallied under their kind but never in the overall
 * recognition figures. Shared by the quality tests and the benches.
 */
public final class CorrectionEvaluation {
    /** The part the engine was tuned on. */
    public static final String TUNING = "tuning.txt";
    /** The part kept out of tuning; quality floors are asserted on it. */
    public static final String SEALED = "sealed.txt";
    /** One episode-length transcript with its own glossary of correct terms only. */
    public static final String UNSEEN_EPISODE = "unseen-episode.txt";

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

    /** A finding at any confidence (hints too) and whether it was right: the data of a calibration table. */
    public record Scored(Finding finding, boolean right) {
    }

    public record Result(Map<String, Tally> byKind, Tally overall, List<Miss> misses, List<FalseAlarm> falseAlarms,
                         int cases, int traps, List<Scored> scored) {
    }

    private CorrectionEvaluation() {
    }

    public static List<Case> cases(String file) {
        List<Case> cases = new ArrayList<>();
        String[] lines = resource(file).split("\\R");
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

    /** The glossary of the unseen episode: its correct terms only, no misrecognitions, no starters. */
    public static List<GlossaryTerm> unseenEpisodeGlossary() {
        return GlossaryFiles.read("eval/unseen-glossary.txt", resource("unseen-glossary.txt"),
                GlossaryFiles.Format.TEXT).terms();
    }

    /** The show's glossary plus every starter term without its misrecognitions. */
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

    public static Result run(CorrectionEngine engine, String file) {
        Map<String, Tally> byKind = new TreeMap<>();
        Tally overall = new Tally();
        List<Miss> misses = new ArrayList<>();
        List<FalseAlarm> falseAlarms = new ArrayList<>();
        List<Case> cases = cases(file);
        List<Scored> scored = new ArrayList<>();
        int traps = 0;
        for (Case c : cases) {
            if (c.errors().isEmpty()) traps++;
            List<Finding> all = engine.scan(c.text());
            for (Finding f : all) scored.add(new Scored(f, c.errors().stream().anyMatch(e -> matches(f, e))));
            List<Finding> findings = all.stream()
                    .filter(f -> f.confidence() >= CorrectionEngine.HINT_BELOW).toList();
            for (Expected e : c.errors()) {
                Tally t = byKind.computeIfAbsent(e.kind(), k -> new Tally());
                boolean recognition = !FindingKind.parse(e.kind()).isStyle();
                t.expected++;
                if (recognition) overall.expected++;
                if (findings.stream().anyMatch(f -> matches(f, e))) {
                    t.found++;
                    if (recognition) overall.found++;
                } else {
                    misses.add(new Miss(c, e, findings));
                }
            }
            for (Finding f : findings) {
                Tally t = byKind.computeIfAbsent(f.rule(), k -> new Tally());
                t.flagged++;
                if (!f.isStyle()) overall.flagged++;
                if (c.errors().stream().anyMatch(e -> matches(f, e))) {
                    t.correct++;
                    if (!f.isStyle()) overall.correct++;
                } else {
                    falseAlarms.add(new FalseAlarm(c, f));
                }
            }
        }
        return new Result(byKind, overall, misses, falseAlarms, cases.size(), traps, scored);
    }

    private static boolean matches(Finding f, Expected e) {
        return f.start() == e.start() && f.end() == e.end() && e.correct().contains(f.suggestion());
    }

    /** The ordinary prose of eval/prose (every file), for counting false findings in text without errors. */
    public static Map<String, String> prose() {
        Map<String, String> texts = new TreeMap<>();
        for (String name : resource("prose/index.txt").split("\\R")) {
            if (!name.isBlank() && !name.startsWith("#")) texts.put(name.strip(), resource("prose/" + name.strip()));
        }
        return texts;
    }

    static String resource(String name) {
        try (InputStream in = CorrectionEvaluation.class.getResourceAsStream("/eval/" + name)) {
            if (in == null) throw new IllegalStateException("eval/" + name + " is missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
