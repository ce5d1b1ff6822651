package org.showdesk.bench;

import org.showdesk.app.ShowFiles;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.showdesk.app.ImportTranscript;
import org.showdesk.app.OpenShow;
import org.showdesk.draft.EntrySplitter;
import org.showdesk.model.Entry;
import org.showdesk.model.Transcript;
import org.showdesk.ui.common.OnFxThread;
import org.showdesk.ui.preview.Coalescer;
import org.showdesk.ui.preview.FxCoalescer;
import org.showdesk.ui.preview.PreviewTab;
import org.showdesk.ui.preview.PreviewView;
import org.showdesk.ui.preview.PreviewViewModel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Issue 5's "preview refresh after typing stops" on a 30,000-character episode with a suggested rundown:
 * a burst of title keystrokes 40 ms apart goes to the preview, and the clock runs from the last keystroke
 * until the Bilibili tab's WebView has loaded the page with the new title. That span includes the 150 ms the
 * preview deliberately waits for typing to pause. Also prints the render of all four tabs on its own.
 * Runs headless (Monocle).
 *
 * <pre>mvn -B -q -o test-compile exec:java -Dexec.mainClass=org.showdesk.bench.PreviewRefreshBench</pre>
 */
public final class PreviewRefreshBench {
    private static final int TRIALS = 20;
    private static final int KEYSTROKES = 8;
    /** A weekly roundup has 20–30 items; the generated transcript has no real item boundaries, so cut it evenly. */
    private static final int ENTRIES = 30;

