package org.showdesk.bench;

import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Menu;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.showdesk.app.EpisodeCheck;
import org.showdesk.app.Episodes;
import org.showdesk.app.OpenShow;
import org.showdesk.glossary.StarterGlossaries;
import org.showdesk.ui.common.Theme;
import org.showdesk.app.DemoShow;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What each piece of the window's start-up work costs on its own, cold: every piece runs in a fresh JVM with the
 * packaged launcher's options (C1 only, serial GC), after the pieces it depends on, and is timed from inside (wall,
 * process CPU, classes loaded). No profiler: the figure is what that piece adds to a start. Pieces that share
 * classes with others are charged for them here, so the sum is more than a start costs.
 * <pre>mvn -B -q -o test-compile exec:java -Dexec.mainClass=org.showdesk.bench.StartupCostBench</pre>
 * Under a display (e.g. {@code xvfb-run -a -s "-screen 0 1600x1000x24" mvn ...}) JavaFX uses GTK as the window does;
 * without one, Monocle headless. {@code -Dexec.args="5 webview theme"}: launches per piece, then only those pieces.
 */
public final class StartupCostBench {
    /** Each piece and the pieces that run (untimed) before it in the same JVM. */
    private static final Map<String, List<String>> PIECES = new LinkedHashMap<>();

    static {
        PIECES.put("nothing", List.of());
        PIECES.put("sqlite-native", List.of());
        PIECES.put("jackson", List.of());
        PIECES.put("open-show", List.of("sqlite-native", "jackson"));
        // The correction engine is indexed for the show's glossary on the first scan: one piece.
        PIECES.put("engine-and-scan", List.of("sqlite-native", "jackson", "open-show"));
        PIECES.put("hanlp", List.of());
        PIECES.put("starter-glossaries", List.of());
        PIECES.put("fx-toolkit", List.of());
        PIECES.put("controls", List.of("fx-toolkit"));
        PIECES.put("theme", List.of("fx-toolkit"));
        PIECES.put("webview", List.of("fx-toolkit", "controls"));
    }

