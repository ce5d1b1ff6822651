package org.showdesk.app;

import org.showdesk.draft.Exporter;
import org.showdesk.draft.Output;
import org.showdesk.draft.OutputFormat;
import org.showdesk.draft.TemplateSet;
import org.showdesk.files.AtomicWriter;

import java.nio.file.Path;

/** Drafts an episode's outputs with the show's own templates, and writes them without ever leaving half a file. */
public final class Publish {
    private final OpenShow show;

    public Publish(OpenShow show) {
        this.show = show;
    }

    public Output render(long episodeId, OutputFormat format) {
        var templates = TemplateSet.defaults().withOverrides(show.settings().templates());
        return new Exporter(templates).render(format, show.episodes().content(episodeId), show.name());
    }

    /**
     * Writes text to {@code target} through the one atomic writer: never half a file, never over a show, a
     * device or the input it was made from ({@code inputs}).
     */
    public static void writeAtomically(Path target, String text, Path... inputs) {
        AtomicWriter.writeText(target, text, inputs);
    }
}
