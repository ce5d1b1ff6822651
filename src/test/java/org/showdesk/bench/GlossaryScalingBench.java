package org.showdesk.bench;

import org.showdesk.correct.CorrectionEngine;
import org.showdesk.correct.CorrectionEvaluation;
import org.showdesk.correct.HanLpDictionary;
import org.showdesk.model.Finding;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.TermCategory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * How the engine grows with glossary size on glossaries shaped like real ones: model families sharing
 * prefixes (Qwen2.5-72B-Instruct, 通义千问2.5…), numbered families whose misrecognitions share a prefix
 * (天河1号 heard 天和1号), many variants. Prints build and scan times for 1,000 / 20,000 / 100,000 terms on the
 * unseen episode (src/test/resources/eval) and writes each glossary as a text file for whole-process timing:
 *
 * It also writes {@code long-7000.txt}, 7,000 lines / about 100,000 characters, for timing {@code check} and
 * {@code fix} as whole processes ({@code time java -jar target/showdesk.jar check target/scaling/long-7000.txt}).
 *
 * <pre>mvn -B -q -o test-compile exec:java -Dexec.mainClass=org.showdesk.bench.GlossaryScalingBench
 * mvn -B -q -o package -DskipTests
 * for n in 1000 20000 100000; do for shape in families numbered; do
 *   /usr/bin/time -f "$shape $n: %e s, %M KB" java -Xmx512m -jar target/showdesk.jar check target/scaling/episode.txt \
 *     --glossary target/scaling/$shape-$n.txt --json &gt; /dev/null; done; done</pre>
 */
public final class GlossaryScalingBench {
    private static final String[] LATIN = {"Qwen", "Llama", "Mistral", "Gemma", "Phi", "Falcon", "DeepSeek", "Yi",
            "InternLM", "Baichuan", "ChatGLM", "MiniCPM", "Nemotron", "Granite", "OLMo", "StarCoder", "CodeGen",
            "Vicuna", "Zephyr", "Hermes", "Orca", "Solar", "Jamba", "Command", "Aquila", "Skywork", "Hunyuan", "Doubao",
            "Ernie", "Pangu", "Spark", "Kimi", "Step", "Moss", "Tigerbot", "Xverse", "Yayi", "Bloom", "Pythia", "Dolly"};
    private static final String[] SUFFIX = {"", "-Instruct", "-Chat", "-Base", "-Coder", "-VL", "-Math", "-Audio"};
    private static final String[] CHINESE = {"通义千问", "文心一言", "混元", "豆包", "盘古", "星火", "日日新", "书生浦语",
            "天工", "百川", "悟道", "紫东太初", "孟子", "序列猴子", "智海", "玉言", "言犀", "九章", "天河", "神威"};
    private static final String NAME_CHARS = "天云星海智源光明达信通华盛安新锐思维创恒泰博远科启航蓝图灵犀深度量子未来数擎宇宙飞凌翼腾跃";

    private GlossaryScalingBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of("target", "scaling");
        Files.createDirectories(dir);
        String text = CorrectionEvaluation.cases(CorrectionEvaluation.UNSEEN_EPISODE).stream()
                .map(CorrectionEvaluation.Case::text).reduce("", (a, b) -> a + b + "\n");
        Files.writeString(dir.resolve("episode.txt"), text, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("long-7000.txt"), longTranscript(7_000), StandardCharsets.UTF_8);
        HanLpDictionary words = HanLpDictionary.load();
        for (String shape : new String[]{"families", "numbered"}) {
            for (int size : new int[]{1_000, 20_000, 100_000}) {
                List<GlossaryTerm> terms = shape.equals("families") ? families(size) : numbered(size);
                write(dir.resolve(shape + "-" + size + ".txt"), terms);
                long t0 = System.nanoTime();
                CorrectionEngine engine = CorrectionEngine.build(terms, List.of(), words);
                long t1 = System.nanoTime();
                List<Finding> findings = engine.scan(text);
                for (int i = 0; i < 3; i++) engine.scan(text);
                long t2 = System.nanoTime();
                engine.scan(text);
                long t3 = System.nanoTime();
                System.out.printf("%-9s %,7d terms: build %6.0f ms, first scan+3 %6.0f ms, warm scan %5.0f ms, %d findings%n",
                        shape, terms.size(), (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, findings.size());
            }
        }
    }

