package org.showdesk.app;

import org.showdesk.draft.ExportOptions;
import org.showdesk.draft.Exporter;
import org.showdesk.draft.ReadyCheck;
import org.showdesk.model.ReadyItem;
import org.showdesk.model.ReadyReport;
import org.showdesk.model.Output;
import org.showdesk.model.OutputFormat;
import org.showdesk.draft.TemplateSet;
import org.showdesk.files.AtomicWriter;
import org.showdesk.model.LatinSpacing;
import org.showdesk.model.ChineseScript;
import org.showdesk.model.EpisodeContent;
import org.showdesk.model.ShowdeskException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every output of an episode, the same for the window's preview and the command line's export: rendered with
 * the show's own templates from the episode as it is in memory, and written through the one atomic writer.
 */
public final class Publishing {
    /** The show setting that holds its {@link LatinSpacing} id: space, no-space or keep. */
    public static final String LATIN_SPACING_SETTING = "latin-spacing";
    /** About this many characters of a YouTube chapter title show; entry titles become chapter titles. */
    public static final int CHAPTER_TITLE_CHARS = org.showdesk.draft.PlatformLimits.YOUTUBE_CHAPTER_TITLE_CHARS;

    private final OpenShow show;

    public Publishing(OpenShow show) {
        this.show = show;
    }

    /** The show's templates: the bundled ones with the host's changes over them. */
    public TemplateSet templates() {
        return TemplateSet.defaults().withOverrides(show.templateOverrides());
    }

    public Output render(OpenEpisode.State state, OutputFormat format) {
        return render(state, format, ChineseScript.SIMPLIFIED);
    }

    /** In {@code script}; the glossary's names keep their spelling (or their own Traditional form). */
    public Output render(OpenEpisode.State state, OutputFormat format, ChineseScript script) {
        return new Exporter(templates(), ChineseWordBreaks.INSTANCE).render(format, content(state), show.name(), options(script));
    }

    /** The show notes as one styled fragment for the clipboard (rich editors paste it cleanly). */
    public String showNotesFragment(OpenEpisode.State state, ChineseScript script) {
        return new Exporter(templates()).showNotesFragment(content(state), show.name(), options(script));
    }

    /** The WeChat article as one inline-styled fragment for the 公众号 editor's clipboard paste. */
    public String wechatFragment(OpenEpisode.State state) {
        return new Exporter(templates()).wechatFragment(content(state), show.name(), options(ChineseScript.SIMPLIFIED));
    }

    /** The values the templates see, for the template editor's field list. */
    public Map<String, Object> templateValues(OpenEpisode.State state) {
        return new Exporter(templates()).templateValues(content(state), show.name(), options(ChineseScript.SIMPLIFIED));
    }

    /** What every output of this show is drafted with: its glossary's names and its style of Chinese–Latin spacing. */
    ExportOptions options(ChineseScript script) {
        return new ExportOptions(script, show.glossaryTerms(), latinSpacing());
    }

    /** Sets the show's style for the gap between Chinese and Latin words in every draft. */
    public void setLatinSpacing(LatinSpacing spacing) {
        show.putSetting(LATIN_SPACING_SETTING, spacing.id());
    }

    /** The show's style for a space between Chinese and Latin words (setting "latin-spacing"); unset or unknown: as typed. */
    public LatinSpacing latinSpacing() {
        LatinSpacing unset = ExportOptions.defaults().spacing();
        try {
            return show.setting(LATIN_SPACING_SETTING).map(LatinSpacing::parse).orElse(unset);
        } catch (IllegalArgumentException unknown) {
            return unset;
        }
    }

    /**
     * "Ready to publish?": what still needs the host — items without a title, summary, link or time, fields and
     * outputs over a limit, findings nobody has decided on, and the host's sources no entry talks about.
     */
    public ReadyReport ready(OpenEpisode.State state) {
        ReadyReport report = new ReadyCheck(new Exporter(templates())).check(content(state), show.name(),
                options(ChineseScript.SIMPLIFIED));
        List<ReadyItem> more = new ArrayList<>();
        // Counted as review counts them (FindingCount): a low-confidence finding review lists is open work too.
        FindingCount count = FindingCount.of(state.findings());
        int open = count.recognition();
        if (open > 0) {
            more.add(new ReadyItem(ReadyItem.Kind.OPEN_FINDINGS, 0, open + " possible recognition error"
                    + (open == 1 ? "" : "s") + " not decided on yet — accept or reject "
                    + (open == 1 ? "it" : "them") + " (Ctrl+R in the window, or review / accept / reject)."));
        }
        if (count.style() > 0) {
            more.add(new ReadyItem(ReadyItem.Kind.OPEN_STYLE_FIXES, 0, count.style() + " style fix"
                    + (count.style() == 1 ? "" : "es") + " (Chinese typography, the spelling style of names) not "
                    + "decided on yet — apply or reject them (the Style switch in the window, or review --style)."));
        }
        if (!state.sources().isEmpty() && !state.entries().isEmpty()) {
            for (var s : EpisodeSources.link(state.entries(), state.transcript(), state.sources()).unmatched()) {
                String name = s.names().isEmpty() ? s.title() : s.names().get(0);
                more.add(new ReadyItem(ReadyItem.Kind.UNMATCHED_SOURCE, 0, "Source \"" + name + "\" (line " + s.line()
                        + " of the list) is on no entry — attach its link by hand, or check that the episode covers it."));
            }
        }
        return report.with(more);
    }

