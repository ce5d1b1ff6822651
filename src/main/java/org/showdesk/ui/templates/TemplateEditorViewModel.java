package org.showdesk.ui.templates;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.showdesk.app.OpenShow;
import org.showdesk.draft.Exporter;
import org.showdesk.draft.Output;
import org.showdesk.draft.OutputFormat;
import org.showdesk.draft.TemplateException;
import org.showdesk.draft.TemplateSet;
import org.showdesk.model.EpisodeContent;
import org.showdesk.model.ShowdeskException;
import org.showdesk.model.Template;
import org.showdesk.ui.common.BackgroundWork;
import org.showdesk.ui.common.CoalescingWriter;
import org.showdesk.ui.common.HostMessages;
import org.showdesk.ui.preview.Coalescer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Edits the show's output templates. The body is checked as it is typed (a mistake is shown with its line
 * and column), saved to the show in the background (coalesced; kept even while broken, so nothing typed is
 * lost) and previewed with the current episode through the draft package's {@link Exporter}.
 */
public final class TemplateEditorViewModel {
    private final OpenShow show;
    private final Executor fx;
    private final BackgroundWork work;
    private final CoalescingWriter writer;
    private final Coalescer coalescer;
    private final StringProperty name = new SimpleStringProperty(this, "name", TemplateSet.NAMES.get(0));
    private final StringProperty body = new SimpleStringProperty(this, "body", "");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyIntegerWrapper errorLine = new ReadOnlyIntegerWrapper(this, "errorLine", 0);
    private final ReadOnlyIntegerWrapper errorColumn = new ReadOnlyIntegerWrapper(this, "errorColumn", 0);
    private final ReadOnlyBooleanWrapper customized = new ReadOnlyBooleanWrapper(this, "customized", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final List<Runnable> changeListeners = new ArrayList<>();

    private final Map<String, String> overrides = new HashMap<>();
    private EpisodeContent content;
    private long episodeId;
    private boolean switching;
    private int renderGeneration;
    /** Read with the templates, never from the FX thread. */
    private String showName = "";

    /** @param coalescer waits for a pause in typing before the preview is rendered again */
    public TemplateEditorViewModel(OpenShow show, Executor background, Executor fx, Coalescer coalescer) {
        this.show = show;
        this.fx = fx;
        this.coalescer = coalescer;
        this.work = new BackgroundWork(background, fx, message::set);
        this.writer = new CoalescingWriter(background, e -> fx.execute(() -> message.set(HostMessages.of(e, "Saving the template"))));
        name.addListener((o, was, now) -> showTemplate(now));
        body.addListener((o, was, now) -> edited(now));
    }

    /** The template names an editor offers: bilibili, youtube, md, title. */
    public List<String> names() {
        return TemplateSet.NAMES;
    }

    /** Reads the show's templates and (for the preview) the episode; {@code 0} previews without an episode. */
    public void load(long previewEpisodeId) {
        episodeId = previewEpisodeId;
        long ep = previewEpisodeId;
        work.run("Reading the templates", () -> new Loaded(show.settings().templates(),
                ep == 0 ? null : show.episodes().content(ep), show.name()), loaded -> {
            overrides.clear();
            overrides.putAll(loaded.templates());
            content = loaded.content();
            showName = loaded.showName();
            showTemplate(name.get());
        });
    }

    private record Loaded(Map<String, String> templates, EpisodeContent content, String showName) {
    }

    private void showTemplate(String templateName) {
        switching = true;
        try {
            body.set(overrides.getOrDefault(templateName, TemplateSet.defaults().defaultBody(templateName)));
        } finally {
            switching = false;
        }
        customized.set(overrides.containsKey(templateName));
        checkAndPreview();
    }

    /** True when the show is open read-only: templates can be read and previewed, not changed. */
    public boolean isReadOnly() {
        return show.store().isReadOnly();
    }

    private void edited(String newBody) {
        if (switching) return;
        if (isReadOnly()) {
            message.set("This show is open read-only, so your change to this template is not saved.");
            checkAndPreview();
            return;
        }
        String n = name.get();
        overrides.put(n, newBody);
        customized.set(true);
        writer.submit(n, () -> {
            show.settings().saveTemplate(new Template(n, newBody));
            fx.execute(() -> changeListeners.forEach(Runnable::run));
        });
        checkAndPreview();
    }

    /** Goes back to the template shipped with Showdesk. */
    public void resetToDefault() {
        String n = name.get();
        overrides.remove(n);
        // Through the same writer as the saves, so a save still waiting cannot bring the old body back.
        writer.submit(n, () -> {
            show.settings().resetTemplate(n);
            fx.execute(() -> {
                message.set("“" + n + "” is back to the default template.");
                changeListeners.forEach(Runnable::run);
            });
        });
        showTemplate(n);
    }

    private void checkAndPreview() {
        String n = name.get();
        String b = body.get();
        try {
            TemplateSet.check(n, b);
            showError(null);
        } catch (TemplateException e) {
            showError(e);
            return;
        }
        coalescer.request(this::renderPreview);
    }

    private void showError(TemplateException e) {
        error.set(e == null ? "" : e.getMessage());
        errorLine.set(e == null ? 0 : e.line());
        errorColumn.set(e == null ? 0 : e.column());
        if (e != null) preview.set("");
    }

    private void renderPreview() {
        int generation = ++renderGeneration;
        String n = name.get();
        EpisodeContent c = content;
        if (c == null) {
            preview.set(episodeId == 0 ? "Open an episode to see this template filled in." : "");
            return;
        }
        TemplateSet set = TemplateSet.defaults().withOverrides(Map.copyOf(overrides));
        String showName = this.showName;
        work.run("Previewing the template", () -> {
            try {
                return new Rendered(render(set, n, c, showName), null);
            } catch (TemplateException e) {
                return new Rendered("", e);
            } catch (ShowdeskException e) {
                return new Rendered(e.getMessage(), null);
            }
        }, r -> {
            if (generation != renderGeneration || !n.equals(name.get())) return;
            showError(r.error());
            if (r.error() == null) preview.set(r.text());
        });
    }

    private record Rendered(String text, TemplateException error) {
    }

    private static String render(TemplateSet set, String templateName, EpisodeContent c, String showName) {
        Exporter exporter = new Exporter(set);
        return switch (templateName) {
            case "bilibili" -> exporter.render(OutputFormat.BILIBILI, c, showName).text();
            case "youtube" -> exporter.render(OutputFormat.YOUTUBE, c, showName).text();
            case "md" -> exporter.render(OutputFormat.MD, c, showName).text();
            case "title" -> {
                Output o = exporter.render(OutputFormat.BILIBILI, c, showName);
                yield o.suggestedTitle();
            }
            default -> set.render(templateName, exporter.templateValues(c, showName));
        };
    }

    /** Called after a template was saved or reset, so the window's preview can render again. */
    public void addTemplatesChangedListener(Runnable listener) {
        changeListeners.add(listener);
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty bodyProperty() { return body; }
    public ReadOnlyStringProperty previewProperty() { return preview.getReadOnlyProperty(); }
    /** The first mistake in the body with its place ("Template "md", line 3, column 5: …"); empty when it is fine. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty errorLineProperty() { return errorLine.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty errorColumnProperty() { return errorColumn.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty customizedProperty() { return customized.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public void clearMessage() { message.set(""); }
}