    private StartupCostBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<String> pieces = args.length > 1 ? Arrays.asList(args).subList(1, args.length) : List.copyOf(PIECES.keySet());
        Path dir = Files.createTempDirectory("startup-cost");
        Path demo = dir.resolve("demo.showdesk");
        DemoShow.create(demo);
        boolean display = System.getenv("DISPLAY") != null;
        System.out.printf("== cold cost of each start-up piece, %d fresh JVMs each (%s); load %s%n", runs,
                display ? "GTK on DISPLAY " + System.getenv("DISPLAY") : "Monocle headless", load());
        System.out.printf("  %-20s %9s %9s %8s%n", "piece", "wall ms", "CPU ms", "classes");
        for (String piece : pieces) {
            List<double[]> results = new ArrayList<>();
            for (int i = 0; i < runs; i++) results.add(probe(piece, demo, dir, display));
            System.out.printf("  %-20s %9.0f %9.0f %8.0f%n", piece, median(results, 0), median(results, 1),
                    median(results, 2));
        }
        System.out.println("  (median of each; process CPU includes the JIT compiler; load now " + load() + ")");
        System.exit(0);
    }

    private static double[] probe(String piece, Path demo, Path dir, boolean display) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dprism.order=sw", "-Dshowdesk.home=" + dir.resolve("home"),
                "-cp", WindowBench.classPath()));
        if (!display) cmd.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless"));
        cmd.addAll(List.of(Probe.class.getName(), piece, demo.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String result = null;
        StringBuilder all = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                all.append(l).append('\n');
                if (l.startsWith("cost: ")) result = l;
            }
        }
        p.waitFor(60, TimeUnit.SECONDS);
        if (result == null) throw new IllegalStateException(piece + " printed no cost:\n" + all);
        String[] f = result.substring(6).trim().split("\\s+");
        return new double[]{Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2])};
    }

    private static double median(List<double[]> rows, int column) {
        double[] v = rows.stream().mapToDouble(r -> r[column]).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "n/a";
        }
    }

    /** One fresh JVM: runs a piece's prerequisites, then the piece, and prints "cost: WALL_MS CPU_MS CLASSES". */
    public static final class Probe {
        private static OpenShow show;
        private static Stage stage;

        private Probe() {
        }

        public static void main(String[] args) throws Exception {
            String piece = args[0];
            Path demo = Path.of(args[1]);
            for (String before : PIECES.get(piece)) run(before, demo);
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            var classes = ManagementFactory.getClassLoadingMXBean();
            long cpu = os.getProcessCpuTime();
            long loaded = classes.getTotalLoadedClassCount();
            long t = System.nanoTime();
            run(piece, demo);
            long wall = System.nanoTime() - t;
            System.out.printf("cost: %.1f %.1f %d%n", wall / 1e6, (os.getProcessCpuTime() - cpu) / 1e6,
                    classes.getTotalLoadedClassCount() - loaded);
            System.exit(0);
        }

        private static void run(String piece, Path demo) throws Exception {
            switch (piece) {
                case "nothing" -> { }
                case "sqlite-native" -> DriverManager.getConnection("jdbc:sqlite::memory:").close();
                case "jackson" -> new com.fasterxml.jackson.databind.ObjectMapper().readValue("[\"a\",\"b\"]", List.class);
                case "open-show" -> {
                    show = OpenShow.open(demo);
                    show.name();
                    new Episodes(show).open(show.episodeList().get(0).id(), false);
                }
                case "engine-and-scan" -> new Episodes(show).open(show.episodeList().get(0).id(), true);
                case "hanlp" -> EpisodeCheck.awaitChineseWords();
                case "starter-glossaries" -> StarterGlossaries.all();
                case "fx-toolkit" -> {
                    CountDownLatch started = new CountDownLatch(1);
                    Platform.startup(started::countDown);
                    started.await();
                }
                case "controls" -> shown(false);
                case "theme" -> shown(true);
                case "webview" -> webView();
                default -> throw new IllegalArgumentException("no piece " + piece);
            }
        }

        /** A stage with a menu bar, tabs, a list, a field and labels, shown until its first frame is laid out. */
        private static void shown(boolean theme) throws Exception {
            WindowBench.onFx(() -> {
                if (theme) Theme.applyBase();
                Menu file = new Menu("File");
                TabPane tabs = new TabPane(new Tab("Bilibili 简介", new Label("预览")), new Tab("YouTube"));
                VBox root = new VBox(new MenuBar(file), new TextField("标题"), new Button("Scan"),
                        new ListView<>(javafx.collections.FXCollections.observableArrayList("第 1 期", "第 2 期")), tabs);
                Scene scene = new Scene(root, 1200, 800);
                if (theme) Theme.style(scene);
                stage = new Stage();
                stage.setScene(scene);
                CompletableFuture<Void> laidOut = new CompletableFuture<>();
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    laidOut.complete(null);
                };
                scene.addPostLayoutPulseListener(once[0]);
                stage.show();
                return laidOut;
            }).get(30, TimeUnit.SECONDS);
        }

        /** The preview's browser: created in the shown stage and loaded with a small page until it has loaded. */
        private static void webView() throws Exception {
            WindowBench.onFx(() -> {
                WebView web = new WebView();
                ((VBox) stage.getScene().getRoot()).getChildren().add(web);
                CompletableFuture<Void> loaded = new CompletableFuture<>();
                web.getEngine().getLoadWorker().stateProperty().addListener((o, was, now) -> {
                    if (now == Worker.State.SUCCEEDED) loaded.complete(null);
                });
                web.getEngine().loadContent("<html><body><h1>第 1 期</h1><p>大模型周报 <a href=\"https://example.org\">"
                        + "link</a></p></body></html>");
                return loaded;
            }).get(30, TimeUnit.SECONDS);
        }
    }
}
