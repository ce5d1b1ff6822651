package org.showdesk.draft;

import org.showdesk.model.EpisodeContent;
import org.showdesk.model.Link;
import org.showdesk.model.Entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one entry point for every output of an episode. Pure: no files, no store; the caller saves or
 * copies {@link Output#text()}. Nothing is ever cut to fit a platform — lengths come back as
 * {@link LengthReport}s and problems as notes.
 */
public final class Exporter {
    private final TemplateSet templates;

    public Exporter(TemplateSet templates) {
        this.templates = templates;
    }

    /** With the default templates. */
    public Exporter() {
        this(TemplateSet.defaults());
    }

    /**
     * @param showName the show's name, used in titles, tags and the JSON
     * @throws TemplateException              when a template of the show is broken (with line and column)
     * @throws org.showdesk.model.ShowdeskException for SRT/VTT of a transcript without timings
     */
    public Output render(OutputFormat format, EpisodeContent content, String showName) {
        List<String> notes = new ArrayList<>();
        return switch (format) {
            case BILIBILI -> platform(format, content, showName, notes);
            case YOUTUBE -> platform(format, content, showName, notes);
            case MD -> plain(format, markdown(content, showName, notes), notes);
            case HTML -> plain(format, ShowNotesHtml.page(content.episode().title(), markdown(content, showName, notes)), notes);
            case TXT -> plain(format, TranscriptExport.txt(content.transcript()), notes);
            case SRT -> plain(format, TranscriptExport.srt(content.episode(), content.transcript(), notes), notes);
            case VTT -> plain(format, TranscriptExport.vtt(content.episode(), content.transcript(), notes), notes);
            case JSON -> plain(format, EpisodeJson.write(content, showName), notes);
        };
    }

    /**
     * The show notes as one styled {@code <article>} element (no page around it), to put on the clipboard
     * as HTML: pasted into a rich editor it keeps its look. Same safety as the HTML export.
     */
    public String showNotesFragment(EpisodeContent content, String showName) {
        return ShowNotesHtml.fragment(markdown(content, showName, new ArrayList<>()));
    }

    /** The values the templates see, e.g. for a template editor's preview or field list. */
    public Map<String, Object> templateValues(EpisodeContent content, String showName) {
        Chapters.Plan chapters = Chapters.plan(content.entries(), content.transcript());
        List<String> tags = TitleAndTags.tags(showName, content.entries());
        return TemplateValues.of(content, showName, chapters, title(content, showName, chapters, tags), tags);
    }

    private Output platform(OutputFormat format, EpisodeContent content, String showName, List<String> notes) {
        Chapters.Plan chapters = Chapters.plan(content.entries(), content.transcript());
        List<String> tags = TitleAndTags.tags(showName, content.entries());
        String title = title(content, showName, chapters, tags);
        Map<String, Object> values = TemplateValues.of(content, showName, chapters, title, tags);
        noteUnpublishableLinks(content, notes);
        if (format == OutputFormat.BILIBILI) {
            String text = tidy(templates.render("bilibili", values));
            return new Output(format, text, PlatformLimits.bilibili(text, title, tags), notes, title, tags);
        }
        notes.addAll(chapters.notes());
        String text = tidy(templates.render("youtube", values));
        notes.addAll(PlatformLimits.youtubeDescriptionProblems(text));
        return new Output(format, text, PlatformLimits.youtube(text, title), notes, title, tags);
    }

    private String title(EpisodeContent content, String showName, Chapters.Plan chapters, List<String> tags) {
        Map<String, Object> values = TemplateValues.of(content, showName, chapters, "", tags);
        return TitleAndTags.firstLine(templates.render("title", values));
    }

    private String markdown(EpisodeContent content, String showName, List<String> notes) {
        noteUnpublishableLinks(content, notes);
        return tidy(templates.render("md", templateValues(content, showName)));
    }

    private static Output plain(OutputFormat format, String text, List<String> notes) {
        List<LengthReport> lengths = List.of(LengthReport.unlimited(format.cliName(), "characters", PlatformLimits.characters(text)));
        return new Output(format, text, lengths, notes, "", List.of());
    }

    private static void noteUnpublishableLinks(EpisodeContent content, List<String> notes) {
        for (Entry e : content.entries()) {
            for (LinkIssue issue : Links.check(e.links())) {
                if (issue.problem() == LinkIssue.Problem.INVALID) {
                    Link link = e.links().get(issue.index());
                    notes.add("Left out of \"" + (e.title().isBlank() ? "untitled entry" : e.title()) + "\": "
                            + link.url() + " — " + issue.message());
                }
            }
        }
    }

    /** Templates leave runs of blank lines where optional sections were empty; two line breaks are enough. */
    static String tidy(String text) {
        String t = text.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
        return t + "\n";
    }
}
