package org.showdesk.ui.preview;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.showdesk.app.OpenShow;
import org.showdesk.draft.Exporter;
import org.showdesk.draft.LengthReport;
import org.showdesk.draft.Output;
import org.showdesk.draft.OutputFormat;
import org.showdesk.draft.TemplateSet;
import org.showdesk.model.Entry;
import org.showdesk.model.EpisodeContent;
import org.showdesk.model.ShowdeskException;
import org.showdesk.model.Transcript;
import org.showdesk.ui.common.BackgroundWork;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The live preview of one episode's outputs. It keeps the episode's content in memory, takes the
 * entries pane's edits as they are typed, and re-renders every tab through the draft package's
 * {@link Exporter} on the background executor — a burst of changes coalesced into one render, and
 * only the newest render shown.
 */
public final class PreviewViewModel {
    private final OpenShow show;
    private final BackgroundWork work;
    private final Coalescer coalescer;
    private final Map<PreviewTab, ReadOnlyObjectWrapper<RenderedTab>> tabs = new EnumMap<>(PreviewTab.class);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    private long episodeId;
    private EpisodeContent content;
    private TemplateSet templates = TemplateSet.defaults();
    private int loadGeneration;
    private int renderGeneration;
    private PreviewTab visibleTab = PreviewTab.BILIBILI;
    private Transcript renderedTranscript;
    private List<Entry> liveEntries;
    /** Read with the episode: asking the store on the FX thread could wait behind a background write. */
    private String showName = "";

    /**
     * @param coalescer  how long to wait after a change before rendering ({@link FxCoalescer} of 150 ms in the window)
     */
    public PreviewViewModel(OpenShow show, Executor background, Executor fx, Coalescer coalescer) {
        this.show = show;
        this.work = new BackgroundWork(background, fx, message::set);
        this.coalescer = coalescer;
        for (PreviewTab t : PreviewTab.values()) tabs.put(t, new ReadOnlyObjectWrapper<>(this, t.name()));
    }

    /** Previews another episode ({@code 0}: none). */
    public void showEpisode(long newEpisodeId) {
        episodeId = newEpisodeId;
        liveEntries = null;
        reload();
    }

    /** Reads the episode and the show's templates again, e.g. after the transcript or a template changed. */
    public void reload() {
        long ep = episodeId;
        int generation = ++loadGeneration;
        if (ep == 0) {
            content = null;
            renderNow();
            return;
        }
        work.run("Opening the preview", () -> new Loaded(show.episodes().content(ep),
                TemplateSet.defaults().withOverrides(show.settings().templates()), show.name()), loaded -> {
            if (generation != loadGeneration) return;
            EpisodeContent read = loaded.content();
            // The entries pane's list is newer than the store while its saves are queued: keep it.
            content = liveEntries == null ? read
                    : new EpisodeContent(read.episode(), read.transcript(), liveEntries, read.corrections());
            templates = loaded.templates();
            showName = loaded.showName();
            renderNow();
        });
    }

    private record Loaded(EpisodeContent content, TemplateSet templates, String showName) {
    }

    /** The host changed the rundown (as typed, not yet saved): preview it after the burst of changes. */
    public void entriesChanged(List<Entry> entries) {
        if (entries.stream().anyMatch(e -> e.episodeId() != episodeId && e.episodeId() != 0)) return; // another episode's
        liveEntries = List.copyOf(entries);
        if (content == null) return; // the episode is still being read; it will use these entries
        content = new EpisodeContent(content.episode(), content.transcript(), liveEntries, content.corrections());
        coalescer.request(this::renderNow);
    }

    /** Renders every tab now from the content in memory; results that arrive after a newer render are dropped. */
    public void renderNow() {
        int generation = ++renderGeneration;
        EpisodeContent c = content;
        TemplateSet t = templates;
        String showName = this.showName;
        if (c == null) {
            for (PreviewTab tab : PreviewTab.values()) {
                tabs.get(tab).set(RenderedTab.failed(tab, "No episode is open."));
            }
            return;
        }
        // The tab the host looks at first, each tab published as soon as it is ready: the visible one is not
        // kept waiting for the other three.
        List<PreviewTab> order = new ArrayList<>(List.of(PreviewTab.values()));
        order.remove(visibleTab);
        order.add(0, visibleTab);
        Exporter exporter = new Exporter(t);
        for (PreviewTab tab : order) {
            if (tab == PreviewTab.TRANSCRIPT && c.transcript() == renderedTranscript && tabs.get(tab).get() != null) {
                continue; // only the rundown changed; the transcript tab would come out the same
            }
            work.run("Rendering the preview", () -> render(exporter, tab, c, showName), r -> {
                if (generation != renderGeneration) return;
                tabs.get(tab).set(r);
                if (tab == PreviewTab.TRANSCRIPT) renderedTranscript = c.transcript();
            });
        }
    }

