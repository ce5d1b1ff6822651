package org.showdesk.bench;

import org.showdesk.media.Loudness;
import org.showdesk.media.MediaFixtures;
import org.showdesk.media.MediaTools;
import org.showdesk.media.Pause;
import org.showdesk.media.PauseFinder;
import org.showdesk.media.Pauses;
import org.showdesk.media.Span;
import org.showdesk.media.SpokenFixture;
import org.showdesk.media.TimeEstimator;

import java.util.List;

/**
 * How far estimated sentence starts lie from the truth on the spoken fixtures, with pauses and by syllables alone,
 * and how long decoding and estimating take. The sealed fixture (the bar's) is left out unless the first argument
 * is "--sealed": tune on tuning-a and tuning-b only.
 * Run: mvn -B -q -o test-compile exec:java -Dexec.mainClass=org.showdesk.bench.PauseEstimateBench [-Dexec.args="--sealed"]
 * Add "--verbose" for every sentence and every pause found.
 */
public final class PauseEstimateBench {
    public static void main(String[] args) {
        boolean sealed = List.of(args).contains("--sealed");
        boolean verbose = List.of(args).contains("--verbose");
        longShow(60);
        longShow(180);
        MediaTools tools = MediaTools.onThisMachine();
        List<String> names = sealed ? List.of("tuning-a", "tuning-b", "tuning-c", "sealed") : List.of("tuning-a", "tuning-b", "tuning-c");
        for (String name : names) {
            for (String file : List.of("episode.m4a", "episode.mp3")) {
                if (name.startsWith("tuning-") && !java.nio.file.Files.exists(MediaFixtures.spoken(name, "truth.tsv"))) {
                    regenerate(name);
                }
                SpokenFixture f = SpokenFixture.load(name);
                if (!java.nio.file.Files.exists(f.file(file))) continue;
                long t0 = System.nanoTime();
                Loudness loudness = tools.decoder().loudness(f.file(file));
                long t1 = System.nanoTime();
                Pauses pauses = PauseFinder.find(loudness);
                TimeEstimator.Estimate withPauses = TimeEstimator.withPauses(f.texts(), pauses);
                long t2 = System.nanoTime();
                TimeEstimator.Estimate plain = TimeEstimator.bySyllables(f.texts(), 0, loudness.durationMs());
                System.out.printf("%-9s %-12s %5.1f s audio  decode %4d ms  estimate %3d ms  pauses seen %3d used %2d%n",
                        name, file, loudness.durationMs() / 1000.0, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                        withPauses.pausesSeen(), withPauses.pausesUsed());
                report("  with pauses ", f, withPauses, verbose);
                report("  by syllables", f, plain, verbose);
                report("  by characters", f, byCharacters(f.texts(), loudness.durationMs()), verbose);
                if (verbose) {
                    for (Pause p : pauses.inner()) System.out.printf("      pause %7.2f–%7.2f (%4d ms)%n",
                            p.startMs() / 1000.0, p.endMs() / 1000.0, p.lengthMs());
                }
            }
        }
    }

    /**
     * A synthetic show of {@code minutes}: sentences of 8–45 characters with commas, a pace drifting by ±20 %,
     * comma pauses of 0.15–0.45 s and sentence pauses of 0.25–1.2 s (one in twelve boundaries has none). Reports
     * how long the estimate takes and how far it lies from the built truth: the alignment must stay fast and
     * its memory bounded on a long episode.
     */
    private static void longShow(int minutes) {
        java.util.Random random = new java.util.Random(minutes);
        List<String> texts = new java.util.ArrayList<>();
        List<Double> truth = new java.util.ArrayList<>();
        List<Pause> pauses = new java.util.ArrayList<>();
        double at = 2.0;
        double start = at;
        while (at < minutes * 60.0) {
            double pace = 0.22 * (1 + 0.2 * Math.sin(at / 300));
            StringBuilder sentence = new StringBuilder();
            truth.add(at);
            int phrases = 1 + random.nextInt(3);
            for (int p = 0; p < phrases; p++) {
                int chars = 4 + random.nextInt(14);
                sentence.append("的".repeat(chars)).append(p < phrases - 1 ? "，" : "。");
                at += chars * pace;
                if (p < phrases - 1) {
                    double comma = 0.15 + 0.3 * random.nextDouble();
                    pauses.add(new Pause(Math.round(at * 1000), Math.round((at + comma) * 1000)));
                    at += comma;
                }
            }
            texts.add(sentence.toString());
            if (random.nextInt(12) != 0) {
                double gap = 0.25 + 0.95 * random.nextDouble();
                pauses.add(new Pause(Math.round(at * 1000), Math.round((at + gap) * 1000)));
                at += gap;
            }
        }
        pauses.remove(pauses.size() - 1);
        Pauses heard = new Pauses(pauses, Math.round(start * 1000), Math.round(at * 1000));
        long t0 = System.nanoTime();
        TimeEstimator.Estimate e = TimeEstimator.withPauses(texts, heard);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        double sum = 0, max = 0;
        for (int i = 0; i < texts.size(); i++) {
            double err = Math.abs(e.spans().get(i).startMs() / 1000.0 - truth.get(i));
            sum += err;
            max = Math.max(max, err);
        }
        System.out.printf("synthetic %3d min: %4d sentences, %5d pauses  estimate %5d ms  mean error %5.2f s  max %5.2f s%n",
                minutes, texts.size(), pauses.size(), ms, sum / texts.size(), max);
    }

    /** The plainest estimate, for comparison: each sentence's share of the characters, over the whole file. */
    private static TimeEstimator.Estimate byCharacters(List<String> texts, long durationMs) {
        long total = texts.stream().mapToLong(String::length).sum();
        List<Span> spans = new java.util.ArrayList<>();
        long before = 0;
        for (String t : texts) {
            spans.add(new Span(durationMs * before / total, durationMs * (before + t.length()) / total));
            before += t.length();
        }
        return new TimeEstimator.Estimate(spans, TimeEstimator.Method.SYLLABLES, 0, 0);
    }

    /** The tuning fixtures' audio is not committed (see src/test/resources/media/.gitignore). */
    private static void regenerate(String name) {
        try {
            Process p = new ProcessBuilder("bash", MediaFixtures.ROOT.resolve("make-fixture.sh").toString(),
                    MediaFixtures.ROOT.resolve(name).toString()).inheritIO().start();
            if (p.waitFor() != 0) throw new IllegalStateException("make-fixture.sh failed for " + name);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void report(String label, SpokenFixture f, TimeEstimator.Estimate e, boolean verbose) {
        double[] errors = f.startErrors(e.spans().stream().map(s -> s.startMs() / 1000.0).toList());
        double sum = 0, max = 0;
        int within1 = 0;
        for (double err : errors) {
            sum += err;
            max = Math.max(max, err);
            if (err <= 1.0) within1++;
        }
        System.out.printf("%s  mean error %5.2f s  max %5.2f s  within 1 s: %d of %d%n", label, sum / errors.length, max,
                within1, errors.length);
        if (verbose) {
            for (int i = 0; i < errors.length; i++) {
                Span s = e.spans().get(i);
                System.out.printf("      %2d true %7.2f est %7.2f  err %5.2f%n", i + 1, f.sentences().get(i).start(),
                        s.startMs() / 1000.0, errors[i]);
            }
        }
    }
}
