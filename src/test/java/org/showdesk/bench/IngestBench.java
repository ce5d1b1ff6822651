package org.showdesk.bench;

import org.showdesk.ingest.ImportedTranscript;
import org.showdesk.ingest.TranscriptReader;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Time to read and split a generated 30,000-character transcript (issue 2's "fast enough not to
 * notice"), as UTF-8 with detection, GB18030 with detection, and as SRT. Prints median and worst
 * of repeated runs after a warm-up, plus the cold first read a host actually waits for.
 */
public final class IngestBench {
    private static final int TARGET_CHARS = 30_000;
    private static final int RUNS = 50;

    private static final String[] SUBJECTS = {"北京邮电大学的团队", "Mistral", "香港中文大学等研究者", "Meta AI的研究者",
            "印度初创公司Krutrim", "谷歌DeepMind", "一家上海的创业公司"};
    private static final String[] VERBS = {"推出了", "开源了", "发布了", "更新了"};
    private static final String[] OBJECTS = {"LoRAMoE,缓解微调时的知识遗忘", "新的混合专家模型,得分达到97.9%",
            "RichDreamer,可以从文字生成3D内容", "多语言大模型,推理速度提升3.5倍", "比Llama 2.0小一半的对话模型"};
    private static final String[] ENDINGS = {"。", "。", "!", "?"};

    private IngestBench() {
    }

    public static void main(String[] args) throws IOException {
        String text = generatedTranscript(new Random(2024));
        Path dir = Files.createTempDirectory("ingest-bench");
        Path utf8 = Files.writeString(dir.resolve("episode-utf8.txt"), text, StandardCharsets.UTF_8);
        Path gb = dir.resolve("episode-gb18030.txt");
        Files.write(gb, text.getBytes(Charset.forName("GB18030")));
        Path srt = Files.writeString(dir.resolve("episode.srt"), asSrt(text), StandardCharsets.UTF_8);

        System.out.printf(Locale.ROOT, "transcript: %,d chars%n", text.length());
        measure("plain text, UTF-8, detected", utf8);
        measure("plain text, GB18030, detected", gb);
        measure("SRT, UTF-8", srt);
        for (Path p : new Path[] {utf8, gb, srt}) Files.delete(p);
        Files.delete(dir);
    }

    private static void measure(String label, Path file) {
        long coldStart = System.nanoTime();
        ImportedTranscript first = TranscriptReader.read(file, null);
        double coldMs = (System.nanoTime() - coldStart) / 1e6;
        for (int i = 0; i < 10; i++) TranscriptReader.read(file, null);
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            TranscriptReader.read(file, null);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-32s %,8d bytes  %,5d cues  charset %-8s cold %7.2f ms  median %6.2f ms  worst %6.2f ms%n",
                label, file.toFile().length(), first.cues().size(), first.charset().name(), coldMs, ms[RUNS / 2], ms[RUNS - 1]);
    }

    static String generatedTranscript(Random random) {
        StringBuilder sb = new StringBuilder("大家好,欢迎收看本周的AI新闻速递。");
        while (sb.length() < TARGET_CHARS) {
            sb.append(pick(random, SUBJECTS)).append(pick(random, VERBS)).append(pick(random, OBJECTS))
                    .append(pick(random, ENDINGS));
            if (random.nextInt(12) == 0) sb.append('\n');
        }
        return sb.toString();
    }

    private static String asSrt(String text) {
        StringBuilder sb = new StringBuilder();
        String[] sentences = text.split("(?<=[。!?\\n])");
        long ms = 0;
        for (int i = 0; i < sentences.length; i++) {
            String s = sentences[i].strip();
            if (s.isEmpty()) continue;
            long end = ms + 2_000 + s.length() * 120L;
            sb.append(i + 1).append('\n').append(time(ms)).append(" --> ").append(time(end)).append('\n')
                    .append(s).append("\n\n");
            ms = end;
        }
        return sb.toString();
    }

    private static String time(long ms) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d,%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }
}