    private static RenderedTab render(Exporter exporter, PreviewTab tab, EpisodeContent content, String showName) {
        try {
            Output output = exporter.render(tab.format(), content, showName);
            if (tab == PreviewTab.SHOW_NOTES) {
                Output markdown = exporter.render(OutputFormat.MD, content, showName);
                List<LengthReport> lengths = List.of(LengthReport.unlimited("Show notes (Markdown)", "characters",
                        markdown.text().codePointCount(0, markdown.text().length())));
                return new RenderedTab(tab, output.text(), markdown.text(), null, lengths, output.notes(), "", "", List.of());
            }
            return new RenderedTab(tab, PreviewPages.plainText(output.text()), output.text(), null, output.lengths(),
                    output.notes(), "", output.suggestedTitle(), output.suggestedTags());
        } catch (ShowdeskException e) {
            return RenderedTab.failed(tab, e.getMessage());
        }
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
        if (tab != PreviewTab.SHOW_NOTES || content == null) {
            then.accept(r);
            return;
        }
        EpisodeContent c = content;
        TemplateSet t = templates;
        String showName = this.showName;
        // The fragment, not the whole page: rich editors paste a styled fragment cleanly.
        work.run("Copying the show notes", () -> new Exporter(t).showNotesFragment(c, showName), html ->
                then.accept(r.withRichHtml(html)));
    }

    /**
     * Writes one output of the episode as it is now to {@code file}, off the FX thread. The file is written
     * beside its target and moved into place, so a failed export never leaves half a file.
     */
    public void export(OutputFormat format, Path file, Consumer<String> done) {
        EpisodeContent c = content;
        TemplateSet t = templates;
        String showName = this.showName;
        if (c == null) {
            message.set("Open an episode before exporting.");
            return;
        }
        work.run("Exporting", () -> {
            Output output = new Exporter(t).render(format, c, showName);
            org.showdesk.app.Publish.writeAtomically(file, output.text());
            String warnings = String.join(" ", output.warnings());
            return "Exported " + format.cliName() + " to " + file + (warnings.isEmpty() ? "." : ". " + warnings);
        }, text -> {
            message.set(text);
            if (done != null) done.accept(text);
        });
    }

    /**
     * Writes every output of the episode into {@code folder} (named like "第1期-bilibili.txt", "第1期.srt"), off
     * the FX thread. An output that cannot be made (subtitles of an untimed transcript, a broken template) is
     * named in the message; the others are still written.
     */
    public void exportAll(Path folder, Consumer<String> done) {
        EpisodeContent c = content;
        TemplateSet t = templates;
        String showName = this.showName;
        String base = exportBaseName();
        if (c == null) {
            message.set("Open an episode before exporting.");
            return;
        }
        work.run("Exporting", () -> {
            Exporter exporter = new Exporter(t);
            List<String> written = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            for (OutputFormat format : OutputFormat.values()) {
                String text;
                try {
                    text = exporter.render(format, c, showName).text();
                } catch (ShowdeskException e) {
                    skipped.add(format.cliName() + " (" + e.getMessage() + ")");
                    continue;
                }
                Path file = folder.resolve(format.fileName(base));
                org.showdesk.app.Publish.writeAtomically(file, text);
                written.add(file.getFileName().toString());
            }
            return "Exported " + written.size() + " files to " + folder + ": " + String.join(", ", written) + "."
                    + (skipped.isEmpty() ? "" : " Not exported: " + String.join("; ", skipped));
        }, text -> {
            message.set(text);
            if (done != null) done.accept(text);
        });
    }

    public ReadOnlyObjectProperty<RenderedTab> tabProperty(PreviewTab tab) {
        return tabs.get(tab).getReadOnlyProperty();
    }

    /** The last export result or problem, for the pane's status line. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void clearMessage() {
        message.set("");
    }

    /** The episode's name for suggested export file names. */
    public String exportBaseName() {
        if (content == null) return "episode";
        String t = content.episode().title().strip().replaceAll("[\\\\/:*?\"<>|\\s]+", "-");
        return t.isEmpty() ? "episode-" + episodeId : t;
    }
}
