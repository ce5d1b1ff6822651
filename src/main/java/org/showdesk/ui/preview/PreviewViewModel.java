package org.showdesk.ui.preview;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.showdesk.app.BackgroundTask;
import org.showdesk.app.OpenEpisode;
import org.showdesk.app.Publishing;
import org.showdesk.app.TaskExecutor;
import org.showdesk.model.LengthReport;
import org.showdesk.model.Output;
import org.showdesk.model.OutputFormat;
import org.showdesk.model.ChineseScript;
import org.showdesk.model.ShowdeskException;
import org.showdesk.model.Transcript;
import org.showdesk.ui.common.HostMessages;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The live preview of the open episode's outputs. It observes the {@link OpenEpisode} the other panes
 * change and re-renders every tab through the {@link Publishing} use case on the background executor — a
 * burst of changes coalesced into one render, and only the newest render shown.
 */
public final class PreviewViewModel {
    private final Publishing publishing;
    private final TaskExecutor executor;
    private final Executor fx;
    private final Coalescer coalescer;
    private final Map<PreviewTab, ReadOnlyObjectWrapper<RenderedTab>> tabs = new EnumMap<>(PreviewTab.class);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final Consumer<OpenEpisode.Change> listener = c -> fxRequest();

    private OpenEpisode episode;
    private int renderGeneration;
    private PreviewTab visibleTab = PreviewTab.BILIBILI;
    /** The script the YouTube, show notes and transcript tabs are shown (and copied) in. */
    private ChineseScript script = ChineseScript.SIMPLIFIED;
    private Transcript renderedTranscript;

    /**
     * @param fx        where results are shown (the FX thread)
     * @param coalescer how long to wait after a change before rendering ({@link FxCoalescer} of 150 ms in the window)
     */
    public PreviewViewModel(Publishing publishing, TaskExecutor executor, Executor fx, Coalescer coalescer) {
        this.publishing = publishing;
        this.executor = executor;
        this.fx = fx;
        this.coalescer = coalescer;
        for (PreviewTab t : PreviewTab.values()) tabs.put(t, new ReadOnlyObjectWrapper<>(this, t.name()));
    }

    /** Previews another open episode (or none). */
    public void show(OpenEpisode next) {
        if (episode != null) episode.removeListener(listener);
        episode = next;
        renderedTranscript = null;
        if (next != null) next.addListener(listener);
        renderNow();
    }

    private void fxRequest() {
        fx.execute(() -> coalescer.request(this::renderNow));
    }

    /** Renders every tab now from the episode as it is; results that arrive after a newer render are dropped. */
    public void renderNow() {
        int generation = ++renderGeneration;
        if (episode == null) {
            for (PreviewTab tab : PreviewTab.values()) tabs.get(tab).set(RenderedTab.failed(tab, "No episode is open."));
            return;
        }
        OpenEpisode.State s = episode.state();
        ChineseScript in = script;
        // The tab the host looks at first, each tab published as soon as it is ready: the visible one is not
        // kept waiting for the other three.
        List<PreviewTab> order = new ArrayList<>(List.of(PreviewTab.values()));
        order.remove(visibleTab);
        order.add(0, visibleTab);
        for (PreviewTab tab : order) {
            if (tab == PreviewTab.TRANSCRIPT && s.transcript() == renderedTranscript && tabs.get(tab).get() != null) {
                continue; // only the rundown changed; the transcript tab would come out the same
            }
            executor.execute(BackgroundTask.of("Rendering the preview", () -> render(tab, s, in)).onSuccess(r -> {
                if (generation != renderGeneration) return;
                tabs.get(tab).set(r);
                if (tab == PreviewTab.TRANSCRIPT) renderedTranscript = s.transcript();
            }).onFailure(e -> message.set(HostMessages.of(e, "Rendering the preview"))));
        }
    }

