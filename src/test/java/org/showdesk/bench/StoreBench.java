package org.showdesk.bench;

import org.showdesk.model.Cue;
import org.showdesk.store.EpisodeRepository;
import org.showdesk.store.ProjectBackups;
import org.showdesk.store.ShowStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A show at the scale of years of weekly episodes: 500 generated episodes of ~30,000 characters.
 * Prints the file size and the times of opening, listing, loading one episode, checking and backing up.
 * Arguments: [episodes=500] [charsPerEpisode=30000].
 */
public final class StoreBench {
    private static final String[] WHO = {"DeepSeek", "北京邮电大学", "Meta AI", "清华大学", "同花顺", "Krutrim团队", "纽约大学"};
    private static final String[] DID = {"发布了", "开源了", "提出了", "更新了", "公开了"};
    private static final String[] WHAT = {"一个7B参数的多模态模型", "新的LoRAMoE微调方法", "RichDreamer三维生成框架",
            "一套长上下文评测基准", "面向代码的智能体", "视频理解数据集"};
    private static final String[] TAIL = {"效果超过了上一代。", "论文和代码都已经放出。", "大家可以去项目主页试一试。",
            "我们下面详细看一下。", "这个方向最近非常热闹。"};

    private StoreBench() {
    }

    public static void main(String[] args) throws Exception {
        int episodes = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int chars = args.length > 1 ? Integer.parseInt(args[1]) : 30_000;
        Path dir = Files.createTempDirectory("showdesk-scale");
        Path show = dir.resolve("五百期.showdesk");
        Random random = new Random(7);

        long t0 = System.nanoTime();
        try (ShowStore store = ShowStore.create(show, "五百期")) {
            var repo = new EpisodeRepository(store);
            for (int e = 1; e <= episodes; e++) repo.insert("第" + e + "期", "ep" + e + ".txt", "txt", "UTF-8",
                    cues(random, chars));
        }
        System.out.printf("generate %d episodes x ~%d chars: %.1f s%n", episodes, chars, seconds(t0));
        System.out.printf("file size: %.1f MiB%n", Files.size(show) / 1048576.0);

        for (int round = 1; round <= 2; round++) {
            System.gc();
            long heapBefore = usedHeap();
            t0 = System.nanoTime();
            try (ShowStore store = ShowStore.open(show)) {
                double open = millis(t0);
                var repo = new EpisodeRepository(store);
                t0 = System.nanoTime();
                var list = repo.list();
                double listMs = millis(t0);
                long heapAfterList = usedHeap();
                t0 = System.nanoTime();
                var one = repo.transcript(list.get(list.size() / 2).id());
                double loadMs = millis(t0);
                t0 = System.nanoTime();
                long legacy = legacyListSum(store);
                double legacyMs = millis(t0);
                System.out.printf("round %d: open (header + quick_check + lock) %.0f ms; list %d episodes %.1f ms; "
                                + "load one episode (%d cues, %d chars) %.1f ms; old list query (sums cue text) %.0f ms "
                                + "[%d chars]; heap growth after open+list %.1f MiB%n", round, open, list.size(),
                        listMs, one.size(), one.length(), loadMs, legacyMs, legacy,
                        (heapAfterList - heapBefore) / 1048576.0);
                if (round == 2) {
                    t0 = System.nanoTime();
                    String full = store.integrityCheck();
                    System.out.printf("full integrity_check: %s, %.0f ms%n", full, millis(t0));
                    t0 = System.nanoTime();
                    var b = new ProjectBackups(dir.resolve("backups"), show).backUp(store);
                    System.out.printf("online backup + quick_check of the copy: %.0f ms (%.1f MiB)%n", millis(t0),
                            b.sizeBytes() / 1048576.0);
                }
            }
        }
        t0 = System.nanoTime();
        ShowStore.inspect(show);
        System.out.printf("inspect alone (header + quick_check): %.0f ms%n", millis(t0));
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static List<Cue> cues(Random r, int chars) {
        List<Cue> out = new ArrayList<>();
        int total = 0;
        while (total < chars) {
            String s = WHO[r.nextInt(WHO.length)] + DID[r.nextInt(DID.length)] + WHAT[r.nextInt(WHAT.length)] + "，"
                    + TAIL[r.nextInt(TAIL.length)];
            out.add(Cue.of(null, null, s));
            total += s.length();
        }
        return out;
    }

    /** What listing cost before schema 2: every cue's text read to sum its length. */
    private static long legacyListSum(ShowStore store) {
        return store.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("""
                    SELECT sum(chars) FROM (SELECT (SELECT coalesce(sum(length(c.text)), 0) FROM cue c
                    WHERE c.episode_id = e.id) AS chars FROM episode e)""")) {
                return rs.getLong(1);
            }
        });
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static double millis(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
