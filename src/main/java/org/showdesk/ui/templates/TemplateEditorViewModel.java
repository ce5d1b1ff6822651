package org.showdesk.ui.templates;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.showdesk.app.BackgroundTask;
import org.showdesk.app.OpenEpisode;
import org.showdesk.app.TaskExecutor;
import org.showdesk.app.Templates;
import org.showdesk.model.TemplateException;
import org.showdesk.model.ShowdeskException;
import org.showdesk.ui.common.PaneTasks;
import org.showdesk.ui.common.HostMessages;
import org.showdesk.ui.preview.Coalescer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Edits the show's output templates. The body is checked as it is typed (a mistake is shown with its line
 * and column), saved to the show in the background (coalesced; kept even while broken, so nothing typed is
 * lost) and previewed with the current episode through the draft package's {@link Exporter}.
 */
public final class TemplateEditorViewModel {
    private final Templates templates;
    private final boolean readOnly;
    private final TaskExecutor executor;
    private final PaneTasks work;
    private final Coalescer coalescer;
    private final StringProperty name = new SimpleStringProperty(this, "name", Templates.names().get(0));
    private final StringProperty body = new SimpleStringProperty(this, "body", "");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyIntegerWrapper errorLine = new ReadOnlyIntegerWrapper(this, "errorLine", 0);
    private final ReadOnlyIntegerWrapper errorColumn = new ReadOnlyIntegerWrapper(this, "errorColumn", 0);
    private final ReadOnlyBooleanWrapper customized = new ReadOnlyBooleanWrapper(this, "customized", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final List<Runnable> changeListeners = new ArrayList<>();

    private final Map<String, String> bodies = new HashMap<>();
    private final Map<String, Boolean> custom = new HashMap<>();
    private OpenEpisode.State episode;
    private boolean switching;
    private int renderGeneration;

    /** @param coalescer waits for a pause in typing before the preview is rendered again */
    public TemplateEditorViewModel(Templates templates, boolean readOnly, TaskExecutor executor, Coalescer coalescer) {
        this.templates = templates;
        this.readOnly = readOnly;
        this.executor = executor;
        this.coalescer = coalescer;
        this.work = new PaneTasks(executor, message::set);
        name.addListener((o, was, now) -> showTemplate(now));
        body.addListener((o, was, now) -> edited(now));
    }

    /** The template names an editor offers: bilibili, youtube, md, title. */
    public List<String> names() {
        return Templates.names();
    }

    /** Reads the show's templates; {@code previewWith} (may be null) is the episode the preview fills them with. */
    public void load(OpenEpisode.State previewWith) {
        episode = previewWith;
        work.run("Reading the templates", () -> {
            Map<String, String> read = new HashMap<>();
            Map<String, Boolean> customized = new HashMap<>();
            for (String n : Templates.names()) {
                read.put(n, templates.body(n));
                customized.put(n, templates.isCustomized(n));
            }
            return new Loaded(read, customized);
        }, loaded -> {
            bodies.clear();
            bodies.putAll(loaded.bodies());
            custom.clear();
            custom.putAll(loaded.customized());
            showTemplate(name.get());
        });
    }

    private record Loaded(Map<String, String> bodies, Map<String, Boolean> customized) {
    }

    private void showTemplate(String templateName) {
        switching = true;
        try {
            body.set(bodies.getOrDefault(templateName, ""));
        } finally {
            switching = false;
        }
        customized.set(custom.getOrDefault(templateName, false));
        checkAndPreview();
    }

    /** True when the show is open read-only: templates can be read and previewed, not changed. */
    public boolean isReadOnly() {
        return readOnly;
    }

    private void edited(String newBody) {
        if (switching) return;
        if (isReadOnly()) {
            message.set("This show is open read-only, so your change to this template is not saved.");
            checkAndPreview();
            return;
        }
        String n = name.get();
        bodies.put(n, newBody);
        custom.put(n, true);
        customized.set(true);
        executor.execute(BackgroundTask.of("Saving the template…", () -> {
            templates.save(n, newBody);
            return null;
        }).asSave().coalescing("template-" + n).onSuccess(x -> changeListeners.forEach(Runnable::run))
                .onFailure(e -> message.set(HostMessages.of(e, "Saving the template"))));
        checkAndPreview();
    }

    /** Goes back to the template shipped with Showdesk. */
    public void resetToDefault() {
        String n = name.get();
        // Under the same key as the saves, so a save still waiting cannot bring the old body back.
        executor.execute(BackgroundTask.of("Resetting the template…", () -> {
            templates.reset(n);
            return templates.body(n);
        }).asSave().coalescing("template-" + n).onSuccess(def -> {
            bodies.put(n, def);
            custom.put(n, false);
            message.set("“" + n + "” is back to the default template.");
            if (n.equals(name.get())) showTemplate(n);
            changeListeners.forEach(Runnable::run);
        }).onFailure(e -> message.set(HostMessages.of(e, "Resetting the template"))));
    }

    private void checkAndPreview() {
        String n = name.get();
        String b = body.get();
        try {
            Templates.check(n, b);
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
        String b = body.get();
        OpenEpisode.State s = episode;
        if (s == null) {
            preview.set("Open an episode to see this template filled in.");
            return;
        }
        work.run("Previewing the template", () -> {
            try {
                return new Rendered(templates.preview(n, b, s), null);
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