    private RenderedTab render(PreviewTab tab, OpenEpisode.State s, ChineseScript in) {
        try {
            Output output = publishing.render(s, tab.format(), in);
            if (tab == PreviewTab.SHOW_NOTES) {
                Output markdown = publishing.render(s, OutputFormat.MD, in);
                List<LengthReport> lengths = List.of(LengthReport.unlimited("Show notes (Markdown)", "characters",
                        markdown.text().codePointCount(0, markdown.text().length())));
                return new RenderedTab(tab, output.text(), markdown.text(), null, lengths, output.notes(), "", "", List.of(),
                        List.of());
            }
            if (tab == PreviewTab.WECHAT) {
                return new RenderedTab(tab, output.text(), PreviewPages.textOf(output.text()), null, output.lengths(),
                        output.notes(), "", "", List.of(), List.of());
            }
            return new RenderedTab(tab, PreviewPages.plainText(output.text()), output.text(), null, output.lengths(),
                    output.notes(), "", output.suggestedTitle(), output.suggestedTags(), output.parts());
        } catch (ShowdeskException e) {
            return RenderedTab.failed(tab, e.getMessage());
        }
    }

    /** Shows (and copies) the tabs that can be converted in {@code newScript}, and renders them again. */
    public void setScript(ChineseScript newScript) {
        if (newScript == script) return;
        script = newScript;
        renderedTranscript = null;
        renderNow();
    }

    public ChineseScript script() {
        return script;
    }

    /** The tab the host is looking at; it is rendered first. */
    public void setVisibleTab(PreviewTab tab) {
        visibleTab = tab;
    }

    /**
     * What "Copy" puts on the clipboard: the tab's text, and for the show notes also the styled HTML fragment
     * (made only now, off the FX thread, since few renders are ever copied). Nothing when the tab failed.
     */
    public void prepareCopy(PreviewTab tab, Consumer<RenderedTab> then) {
        RenderedTab r = tabs.get(tab).get();
        if (r == null || r.failed()) {
            then.accept(null);
            return;
        }
        if (!tab.isPage() || episode == null) {
            then.accept(r);
            return;
        }
        OpenEpisode.State s = episode.state();
        ChineseScript in = script;
        executor.execute(BackgroundTask.of("Copying " + tab.label(), () -> tab == PreviewTab.WECHAT
                        ? publishing.wechatFragment(s) : publishing.showNotesFragment(s, in))
                .onSuccess(html -> then.accept(r.withRichHtml(html)))
                .onFailure(e -> message.set(HostMessages.of(e, "Copying the show notes"))));
    }

    /** Writes one output of the episode as it is now to {@code file}, off the FX thread, through the one atomic writer. */
    public void export(OutputFormat format, Path file, Consumer<String> done) {
        if (episode == null) {
            message.set("Open an episode before exporting.");
            return;
        }
        OpenEpisode.State s = episode.state();
        ChineseScript in = script; // what the preview shows is what is exported
        executor.execute(BackgroundTask.of("Exporting…", () -> publishing.export(s, format, file, in))
                .onSuccess(text -> finished(text, done)).onFailure(e -> message.set(HostMessages.of(e, "Exporting"))));
    }

    /** Writes every output of the episode into {@code folder}; an output that cannot be made is named in the message. */
    public void exportAll(Path folder, Consumer<String> done) {
        if (episode == null) {
            message.set("Open an episode before exporting.");
            return;
        }
        OpenEpisode.State s = episode.state();
        executor.execute(BackgroundTask.of("Exporting…", () -> publishing.exportAll(s, folder))
                .onSuccess(text -> finished(text, done)).onFailure(e -> message.set(HostMessages.of(e, "Exporting"))));
    }

    private void finished(String text, Consumer<String> done) {
        message.set("");
        notice.set(""); // the same news twice is still news
        notice.set(text);
        if (done != null) done.accept(text);
    }

    public ReadOnlyObjectProperty<RenderedTab> tabProperty(PreviewTab tab) {
        return tabs.get(tab).getReadOnlyProperty();
    }

    /** The last problem (a failed export, a copy that could not be made), until the host dismisses it. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The last result worth telling ("Exported srt to …"): shown for a moment, then gone. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void clearMessage() {
        message.set("");
    }

    /** The episode's name for suggested export file names. */
    public String exportBaseName() {
        return episode == null ? "episode" : Publishing.baseName(episode.state());
    }

    /** The file name offered for {@code format}: a Traditional version says so ("第1期.zh-TW.md"). */
    public String exportFileName(OutputFormat format) {
        boolean traditional = script.isTraditional() && format.convertsScript();
        return format.fileName(exportBaseName() + (traditional ? "." + script.languageTag() : ""));
    }
}
