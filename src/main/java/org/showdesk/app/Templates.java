package org.showdesk.app;

import org.showdesk.draft.Exporter;
import org.showdesk.model.Output;
import org.showdesk.model.OutputFormat;
import org.showdesk.draft.TemplateSet;
import org.showdesk.model.Template;

import java.util.List;
import java.util.Map;

/** The show's output templates: the bundled defaults and the host's own versions of them. */
public final class Templates {
    private final OpenShow show;

    public Templates(OpenShow show) {
        this.show = show;
    }

    /** The templates a host can edit, in the editor's order. */
    public static List<String> names() {
        return TemplateSet.NAMES;
    }

    /** The host's version of {@code name}, or the bundled one. */
    public String body(String name) {
        return show.templateOverrides().getOrDefault(name, TemplateSet.defaults().defaultBody(name));
    }

    public boolean isCustomized(String name) {
        return show.templateOverrides().containsKey(name);
    }

    /**
     * Saves the host's version as typed, even with a mistake in it (nothing the host typed is lost): outputs
     * made from it then say where the mistake is; {@link #check} tells it at once.
     */
    public void save(String name, String body) {
        show.settings().saveTemplate(new Template(name, body));
        show.templatesChanged();
    }

    /** Refuses a body with a mistake, naming its line and column ({@code TemplateException}). */
    public static void check(String name, String body) {
        TemplateSet.check(name, body);
    }

    /** Goes back to the bundled version. */
    public void reset(String name) {
        show.settings().resetTemplate(name);
        show.templatesChanged();
    }

    /**
     * {@code body} as template {@code name} filled in with the episode (not saved): what the editor previews.
     * Throws the template's mistake with its line and column.
     */
    public String preview(String name, String body, OpenEpisode.State state) {
        Map<String, String> overrides = new java.util.HashMap<>(show.templateOverrides());
        overrides.put(name, body);
        TemplateSet set = TemplateSet.defaults().withOverrides(Map.copyOf(overrides));
        TemplateSet.check(name, body);
        Exporter exporter = new Exporter(set);
        var content = Publishing.content(state);
        return switch (name) {
            case "bilibili" -> exporter.render(OutputFormat.BILIBILI, content, show.name()).text();
            case "youtube" -> exporter.render(OutputFormat.YOUTUBE, content, show.name()).text();
            case "md" -> exporter.render(OutputFormat.MD, content, show.name()).text();
            case "title" -> {
                Output o = exporter.render(OutputFormat.BILIBILI, content, show.name());
                yield o.suggestedTitle();
            }
            default -> set.render(name, exporter.templateValues(content, show.name()));
        };
    }
}
