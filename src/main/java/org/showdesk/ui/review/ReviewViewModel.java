package org.showdesk.ui.review;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.showdesk.model.Finding;
import org.showdesk.ui.transcript.TranscriptStyler;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The review of all open findings of an episode: a tick for each, ticking by confidence band or by
 * rule, and applying exactly the ticked ones in one step. Nothing is ticked until the host ticks it.
 */
public final class ReviewViewModel {
    /** How the table groups its rows. */
    public enum Grouping {
        TERM("Term", Finding::term),
        RULE("Rule", Finding::rule),
        CONFIDENCE("Confidence", f -> TranscriptStyler.band(f.confidence()));

        private final String label;
        private final Function<Finding, String> key;

        Grouping(String label, Function<Finding, String> key) {
            this.label = label;
            this.key = key;
        }

        public String key(Finding f) {
            return key.apply(f);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** One finding, its surrounding words and whether it is ticked. */
    public static final class Row {
        private final Finding finding;
        private final String before;
        private final String after;
        private final BooleanProperty ticked = new SimpleBooleanProperty(false);

        Row(Finding finding, String text) {
            this.finding = finding;
            this.before = text.substring(Math.max(0, finding.start() - 14), finding.start());
            this.after = text.substring(finding.end(), Math.min(text.length(), finding.end() + 14));
        }

        public Finding finding() {
            return finding;
        }

        /** The finding in a few words of its sentence, e.g. "…发布了新一代 [智普AI] 基座模型…". */
        public String context() {
            return "…" + before + " [" + finding.found() + "] " + after + "…";
        }

        public BooleanProperty tickedProperty() {
            return ticked;
        }

        public boolean isTicked() {
            return ticked.get();
        }

        public void setTicked(boolean value) {
            ticked.set(value);
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final ReadOnlyIntegerWrapper tickedCount = new ReadOnlyIntegerWrapper(0);
    private final Consumer<List<Finding>> applier;
    private final Consumer<List<Finding>> rejecter;
    private final boolean canApply;

    public ReviewViewModel(List<Finding> findings, String text, Consumer<List<Finding>> applier) {
        this(findings, text, applier, f -> { }, true);
    }

    /**
     * @param findings the episode's open findings
     * @param text     the text they were found in, for context
     * @param applier  applies a list of findings as one step (the transcript's view model)
     * @param canApply false for a show open read-only: findings can be reviewed and ticked, never applied
     */
    public ReviewViewModel(List<Finding> findings, String text, Consumer<List<Finding>> applier,
                           Consumer<List<Finding>> rejecter, boolean canApply) {
        this.applier = applier;
        this.rejecter = rejecter;
        this.canApply = canApply;
        for (Finding f : findings) {
            Row r = new Row(f, text);
            r.tickedProperty().addListener((obs, was, now) -> tickedCount.set(tickedCount.get() + (now ? 1 : -1)));
            rows.add(r);
        }
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * Rows grouped by {@code grouping}, rows in text order and groups in the order their first finding comes
     * in the transcript — the order the host reads and hears the episode in.
     */
    public Map<String, List<Row>> grouped(Grouping grouping) {
        List<Row> inTextOrder = new ArrayList<>(rows);
        inTextOrder.sort(Comparator.comparingInt(r -> r.finding().start()));
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Row r : inTextOrder) groups.computeIfAbsent(grouping.key(r.finding()), k -> new ArrayList<>()).add(r);
        return groups;
    }

    /** How many findings each rule raised, most first. */
    public Map<String, Long> hitsPerRule() {
        Map<String, Long> counts = new TreeMap<>();
        for (Row r : rows) counts.merge(r.finding().rule(), 1L, Long::sum);
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** How many findings fall in each confidence band ("high", "mid", "low"). */
    public Map<String, Long> hitsPerBand() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String band : List.of("high", "mid", "low")) counts.put(band, 0L);
        for (Row r : rows) counts.merge(TranscriptStyler.band(r.finding().confidence()), 1L, Long::sum);
        return counts;
    }

    public void tickBand(String band, boolean ticked) {
        tickWhere(f -> TranscriptStyler.band(f.confidence()).equals(band), ticked);
    }

    public void tickRule(String rule, boolean ticked) {
        tickWhere(f -> f.rule().equals(rule), ticked);
    }

    public void tickAll(boolean ticked) {
        tickWhere(f -> true, ticked);
    }

    private void tickWhere(Predicate<Finding> which, boolean ticked) {
        for (Row r : rows) if (which.test(r.finding())) r.setTicked(ticked);
    }

    public ReadOnlyIntegerProperty tickedCountProperty() {
        return tickedCount.getReadOnlyProperty();
    }

    /** Exactly the ticked findings, in text order. */
    public List<Finding> ticked() {
        return rows.stream().filter(Row::isTicked).map(Row::finding)
                .sorted(Comparator.comparingInt(Finding::start)).toList();
    }

    /** False while the show is open read-only: "Apply" is disabled rather than failing on the write. */
    public boolean canApply() {
        return canApply;
    }

    /** Rejects exactly the ticked findings in this episode, in one step; returns how many (none in a read-only show). */
    public int rejectTicked() {
        if (!canApply) return 0;
        List<Finding> chosen = ticked();
        if (!chosen.isEmpty()) rejecter.accept(chosen);
        return chosen.size();
    }

    /** Applies exactly the ticked findings, all in one step; returns how many (none in a read-only show). */
    public int apply() {
        if (!canApply) return 0;
        List<Finding> chosen = ticked();
        if (!chosen.isEmpty()) applier.accept(chosen);
        return chosen.size();
    }
}
