package org.showdesk.bench;

import org.showdesk.correct.HanLpDictionary;
import org.showdesk.correct.ChineseDictionary;
import org.showdesk.correct.CorrectionEngine;
import org.showdesk.model.Finding;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.Rule;
import org.showdesk.model.TermCategory;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Speed of the correction engine on generated data: a mixed Chinese/English transcript of 30,000
 * characters and a glossary of 5,000 terms (half Chinese names, half Latin names, a fifth with known
 * misrecognitions). Prints time to first findings from JVM start (run it first in a fresh JVM, as
 * below), index build time, warm scan time on one thread, and how both grow with text and glossary size.
 * Medians over repeated runs after warm-up; the machine is shared, so expect some noise.
 *
 * <pre>mvn -B -q -o test-compile exec:java -Dexec.mainClass=org.showdesk.bench.CorrectionSpeedBench</pre>
 * For the cold figure run it in its own JVM (exec:java shares Maven's, already warm and slow to start):
 * <pre>mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp "$(cat cp.txt):target/classes:target/test-classes" org.showdesk.bench.CorrectionSpeedBench</pre>
 * Growth with glossaries shaped like real ones (families, numbered names) up to 100,000 terms, and whole-process
 * timing of {@code check}/{@code fix} on 7,000 lines: {@link GlossaryScalingBench}.
 */
public final class CorrectionSpeedBench {
    private static final String CHINESE_NAME_CHARS =
            "天云星海智源光明达信通华盛安新锐思维创恒泰博远科启航"
                    + "蓝图灵犀深度量子未来数智擎宇宙飞凌翼腾跃鸿蒙昆仑盘古伏羲女娲神农悟空青云紫金";
    private static final String[] SENTENCES = {
            "%s的研究者推出了%s,能够根据文本生成高质量的三维内容。",
            "相较同类方案,%s在多项基准测试中表现更好,推理速度提升了两倍。",
            "%s发布了新一代多模态大模型%s,支持图像、视频和音频的理解。",
            "团队首先对%s进行预训练,然后使用指令数据进行微调,最后与人类偏好对齐。",
            "来自%s和%s的研究者提出了一种新的训练方法,显著降低了显存占用。",
            "%s开源了71参数的版本,并计划在下个月发布更大的模型。",
            "这项工作基于%s,在长文本理解和代码生成方面都有明显提升。",
            "大家好,欢迎收看本期节目,今天我们来聊聊%s的最新进展。",
    };

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CorrectionSpeedBench() {
    }

    public static void main(String[] args) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Random random = new Random(42);
        List<GlossaryTerm> glossary = glossary(random, 5_000);
        String text = transcript(random, glossary, 30_000);
        long coldStart = System.nanoTime();
        long coldCpu = THREADS.getCurrentThreadCpuTime();
        CorrectionEngine cold = CorrectionEngine.build(glossary, List.of(), ChineseDictionary.characterBoundaries());
        long builtCpu = THREADS.getCurrentThreadCpuTime();
        List<Finding> first = cold.scan(text);
        long scannedCpu = THREADS.getCurrentThreadCpuTime();
        long processCpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
        System.out.printf("cold: first findings %d ms wall after main() started building, %d ms after JVM start"
                        + " (this thread's CPU: build %d ms, first scan %d ms; whole process so far %d ms CPU on all"
                        + " threads incl. JVM start; %d findings; dictionary: %s)%n",
                (System.nanoTime() - coldStart) / 1_000_000, System.currentTimeMillis() - jvmStart,
                (builtCpu - coldCpu) / 1_000_000, (scannedCpu - builtCpu) / 1_000_000, processCpu, first.size(),
                cold.words());

        HanLpDictionary.load();
        List<Rule> rules = List.of(new Rule(1, "(\\d+)\\s*k上下文", "$1K上下文", false, true, ""));
        System.out.printf("glossary %d terms, transcript %d chars%n", glossary.size(), text.length());
        System.out.printf("index build: median %.1f ms%n", medianMillis(10, () -> CorrectionEngine.build(glossary, rules, HanLpDictionary.load())));
        CorrectionEngine engine = CorrectionEngine.build(glossary, rules, HanLpDictionary.load());
        System.out.printf("warm scan: median %.1f ms (%d findings)%n", medianMillis(30, () -> engine.scan(text)),
                engine.scan(text).size());

        System.out.println("growth with text length (5,000 terms):");
        for (int length : new int[]{7_500, 15_000, 30_000, 60_000, 120_000}) {
            String t = transcript(new Random(length), glossary, length);
            System.out.printf("  %,7d chars: scan %.1f ms%n", length, medianMillis(15, () -> engine.scan(t)));
        }
        System.out.println("growth with glossary size (30,000 chars):");
        for (int size : new int[]{1_000, 2_500, 5_000, 10_000, 20_000}) {
            List<GlossaryTerm> g = glossary(new Random(size), size);
            String t = transcript(new Random(size), g, 30_000);
            CorrectionEngine e = CorrectionEngine.build(g, rules, HanLpDictionary.load());
            System.out.printf("  %,7d terms: build %.1f ms, scan %.1f ms%n", size,
                    medianMillis(5, () -> CorrectionEngine.build(g, rules, HanLpDictionary.load())), medianMillis(15, () -> e.scan(t)));
        }
    }

    /**
     * Median CPU time of this thread per run, after warm-up. CPU time rather than wall time because the
     * machine is shared: other processes' load then does not count against the engine (it still
     * slows caches, so figures remain somewhat noisy).
     */
    private static double medianMillis(int runs, Runnable work) {
        for (int i = 0; i < Math.max(5, runs); i++) work.run();
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = THREADS.getCurrentThreadCpuTime();
            work.run();
            times[i] = (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    static List<GlossaryTerm> glossary(Random random, int size) {
        List<GlossaryTerm> terms = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String term = i % 2 == 0 ? chineseName(random) : latinName(random);
            List<String> variants = i % 5 == 0 ? List.of(mangle(term, random)) : List.of();
            terms.add(new GlossaryTerm(i + 1, term, variants, TermCategory.PRODUCT, "", "", true));
        }
        return terms;
    }

    static String transcript(Random random, List<GlossaryTerm> glossary, int length) {
        StringBuilder sb = new StringBuilder(length + 200);
        while (sb.length() < length) {
            String sentence = SENTENCES[random.nextInt(SENTENCES.length)];
            Object[] slots = new Object[2];
            for (int i = 0; i < slots.length; i++) {
                String term = glossary.get(random.nextInt(glossary.size())).term();
                slots[i] = random.nextInt(4) == 0 ? mangle(term, random) : term;
            }
            sb.append(String.format(sentence, slots));
            if (random.nextInt(6) == 0) sb.append('\n');
        }
        return sb.substring(0, length);
    }

    private static String chineseName(Random random) {
        int length = 2 + random.nextInt(3);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) sb.append(CHINESE_NAME_CHARS.charAt(random.nextInt(CHINESE_NAME_CHARS.length())));
        return sb.toString();
    }

    private static String latinName(Random random) {
        String[] parts = {"Neo", "Quant", "Vex", "Lumi", "Astra", "Core", "Syn", "Hyper", "Deep", "Nova", "Orbi",
                "Tera", "Flux", "Mira", "Zen", "Kairo", "Velo", "Omni", "Pixel", "Wave", "Logi", "Nexa"};
        String name = parts[random.nextInt(parts.length)] + parts[random.nextInt(parts.length)].toLowerCase();
        return random.nextBoolean() ? name : name + "-" + (1 + random.nextInt(9));
    }

    /** What ASR might do to a term: another character of the pool, or a Latin name split and re-cased. */
    private static String mangle(String term, Random random) {
        if (Character.UnicodeScript.of(term.charAt(0)) == Character.UnicodeScript.HAN) {
            char[] chars = term.toCharArray();
            chars[random.nextInt(chars.length)] = CHINESE_NAME_CHARS.charAt(random.nextInt(CHINESE_NAME_CHARS.length()));
            return new String(chars);
        }
        return term.substring(0, 3) + " " + term.substring(3).toUpperCase();
    }
}
