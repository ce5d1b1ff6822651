package org.showdesk.draft;

import org.showdesk.model.Cue;
import org.showdesk.model.EntryKind;
import org.showdesk.model.Transcript;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-labelled transcript from src/test/resources/draft/ (format in its README): the transcript as
 * the importer would give it (one paragraph cut into sentence cues, ids 1..n) and the true segments.
 */
public record SplitFixture(String name, Transcript transcript, List<Segment> segments) {
    /** The splitter was developed against these. */
    public static final List<String> TUNING = List.of("weekly-research", "weekly-industry", "weekly-mixed",
            "weekly-cn-names");
    /** Written afterwards; only its outro phrasing was used to change the splitter (see the file's header). */
    public static final List<String> HELD_OUT = List.of("weekly-heldout");
    /** Written after every change and measured once; never used to change the splitter. */
    public static final List<String> UNSEEN = List.of("weekly-unseen");
    /**
     * Written before the title, category and opener work and measured once after it; kept out of the
     * default bench run and the unit tests so nobody tunes against it by accident.
     */
    public static final List<String> SEALED = List.of("weekly-sealed");
    /** Titles, summaries and source links: tuned on these two, each with its list of sources (…sources.md). */
    public static final List<String> SOURCES_TUNING = List.of("weekly-sources-a", "weekly-sources-b");
    /** Written with the two above, before any of their rules; measured once (SourcesEvaluationTest). */
    public static final List<String> SOURCES_SEALED = List.of("weekly-sources-sealed");

    /** The fixture's list of sources, as a host keeps it. */
    public static String sourcesOf(String name) {
        try (InputStream in = SplitFixture.class.getResourceAsStream("/draft/" + name + ".sources.md")) {
            if (in == null) throw new IllegalArgumentException("no sources for " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A true entry: its kind, the index of its first cue and, for labelled items, the title and category a
     * host would give it ({@code null} when the line carries no labels; "" when the right answer is blank).
     */
    public record Segment(EntryKind kind, int firstCue, String title, String category, List<String> what) {
        public Segment(EntryKind kind, int firstCue, String title, String category) {
            this(kind, firstCue, title, category, List.of());
        }

        public boolean labelled() {
            return title != null;
        }
    }

    /** @param timed give cues times as a host's video would have (about a quarter second per character) */
    public static SplitFixture load(String name, boolean timed) {
        String text;
        try (InputStream in = SplitFixture.class.getResourceAsStream("/draft/" + name + ".txt")) {
            if (in == null) throw new IllegalArgumentException("no fixture " + name);
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Cue> cues = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        long clock = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] fields = line.split("\\|", -1);
            boolean labelled = fields.length == 4 || fields.length == 5;
            if (!labelled && fields.length != 2) throw new IllegalArgumentException(name + ": bad line " + line);
            List<String> what = fields.length == 5 ? List.of(fields[3].strip().split("/")) : List.of();
            segments.add(new Segment(EntryKind.valueOf(fields[0]), cues.size(),
                    labelled ? fields[1].strip() : null, labelled ? fields[2].strip() : null, what));
            for (String sentence : sentences(fields[fields.length - 1].strip())) {
                long length = sentence.length() * 250L;
                Cue cue = timed ? Cue.of(clock, clock + length, sentence) : Cue.of(null, null, sentence);
                cues.add(cue.withId(cues.size() + 1));
                clock += length;
            }
        }
        return new SplitFixture(name, new Transcript(cues), segments);
    }

    /** Cuts after 。！？!? the way a sentence-cue importer does; the punctuation stays with its sentence. */
    public static List<String> sentences(String paragraph) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            if ("。！？!?".indexOf(paragraph.charAt(i)) >= 0) {
                out.add(paragraph.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < paragraph.length()) out.add(paragraph.substring(start));
        return out;
    }
}