    /**
     * A long transcript of {@code lines} subtitle-length lines (about 100,000 characters for 7,000): the
     * evaluation sentences and the ordinary prose cut at punctuation, repeated, as ASR output of a long show.
     */
    static String longTranscript(int lines) {
        List<String> pieces = new ArrayList<>();
        for (String file : new String[]{CorrectionEvaluation.TUNING, CorrectionEvaluation.SEALED}) {
            for (CorrectionEvaluation.Case c : CorrectionEvaluation.cases(file)) pieces.addAll(clauses(c.text()));
        }
        CorrectionEvaluation.prose().values().forEach(p -> pieces.addAll(clauses(p)));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines; i++) sb.append(pieces.get(i % pieces.size())).append('\n');
        return sb.toString();
    }

    private static List<String> clauses(String text) {
        List<String> out = new ArrayList<>();
        for (String clause : text.split("(?<=[,。!?;])|\\R")) if (!clause.isBlank()) out.add(clause.strip());
        return out;
    }

    /** Model families: a base name, versions, sizes and suffixes; Chinese names with versions; a fifth with variants. */
    public static List<GlossaryTerm> families(int size) {
        Random random = new Random(size);
        Set<String> names = new LinkedHashSet<>();
        int[] sizes = {1, 3, 7, 8, 13, 14, 32, 34, 70, 72, 110, 180, 405};
        while (names.size() < size) {
            if (random.nextInt(3) == 0) {
                String base = CHINESE[random.nextInt(CHINESE.length)];
                names.add(random.nextBoolean() ? base + (1 + random.nextInt(9)) + "." + random.nextInt(10)
                        : base + chineseName(random));
            } else {
                String base = LATIN[random.nextInt(LATIN.length)];
                String version = (1 + random.nextInt(4)) + (random.nextBoolean() ? "." + random.nextInt(10) : "");
                names.add(base + version + "-" + sizes[random.nextInt(sizes.length)] + "B"
                        + SUFFIX[random.nextInt(SUFFIX.length)]);
            }
        }
        List<GlossaryTerm> terms = new ArrayList<>(size);
        int i = 0;
        for (String name : names) {
            List<String> variants = i++ % 5 != 0 ? List.of() : name.contains("-")
                    ? List.of(name.replace("-", " "), name.replace("-", " ").replace("B", " bee"))
                    : List.of(name.substring(0, name.length() - 1) + NAME_CHARS.charAt(i % NAME_CHARS.length()));
            terms.add(new GlossaryTerm(i, name, variants, TermCategory.PRODUCT, "", "", true));
        }
        return terms;
    }

    /** Numbered families (天河1号…, NovaNet-1…) whose misrecognitions share a prefix (天和…, Nova Net…). */
    public static List<GlossaryTerm> numbered(int size) {
        List<GlossaryTerm> terms = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int n = i / 2 + 1;
            GlossaryTerm term = i % 2 == 0
                    ? new GlossaryTerm(i + 1, "天河" + n + "号", List.of("天和" + n + "号", "天合" + n + "号"),
                    TermCategory.PRODUCT, "", "", true)
                    : new GlossaryTerm(i + 1, "NovaNet-" + n, List.of("Nova Net " + n, "Nova net-" + n),
                    TermCategory.PRODUCT, "", "", true);
            terms.add(term);
        }
        return terms;
    }

    private static String chineseName(Random random) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2; i++) sb.append(NAME_CHARS.charAt(random.nextInt(NAME_CHARS.length())));
        return sb.toString();
    }

    private static void write(Path file, List<GlossaryTerm> terms) throws IOException {
        StringBuilder sb = new StringBuilder("# generated by GlossaryScalingBench\n");
        for (GlossaryTerm t : terms) {
            sb.append(t.term());
            if (!t.variants().isEmpty()) sb.append('\t').append(String.join("|", t.variants()));
            sb.append('\n');
        }
        Files.writeString(file, sb, StandardCharsets.UTF_8);
    }
}
