package org.showdesk.app;

import org.showdesk.correct.ChineseDictionary;
import org.showdesk.correct.CorrectionEngine;
import org.showdesk.correct.Fixer;
import org.showdesk.glossary.GlossaryFiles;
import org.showdesk.model.GlossaryImport;
import org.showdesk.glossary.StarterGlossaries;
import org.showdesk.draft.Exporter;
import org.showdesk.model.OutputFormat;
import org.showdesk.ingest.ImportedTranscript;
import org.showdesk.ingest.TranscriptFormat;
import org.showdesk.ingest.TranscriptReader;
import org.showdesk.model.Cue;
import org.showdesk.model.Episode;
import org.showdesk.model.EpisodeContent;
import org.showdesk.model.Finding;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.Transcript;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks and fixes a transcript file without a show: the same reader as import, the same engine as
 * the window. With a glossary file the engine uses exactly that glossary; without one, the bundled
 * starter glossaries.
 */
public final class FileCheck {
    private final ImportedTranscript transcript;
    private final CorrectionEngine engine;
    private final List<GlossaryImport.Warning> glossaryWarnings;

    private FileCheck(ImportedTranscript transcript, CorrectionEngine engine, List<GlossaryImport.Warning> warnings) {
        this.transcript = transcript;
        this.engine = engine;
        this.glossaryWarnings = warnings;
    }

    public static FileCheck of(Path transcriptFile, Path glossaryFileOrNull, Charset encodingOrNull) {
        // HanLP loads on the other core while the files are read and the glossary indexed.
        EpisodeCheck.loadChineseWordsInBackground();
        List<GlossaryTerm> terms;
        List<GlossaryImport.Warning> warnings;
        if (glossaryFileOrNull == null) {
            terms = StarterGlossaries.all();
            warnings = List.of();
        } else {
            GlossaryImport g = Glossaries.read(glossaryFileOrNull);
            terms = g.terms();
            warnings = g.warnings();
        }
        ImportedTranscript t = TranscriptReader.read(transcriptFile, encodingOrNull);
        CorrectionEngine engine = CorrectionEngine.build(terms, List.of(), ChineseDictionary.characterBoundaries());
        // A batch check has no window to refresh later: wait for word boundaries so results are complete.
        EpisodeCheck.awaitChineseWords();
        return new FileCheck(t, engine.withWords(EpisodeCheck.chineseWords()), warnings);
    }

    /** The transcript's text as read. */
    public String text() {
        return transcript.text();
    }

    public List<GlossaryImport.Warning> glossaryWarnings() {
        return glossaryWarnings;
    }

    public List<Finding> findings() {
        return engine.scan(transcript.text());
    }

    /** The findings with the Chinese typography fixes (style class) added, for {@code fix --style}. */
    private List<Finding> findings(boolean style) {
        return style ? engine.withTypography(transcript.text(), findings()) : findings();
    }

    /** Exactly the findings {@link #fixed(double, boolean)} applies, in text order. */
    public List<Finding> applied(double minConfidence, boolean style) {
        return Fixer.applied(transcript.text(), findings(style), minConfidence, style);
    }

    /** {@link #fixed(double, boolean)} without style findings. */
    public String fixed(double minConfidence) {
        return fixed(minConfidence, false);
    }

    /**
     * The transcript with every recognition finding at or above {@code minConfidence} applied (and style
     * findings when {@code style}), in the file's own shape: subtitles stay subtitles with their timings,
     * plain text keeps every line.
     */
    public String fixed(double minConfidence, boolean style) {
        String text = transcript.text();
        String fixedText = Fixer.apply(text, findings(style), minConfidence, style);
        TranscriptFormat format = transcript.format();
        if (format != TranscriptFormat.SRT && format != TranscriptFormat.VTT) return fixedText;
        // The fixer keeps line N as line N, so each cue takes back as many lines as it had.
        String[] lines = fixedText.split("\n", -1);
        List<Cue> cues = new ArrayList<>();
        int line = 0;
        for (Cue c : transcript.cues()) {
            int count = (int) c.text().chars().filter(ch -> ch == '\n').count();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < count; i++) sb.append(lines[line++]).append('\n');
            cues.add(c.withText(sb.toString()));
        }
        Episode episode = new Episode(0, transcript.sourceName(), transcript.sourceName(), format.id(), null,
                cues.size(), fixedText.length());
        EpisodeContent content = new EpisodeContent(episode, new Transcript(cues), List.of(), List.of());
        return new Exporter().render(format == TranscriptFormat.SRT ? OutputFormat.SRT : OutputFormat.VTT, content,
                "").text();
    }

    /** Where the lines of the last text asked about start: one pass per text, not one per finding. */
    private record LineStarts(String text, int[] starts) {
    }

    private static volatile LineStarts lastLines;

    /** 1-based line and column of an offset, for messages a host can find in an editor. */
    public static int[] lineAndColumn(String text, int offset) {
        LineStarts lines = lastLines;
        if (lines == null || lines.text() != text) {
            int[] starts = new int[16];
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) != '\n') continue;
                if (count == starts.length) starts = java.util.Arrays.copyOf(starts, count * 2);
                starts[count++] = i + 1;
            }
            lines = new LineStarts(text, java.util.Arrays.copyOf(starts, count));
            lastLines = lines;
        }
        int at = Math.min(Math.max(offset, 0), text.length());
        int index = java.util.Arrays.binarySearch(lines.starts(), at);
        int line = index >= 0 ? index : -index - 2;
        return new int[]{line + 1, offset - lines.starts()[line] + 1};
    }
}
