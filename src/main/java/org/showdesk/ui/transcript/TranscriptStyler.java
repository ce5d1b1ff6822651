package org.showdesk.ui.transcript;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.showdesk.model.Finding;
import org.showdesk.model.FindingKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns marks into the style classes of the transcript area: a pure function, so it runs off the
 * JavaFX thread and only the finished spans are handed to the editor.
 *
 * <p>Findings are coloured by confidence (high, mid, low) and drawn by kind (sound-alike, spelling,
 * number, host rule); applied corrections are green, hand edits grey; entries alternate a faint band
 * so their boundaries show without changing the text.
 */
public final class TranscriptStyler {
    public static final double HIGH = 0.8;
    public static final double MID = 0.5;

    private TranscriptStyler() {
    }

    public static String band(double confidence) {
        return confidence >= HIGH ? "high" : confidence >= MID ? "mid" : "low";
    }

    public static String kind(FindingKind kind) {
        return switch (kind) {
            case KNOWN_VARIANT, PINYIN, NEAR_PINYIN, TRANSLITERATION -> "sound";
            case CASE_SPACE, PHONETIC -> "spelling";
            case NUMBER_UNIT -> "number";
            case NAME_STYLE, TYPOGRAPHY -> "style";
            case USER_RULE -> "rule";
        };
    }

    private record Range(int start, int end, List<String> classes) {
    }

    /** Styles for the text as the editor shows it: {@code paragraphs} says where it shows extra line breaks. */
    public static StyleSpans<Collection<String>> styles(int textLength, TranscriptMarks marks, Paragraphs paragraphs) {
        List<Range> ranges = new ArrayList<>();
        for (Range r : modelRanges(marks)) {
            int start = paragraphs.toDisplay(r.start());
            ranges.add(new Range(start, Math.max(start, paragraphs.toDisplayEnd(r.end())), r.classes()));
        }
        return sweep(textLength + paragraphs.breaks().length, ranges);
    }

    private static List<Range> modelRanges(TranscriptMarks marks) {
        List<Range> ranges = new ArrayList<>();
        for (TranscriptMarks.EntrySpan e : marks.entries()) {
            ranges.add(new Range(e.start(), e.end(), List.of(e.index() % 2 == 0 ? "entry-even" : "entry-odd")));
        }
        for (TranscriptMarks.CorrectionMark c : marks.corrections()) {
            ranges.add(new Range(c.start(), c.end(), List.of(c.manual() ? "edited" : "corrected")));
        }
        for (Finding f : marks.findings()) {
            ranges.add(new Range(f.start(), f.end(),
                    List.of("finding", "finding-" + band(f.confidence()), "kind-" + kind(f.kind()))));
        }
        return ranges;
    }

    private static StyleSpans<Collection<String>> sweep(int length, List<Range> ranges) {
        // Sweep over every boundary; each stretch between two boundaries gets the classes of the ranges covering it.
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(length);
        for (Range r : ranges) {
            cuts.add(clamp(r.start(), length));
            cuts.add(clamp(r.end(), length));
        }
        ranges.sort(java.util.Comparator.comparingInt(Range::start));
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        List<Range> active = new ArrayList<>();
        int next = 0;
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            while (next < ranges.size() && ranges.get(next).start() <= from) active.add(ranges.get(next++));
            int at = from;
            active.removeIf(r -> r.end() <= at);
            Set<String> classes = new TreeSet<>();
            for (Range r : active) classes.addAll(r.classes());
            spans.add(classes.isEmpty() ? List.of() : List.copyOf(classes), to - from);
            from = to;
        }
        if (length == 0) spans.add(List.of(), 0);
        return spans.create();
    }

    private static int clamp(int v, int length) {
        return Math.max(0, Math.min(v, length));
    }
}
