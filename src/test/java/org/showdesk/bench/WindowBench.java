package org.showdesk.bench;

import org.showdesk.app.ShowFiles;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.showdesk.app.OpenShow;
import org.showdesk.ingest.TranscriptReader;
import org.showdesk.model.Cue;
import org.showdesk.ui.MainWindow;
import org.showdesk.ui.RecentShows;
import org.showdesk.ui.Workspace;
import org.showdesk.app.SerialTaskExecutor;
import org.showdesk.ui.common.StatusModel;
import org.showdesk.ui.common.Theme;
import org.showdesk.ui.transcript.TranscriptViewModel;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Issue 5's figures for the window, headless (Monocle, software rendering):
 * <ol>
 * <li>window ready after launch with a 100-episode show: a fresh JVM runs the real launcher with the show
 * as argument and reports when the first transcript is laid out with its findings (5 launches);</li>
 * <li>key-to-screen while typing into a 30,000-character transcript with 300+ findings marked: each typed
 * character is sent through the editor's own key handling and timed until the next layout pass is done;
 * typing pauses every 25 keys so saves, rescans and restyling run in between, as they do for a host;</li>
 * <li>memory after that (heap after GC, resident set).</li>
 * </ol>
 * <pre>mvn -B -q -o test-compile exec:java -Dexec.mainClass=org.showdesk.bench.WindowBench</pre>
 * With {@code -Dexec.args="startup 10"} only the launches are measured, that many times; with
 * {@code -Dexec.args=typing} only the typing. Typing is split into handling the key, waiting for the next 60 Hz pulse
 * and the pulse's CSS + layout; {@code -Dbench.bare=true} types into a bare RichTextFX area holding the same styled
 * text (add {@code -Dbench.plain=true} for the text without styles): the editor library's own floor.
 * With {@code -Dbench.media=FILE} the first episode has FILE attached (times estimated from it), so the launches show
 * that the player loads after the transcript is on screen and the ready time does not grow.
 */
public final class WindowBench {
    private static int launchCount = 5;
    private static final int KEYS = 250;

