package org.showdesk.app;

import org.showdesk.draft.ExportOptions;
import org.showdesk.draft.Exporter;
import org.showdesk.draft.Output;
import org.showdesk.draft.OutputFormat;
import org.showdesk.draft.TemplateSet;
import org.showdesk.files.AtomicWriter;
import org.showdesk.text.ChineseScript;
import org.showdesk.text.LatinSpacing;

import java.nio.file.Path;

/** Drafts an episode's outputs with the show's own templates, and writes them without ever leaving half a file. */
public final class Publish {
    /** The show setting that holds its {@link LatinSpacing} id: space, no-space or keep. */
    public static final String LATIN_SPACING_SETTING = "latin-spacing";
    private final OpenShow show;

    public Publish(OpenShow show) {
        this.show = show;
    }

    public Output render(long episodeId, OutputFormat format) {
        return render(episodeId, format, ChineseScript.SIMPLIFIED);
    }

    /** With the show's glossary, whose names typography and the Traditional conversion leave as spelled. */
    public Output render(long episodeId, OutputFormat format, ChineseScript script) {
        var templates = TemplateSet.defaults().withOverrides(show.settings().templates());
        var options = new ExportOptions(script, show.glossary().list(), latinSpacing());
        return new Exporter(templates).render(format, show.episodes().content(episodeId), show.name(), options);
    }

    /** The show's style for a space between Chinese and Latin words (setting "latin-spacing"); unset or unknown: as typed. */
    private LatinSpacing latinSpacing() {
        LatinSpacing unset = ExportOptions.defaults().spacing();
        try {
            return show.settings().setting(LATIN_SPACING_SETTING).map(LatinSpacing::parse).orElse(unset);
        } catch (IllegalArgumentException unknown) {
            return unset;
        }
    }

    /**
     * Writes text to {@code target} through the one atomic writer: never half a file, never over a show, a
     * device or the input it was made from ({@code inputs}).
     */
    public static void writeAtomically(Path target, String text, Path... inputs) {
        AtomicWriter.writeText(target, text, inputs);
    }
}
