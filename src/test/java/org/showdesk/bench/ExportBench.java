package org.showdesk.bench;

import org.showdesk.draft.ExportOptions;
import org.showdesk.draft.Exporter;
import org.showdesk.model.OutputFormat;
import org.showdesk.draft.Rundowns;
import org.showdesk.model.EpisodeContent;
import org.showdesk.model.ChineseScript;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Time to draft each output of a 20-item episode (the weekly-research fixture with a link per item), and the
 * cost of Traditional Chinese: the first conversion loads HanLP's dictionaries, which nothing else loads.
 * Times are CPU time of the rendering thread (the machines are shared; wall time would measure the neighbours).
 * Run it in its own JVM so the cold figures are real:
 * <pre>mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.showdesk.bench.ExportBench</pre>
 */
public final class ExportBench {
    private static final int RUNS = 50;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final List<OutputFormat> FORMATS = List.of(OutputFormat.BILIBILI, OutputFormat.YOUTUBE,
            OutputFormat.MD, OutputFormat.HTML, OutputFormat.WECHAT, OutputFormat.TXT, OutputFormat.SRT);

    private ExportBench() {
    }

    public static void main(String[] args) {
        EpisodeContent content = Rundowns.weekly("weekly-research");
        Exporter exporter = new Exporter();
        ExportOptions simplified = ExportOptions.defaults();
        ExportOptions traditional = simplified.withScript(ChineseScript.TRADITIONAL);

        long t = CPU.getCurrentThreadCpuTime();
        exporter.render(OutputFormat.YOUTUBE, content, "AI前沿速递", simplified);
        System.out.printf(Locale.ROOT, "first YouTube render, Simplified (cold JVM): %.0f ms%n", (CPU.getCurrentThreadCpuTime() - t) / 1e6);
        t = CPU.getCurrentThreadCpuTime();
        exporter.render(OutputFormat.YOUTUBE, content, "AI前沿速递", traditional);
        System.out.printf(Locale.ROOT, "first YouTube render, Traditional (loads HanLP's dictionaries): %.0f ms%n",
                (CPU.getCurrentThreadCpuTime() - t) / 1e6);

        System.out.printf(Locale.ROOT, "%-9s %14s %14s %22s%n", "format", "median ms", "worst ms", "traditional median ms");
        for (OutputFormat f : FORMATS) {
            double[] s = times(exporter, f, content, simplified);
            double[] tr = times(exporter, f, content, traditional);
            System.out.printf(Locale.ROOT, "%-9s %14.2f %14.2f %22.2f%n", f.cliName(), s[RUNS / 2], s[RUNS - 1], tr[RUNS / 2]);
        }
    }

    private static double[] times(Exporter exporter, OutputFormat f, EpisodeContent content, ExportOptions options) {
        for (int i = 0; i < 10; i++) exporter.render(f, content, "AI前沿速递", options);
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = CPU.getCurrentThreadCpuTime();
            exporter.render(f, content, "AI前沿速递", options);
            ms[i] = (CPU.getCurrentThreadCpuTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }
}