    private WindowBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("window-bench");
        byte[] demo = WindowBench.class.getResourceAsStream("/demo/ai-weekly-demo.txt").readAllBytes();
        Path hundred = dir.resolve("hundred.showdesk");
        Path long30k = dir.resolve("long.showdesk");
        prepare(hundred, long30k, demo);
        boolean startupOnly = args.length > 0 && args[0].equals("startup");
        boolean typingOnly = args.length > 0 && args[0].equals("typing");
        if (startupOnly && args.length > 1) launchCount = Integer.parseInt(args[1]);
        if (!typingOnly) launches(hundred, dir);
        if (!startupOnly) typing(long30k, dir);
        System.exit(0);
    }

    private static void prepare(Path hundred, Path long30k, byte[] demo) throws Exception {
        List<Cue> cues = TranscriptReader.read("demo.txt", demo, StandardCharsets.UTF_8).cues();
        try (OpenShow show = OpenShow.create(hundred, "100 episodes")) {
            org.showdesk.app.DemoShow.fill(show);
            for (int i = 2; i <= 100; i++) ShowFiles.episodes(show).insert("第 " + i + " 期", "demo.txt", "txt", "UTF-8", cues);
            String media = System.getProperty("bench.media", "").strip();
            if (!media.isEmpty()) {
                org.showdesk.app.OpenEpisode first = new org.showdesk.app.Episodes(show)
                        .open(ShowFiles.episodes(show).list().get(0).id(), false);
                new org.showdesk.app.EpisodeMedia(show).attach(first, Path.of(media).toAbsolutePath());
                new org.showdesk.app.EpisodeMedia(show).estimate(first);
            }
        }
        String text = new String(demo, StandardCharsets.UTF_8).strip();
        StringBuilder big = new StringBuilder();
        while (big.length() < 30_000) big.append(text);
        try (OpenShow show = OpenShow.create(long30k, "long")) {
            org.showdesk.app.DemoShow.fill(show); // for the glossary
            ShowFiles.episodes(show).delete(ShowFiles.episodes(show).list().get(0).id());
            ShowFiles.episodes(show).insert("30k", "long.txt", "txt", "UTF-8", TranscriptReader.read("long.txt",
                    big.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).cues());
        }
    }

    /** Launches the real jar entry point in fresh JVMs and reads the ready line it prints. */
    private static void launches(Path show, Path dir) throws Exception {
        String media = System.getProperty("bench.media", "").strip();
        System.out.println("== window ready after launch, 100-episode show (" + launchCount + " fresh JVMs)"
                + (media.isEmpty() ? "" : ", the first episode with " + Path.of(media).getFileName() + " attached"));
        for (int i = 0; i < launchCount; i++) {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            // -Dbench.jvm="-XX:TieredStopAtLevel=1 ..." compares launcher JVM options
            String extra = System.getProperty("bench.jvm", "").strip();
            if (!extra.isEmpty()) cmd.addAll(List.of(extra.split("\\s+")));
            cmd.addAll(List.of("-cp", classPath(), "-Dshowdesk.timing=true",
                    "-Dshowdesk.home=" + dir.resolve("home"), "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                    "-Dprism.order=sw", "org.showdesk.Launcher", show.toString()));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String ready = readyLine(p.getInputStream());
            Thread.sleep(3000); // the other panes finish their first render; then the process's resident memory
            ready += "; resident " + rss(p.pid());
            p.destroy();
            p.waitFor(10, TimeUnit.SECONDS);
            System.out.println("  launch " + (i + 1) + ": " + ready);
        }
    }

    private static String readyLine(InputStream out) throws Exception {
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(out, StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) if (l.startsWith("ready:")) return l;
                return "(no ready line)";
            } catch (Exception e) {
                return "(failed: " + e + ")";
            }
        });
        return line.get(120, TimeUnit.SECONDS);
    }

    private static void typing(Path show, Path dir) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        StatusModel status = new StatusModel();
        SerialTaskExecutor runner = new SerialTaskExecutor(Platform::runLater);
        status.follow(runner);
        MainWindow[] window = new MainWindow[1];
        CountDownLatch loaded = new CountDownLatch(1);
        Platform.runLater(() -> {
            Theme.applyBase();
            Workspace ws = new Workspace(runner, new RecentShows(dir.resolve("recent.json")));
            window[0] = new MainWindow(new Stage(), ws, runner, status, link -> { });
            window[0].stage().show();
            ws.showProperty().addListener((o, a, s) -> window[0].transcriptModel().snapshotProperty()
                    .addListener((obs, was, now) -> loaded.countDown()));
            window[0].open(show);
        });
        loaded.await(60, TimeUnit.SECONDS);
        Thread.sleep(3000); // let the other panes finish their first render
        TranscriptViewModel model = window[0].transcriptModel();
        StyleClassedTextArea shown = onFx(() -> window[0].transcriptView().area());
        System.out.printf("== typing into a %d-character transcript with %d findings marked%n",
                onFx(shown::getLength), model.findings().size());
        StyleClassedTextArea area = shown;
        if (Boolean.getBoolean("bench.bare")) {
            // The same text, styles and stylesheets in an editor alone in its window: what RichTextFX itself costs.
            StyleClassedTextArea copy = onFx(() -> {
                StyleClassedTextArea bare = new StyleClassedTextArea();
                if (Boolean.getBoolean("bench.plain")) bare.replaceText(shown.getText()); else bare.replace(0, 0, shown.getDocument());
                bare.setWrapText(true);
                Scene s2 = new Scene(new VirtualizedScrollPane<>(bare), shown.getWidth(), shown.getHeight());
                s2.getStylesheets().setAll(shown.getScene().getStylesheets());
                Stage st = new Stage();
                st.setScene(s2);
                st.show();
                return bare;
            });
            Thread.sleep(1000);
            area = copy;
        }
        Scene scene = onFx(area::getScene);
        System.out.println("  scene nodes: " + onFx(() -> census(scene.getRoot())));
        double[][] ms = new double[5][KEYS];
        for (int i = 0; i < KEYS; i++) {
            int at = 5000 + i;
            double[] one = keyToLayout(area, scene, at);
            for (int k = 0; k < 4; k++) ms[k][i] = one[k];
            ms[4][i] = one[1] + one[3];
            Thread.sleep(i % 25 == 24 ? 900 : 60); // a pause ends a burst: save, rescan, restyle
        }
        Thread.sleep(1500);
        String[] names = {"key → laid out", "  handling the key", "  waiting for the pulse", "  the pulse's CSS + layout",
                "work (handling + pulse)"};
        for (int k = 0; k < 5; k++) {
            Arrays.sort(ms[k]);
            System.out.printf("  %-28s median %5.1f ms, p95 %5.1f ms, max %5.1f ms%n", names[k] + ":",
                    ms[k][KEYS / 2], ms[k][(int) (KEYS * 0.95)], ms[k][KEYS - 1]);
        }
        System.out.printf("  over %d keys (%d findings now)%n", KEYS, model.findings().size());
        System.gc();
        Thread.sleep(500);
        Runtime rt = Runtime.getRuntime();
        System.out.printf("== memory: heap used after GC %d MB (max %d MB); resident set %s%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20,
                rss(ProcessHandle.current().pid()) + " (this JVM also runs Maven)");
        runner.close();
    }

    /** How many nodes the scene has, and the kinds that are most of them: every pulse walks them all. */
    private static String census(javafx.scene.Parent root) {
        java.util.Map<String, Integer> kinds = new java.util.HashMap<>();
        java.util.ArrayDeque<javafx.scene.Node> todo = new java.util.ArrayDeque<>(List.of(root));
        int n = 0;
        while (!todo.isEmpty()) {
            javafx.scene.Node node = todo.pop();
            n++;
            kinds.merge(node.getClass().getSimpleName(), 1, Integer::sum);
            if (node instanceof javafx.scene.Parent p) todo.addAll(p.getChildrenUnmodifiable());
        }
        return n + " " + kinds.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(8).map(e -> e.getKey() + "=" + e.getValue()).toList();
    }

    /** Per key: [key → laid out, handling the key, waiting for the pulse, the pulse's CSS and layout] in ms. */
    private static double[] keyToLayout(StyleClassedTextArea area, Scene scene, int at) throws Exception {
        CompletableFuture<double[]> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            area.moveTo(Math.min(at, area.getLength()));
            long t = System.nanoTime();
            long[] marks = new long[2];
            Runnable[] pre = new Runnable[1];
            Runnable[] post = new Runnable[1];
            pre[0] = () -> {
                scene.removePreLayoutPulseListener(pre[0]);
                marks[1] = System.nanoTime();
            };
            post[0] = () -> {
                scene.removePostLayoutPulseListener(post[0]);
                long end = System.nanoTime();
                done.complete(new double[]{(end - t) / 1e6, (marks[0] - t) / 1e6, (marks[1] - marks[0]) / 1e6,
                        (end - marks[1]) / 1e6});
            };
            scene.addPreLayoutPulseListener(pre[0]);
            scene.addPostLayoutPulseListener(post[0]);
            area.fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, "字", "", KeyCode.UNDEFINED, false, false, false, false));
            marks[0] = System.nanoTime();
            Platform.requestNextPulse();
        });
        return done.get(10, TimeUnit.SECONDS);
    }

    static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(30, TimeUnit.SECONDS);
    }

    /** The class path this bench runs with (exec:java hands it over in a class loader, not java.class.path). */
    static String classPath() {
        List<String> parts = new ArrayList<>();
        ClassLoader cl = WindowBench.class.getClassLoader();
        if (cl instanceof java.net.URLClassLoader u) {
            for (java.net.URL url : u.getURLs()) {
                try {
                    parts.add(Path.of(url.toURI()).toString());
                } catch (java.net.URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return parts.isEmpty() ? System.getProperty("java.class.path") : String.join(java.io.File.pathSeparator, parts);
    }

    private static String rss(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS"))
                    .map(l -> l.replaceAll("\\s+", " ").substring(7)).findFirst().orElse("n/a");
        } catch (Exception e) {
            return "n/a";
        }
    }
}