    /** Writes one output; returns what to tell the host (where it went, and the warnings). */
    public String export(OpenEpisode.State state, OutputFormat format, Path file) {
        return export(state, format, file, ChineseScript.SIMPLIFIED);
    }

    /** Writes one output in {@code script} (outputs without a Traditional version stay Simplified, with a note). */
    public String export(OpenEpisode.State state, OutputFormat format, Path file, ChineseScript script) {
        Output output = render(state, format, script);
        write(file, output.text());
        String warnings = String.join(" ", output.warnings());
        return "Exported " + format.cliName() + " to " + file + (warnings.isEmpty() ? "." : ". " + warnings);
    }

    /**
     * Writes every output into {@code folder} (named like "第1期-bilibili.txt", "第1期.srt"). An output that
     * cannot be made (subtitles of an untimed transcript, a broken template) is named in the message; the
     * others are still written.
     */
    public String exportAll(OpenEpisode.State state, Path folder) {
        Exporter exporter = new Exporter(templates(), ChineseWordBreaks.INSTANCE);
        ExportOptions options = options(ChineseScript.SIMPLIFIED);
        EpisodeContent c = content(state);
        String base = baseName(state);
        List<String> written = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<EpisodeMedia.AttachedFile> media = new EpisodeMedia(show).attachedFiles();
        ExportOptions traditional = options(ChineseScript.TRADITIONAL);
        for (OutputFormat format : OutputFormat.values()) {
            write(exporter, format, c, options, folder.resolve(format.fileName(base)), media, written, skipped);
            // For YouTube's Taiwan and Hong Kong audience, the outputs that have a Traditional version get one too.
            if (format.convertsScript()) {
                write(exporter, format, c, traditional, folder.resolve(format.fileName(base + "." + ChineseScript.TRADITIONAL.languageTag())),
                        media, written, skipped);
            }
        }
        return "Exported " + written.size() + " files to " + folder + ": " + String.join(", ", written) + "."
                + (skipped.isEmpty() ? "" : " Not exported: " + String.join("; ", skipped));
    }

    private void write(Exporter exporter, OutputFormat format, EpisodeContent c, ExportOptions options, Path file,
                       List<EpisodeMedia.AttachedFile> media, List<String> written, List<String> skipped) {
        String text;
        try {
            text = exporter.render(format, c, show.name(), options).text();
        } catch (ShowdeskException e) {
            String what = format.cliName() + (options.script().isTraditional() ? " (" + options.script().id() + ")" : "");
            if (skipped.stream().noneMatch(s -> s.startsWith(format.cliName() + " ("))) {
                skipped.add(what + " (" + e.getMessage() + ")");
            }
            return;
        }
        refuseAttachedMedia(file, media);
        AtomicWriter.writeText(file, text, show.file());
        written.add(file.getFileName().toString());
    }

    /**
     * Writes an output of this show to {@code target} through the one atomic writer: never over the show, its
     * working files, another show or a device, and never over the audio or video attached to any of its episodes
     * (found as {@code media where} finds it, so another name of the same file is caught too).
     */
    public void write(Path target, String text) {
        refuseAttachedMedia(target, new EpisodeMedia(show).attachedFiles());
        AtomicWriter.writeText(target, text, show.file());
    }

    private void refuseAttachedMedia(Path target, List<EpisodeMedia.AttachedFile> media) {
        for (EpisodeMedia.AttachedFile m : media) {
            if (AtomicWriter.samePlace(target, m.file())) {
                throw new ShowdeskException("Will not write to " + target + ": it is the recording attached to episode "
                        + m.episodeId() + " (" + m.episodeTitle() + ") of " + show.file().getFileName() + " (" + m.file()
                        + "), and the output would destroy it. Nothing was written. Choose another file name, for "
                        + "example one ending in .srt, .md or .txt.");
            }
        }
    }

    /** The episode's name made safe for file names, for suggested export names. */
    public static String baseName(OpenEpisode.State state) {
        String t = state.episode().title().strip().replaceAll("[\\\\/:*?\"<>|\\s]+", "-");
        return t.isEmpty() ? "episode-" + state.episodeId() : t;
    }

    /**
     * Writes text to {@code target} through the one atomic writer: never half a file, never over a show, a
     * device or the input it was made from ({@code inputs}).
     */
    public static void writeAtomically(Path target, String text, Path... inputs) {
        AtomicWriter.writeText(target, text, inputs);
    }

    static EpisodeContent content(OpenEpisode.State s) {
        return new EpisodeContent(s.episode(), s.transcript(), s.entries(), s.corrections());
    }
}