    private PreviewRefreshBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        Path dir = Files.createTempDirectory("preview-bench");
        Path transcript = Files.writeString(dir.resolve("episode.txt"),
                IngestBench.generatedTranscript(new Random(11)), StandardCharsets.UTF_8);
        org.showdesk.app.SerialTaskExecutor background = new org.showdesk.app.SerialTaskExecutor(Platform::runLater);
        try (OpenShow show = OpenShow.create(dir.resolve("bench.showdesk"), "bench")) {
            long ep = new ImportTranscript(show).run(transcript, null, null).episode().id();
            Transcript t = ShowFiles.episodes(show).transcript(ep);
            List<Entry> entries = ShowFiles.entries(show).replaceAll(ep, rundownOf(ENTRIES, ep, t, new EntrySplitter(ShowFiles.glossary(show).list())));
            System.out.printf(Locale.ROOT, "episode: %d characters, %d cues, %d entries%n", t.length(), t.size(), entries.size());

            renderOnly(show, ep);
            org.showdesk.app.OpenEpisode episode = new org.showdesk.app.Episodes(show).open(ep);
            org.showdesk.app.Rundown rundown = new org.showdesk.app.Rundown(show);

            CompletableFuture<Void> started = new CompletableFuture<>();
            Platform.startup(() -> started.complete(null));
            started.get(10, TimeUnit.SECONDS);
            PreviewView[] view = new PreviewView[1];
            CompletableFuture<Void> shown = new CompletableFuture<>();
            Platform.runLater(() -> {
                view[0] = new PreviewView(new PreviewViewModel(new org.showdesk.app.Publishing(show), background,
                        OnFxThread.INSTANCE, new FxCoalescer(PreviewView.QUIET)), url -> { });
                Stage stage = new Stage();
                stage.setScene(new Scene(new BorderPane(view[0].view()), 700, 800));
                stage.show();
                view[0].show(episode);
                shown.complete(null);
            });
            shown.get(10, TimeUnit.SECONDS);
            Thread.sleep(2000);

            double[] ms = new double[TRIALS];
            for (int trial = 0; trial < TRIALS; trial++) {
                String marker = "Bench" + trial + "x";
                CompletableFuture<Long> loaded = new CompletableFuture<>();
                Platform.runLater(() -> watch(webView(view[0]), marker, loaded));
                long last = 0;
                for (int k = 1; k <= KEYSTROKES; k++) {
                    Entry typed = entries.get(1).withTitle(k == KEYSTROKES ? marker
                            : marker.substring(0, Math.min(marker.length(), k + 4)) + "…");
                    last = System.nanoTime();
                    background.execute(org.showdesk.app.BackgroundTask.run("typing", () -> rundown.edit(episode, typed))
                            .asSave().coalescing("entry"));
                    Thread.sleep(40);
                }
                ms[trial] = (loaded.get(10, TimeUnit.SECONDS) - last) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "preview refresh after the last keystroke (incl. %d ms quiet period): median %.0f ms, worst %.0f ms over %d trials%n",
                    (long) PreviewView.QUIET.toMillis(), ms[TRIALS / 2], ms[TRIALS - 1], TRIALS);
        } finally {
            background.close();
            Platform.exit();
            System.exit(0); // exec:java closes its class loader while WebKit threads still wind down
        }
    }

    private static List<Entry> rundownOf(int count, long ep, Transcript t, EntrySplitter splitter) {
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int first = i * t.size() / count, last = (i + 1) * t.size() / count - 1;
            Entry bare = new Entry(0, ep, org.showdesk.model.EntryKind.ITEM, t.cues().get(first).id(), t.cues().get(last).id(),
                    "", List.of(), "", "", List.of(new org.showdesk.model.Link(org.showdesk.model.LinkKind.PAPER,
                    "https://arxiv.org/abs/2401." + String.format(Locale.ROOT, "%05d", i))), null, null, "");
            out.add(splitter.prefill(bare, t));
        }
        return out;
    }

    private static void renderOnly(OpenShow show, long ep) {
        org.showdesk.app.TaskExecutor same = org.showdesk.app.TaskExecutor.sameThread();
        PreviewViewModel vm = new PreviewViewModel(new org.showdesk.app.Publishing(show), same, Runnable::run,
                Coalescer.IMMEDIATE);
        org.showdesk.app.OpenEpisode episode = new org.showdesk.app.Episodes(show).open(ep);
        org.showdesk.app.Rundown rundown = new org.showdesk.app.Rundown(show);
        vm.show(episode);
        List<Entry> entries = episode.state().entries();
        double[] ms = new double[TRIALS];
        for (int i = 0; i < TRIALS; i++) {
            Entry typed = entries.get(1).withTitle("Render" + i);
            long t0 = System.nanoTime();
            rundown.edit(episode, typed); // the preview renders from the episode's change, on this thread
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        org.showdesk.model.EpisodeContent content = ShowFiles.episodes(show).content(ep);
        org.showdesk.draft.Exporter exporter = new org.showdesk.draft.Exporter();
        for (PreviewTab tab : PreviewTab.values()) {
            double[] one = new double[TRIALS];
            for (int i = 0; i < TRIALS; i++) {
                long t0 = System.nanoTime();
                exporter.render(tab.format(), content, "bench");
                one[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(one);
            System.out.printf(Locale.ROOT, "  %s output alone: median %.1f ms%n", tab.label(), one[TRIALS / 2]);
        }
        System.out.printf(Locale.ROOT, "render of all four tabs (background work only): median %.1f ms, worst %.1f ms%n",
                ms[TRIALS / 2], ms[TRIALS - 1]);
    }

    private static WebView webView(PreviewView view) {
        TabPane tabs = (TabPane) view.view().lookup("#preview-tabs");
        return (WebView) ((BorderPane) tabs.getTabs().get(PreviewTab.BILIBILI.ordinal()).getContent()).getCenter();
    }

    private static void watch(WebView web, String marker, CompletableFuture<Long> loaded) {
        web.getEngine().getLoadWorker().stateProperty().addListener((o, was, now) -> {
            if (now == Worker.State.SUCCEEDED && !loaded.isDone()) {
                Object text = web.getEngine().executeScript("document.body.textContent");
                if (String.valueOf(text).contains(marker + "\n") || String.valueOf(text).contains(marker + "（")
                        || String.valueOf(text).contains(marker + " ")) {
                    loaded.complete(System.nanoTime());
                }
            }
        });
    }
}
