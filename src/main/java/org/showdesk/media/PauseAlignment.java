package org.showdesk.media;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Places sentence starts on pauses found in the audio. Each boundary between two sentences takes one pause, in
 * order, or none (a speaker who runs two sentences together); the choice minimises, by dynamic programming over the
 * candidate pauses, how far each sentence's spoken length strays from its syllable count at the recording's pace,
 * while longer pauses are preferred (a sentence ends in a longer pause than a comma does). The pace is re-measured
 * from the chosen pauses and the choice made again, so a speaker faster or slower than the first guess is followed.
 */
final class PauseAlignment {
    /** Weight of a sentence's length straying from its syllables (squared log ratio). */
    static final double LENGTH_WEIGHT = 8;
    /** Reward for putting a boundary on a pause, growing with its length up to {@link #PAUSE_CAP_MS}. */
    static final double PAUSE_REWARD = 1.5;
    static final long PAUSE_CAP_MS = 1000;
    /** Cost of a boundary with no pause of its own. */
    static final double NO_PAUSE_COST = 1.5;
    /** At most this many sentences share one stretch between two used pauses. */
    static final int MAX_RUN = 4;
    /** A stretch lasting outside these multiples of its expected length is not considered. */
    static final double MIN_RATIO = 0.3;
    static final double MAX_RATIO = 3.5;
    private static final int ROUNDS = 3;
    static final long MIN_WINDOW_MS = 60_000;
    static final long MAX_WINDOW_MS = 300_000;

    private final double[] spoken;
    private final double[] trailing;
    private final List<Pause> pauses;
    private final long speechStart;
    private final long speechEnd;

    /** What was chosen: per sentence, its start and end; and how many boundaries lie on a pause. */
    record Result(long[] starts, long[] ends, int pausesUsed) {
    }

    PauseAlignment(double[] spoken, double[] trailing, Pauses found) {
        this.spoken = spoken;
        this.trailing = trailing;
        this.pauses = found.inner();
        this.speechStart = found.speechStartMs();
        this.speechEnd = found.speechEndMs();
    }

    /** The best placement, or null when no placement fits (then the caller estimates proportionally). */
    Result align() {
        int n = spoken.length;
        double totalWeight = 0;
        for (int i = 0; i < n; i++) totalWeight += spoken[i] + (i < n - 1 ? trailing[i] : 0);
        if (totalWeight <= 0) return null;
        double overall = (speechEnd - speechStart) / totalWeight;
        double msPerSyllable = overall;
        Result best = null;
        for (int round = 0; round < ROUNDS; round++) {
            int[] chosen = choose(msPerSyllable, overall);
            if (chosen == null) return best;
            best = place(chosen);
            double measured = pace(chosen);
            if (measured <= 0 || Math.abs(measured - msPerSyllable) < 1) break;
            msPerSyllable = measured;
        }
        return best;
    }

    /**
     * For each boundary 1..n-1, the index of its pause, or -1. {@code msPerSyllable} is the speaking pace sentences
     * are measured against; {@code overall} (pauses included) says where to look for each boundary.
     */
    private int[] choose(double msPerSyllable, double overall) {
        int n = spoken.length;
        int m = pauses.size();
        // cumulative expected time (spoken + pauses inside) up to the start of sentence k
        double[] cum = new double[n + 1];
        for (int k = 0; k < n; k++) cum[k + 1] = cum[k] + spoken[k] + (k < n - 1 ? trailing[k] : 0);
        long[] pauseEnds = new long[m];
        for (int j = 0; j < m; j++) pauseEnds[j] = pauses.get(j).endMs();

        // Boundary b only considers pauses within WINDOW of where syllables alone put it: memory and time stay
        // proportional to the length of the show, not to its square.
        long window = Math.max(MIN_WINDOW_MS, Math.min(MAX_WINDOW_MS, (speechEnd - speechStart) / 5));
        int[] lo = new int[n];
        double[][] cost = new double[n][];
        int[][] fromB = new int[n][];
        int[][] fromJ = new int[n][];
        cost[0] = new double[]{0}; // boundary 0: the start of speech
        for (int b = 1; b < n; b++) {
            long guess = speechStart + Math.round(overall * cum[b]);
            lo[b] = lowerBound(pauseEnds, guess - window);
            int hi = lowerBound(pauseEnds, guess + window + 1);
            cost[b] = new double[Math.max(0, hi - lo[b])];
            fromB[b] = new int[cost[b].length];
            fromJ[b] = new int[cost[b].length];
            Arrays.fill(cost[b], Double.POSITIVE_INFINITY);
        }

        int finalB = -1, finalJ = -1;
        for (int b = 1; b <= n; b++) {
            boolean last = b == n;
            int candidates = last ? 1 : cost[b].length;
            for (int c = 0; c < candidates; c++) {
                int j = last ? m : lo[b] + c;
                long segmentEnd = last ? speechEnd : pauses.get(j).startMs();
                double bestHere = Double.POSITIVE_INFINITY;
                int bestB = -1, bestJ = -1;
                for (int run = 1; run <= MAX_RUN && b - run >= 0; run++) {
                    int from = b - run;
                    // expected time from the start of sentence `from` to the end of sentence b-1 (its pause excluded)
                    double expected = msPerSyllable * (cum[b] - cum[from] - (last ? 0 : trailing[b - 1]));
                    if (expected <= 0) expected = msPerSyllable;
                    double earliest = segmentEnd - MAX_RATIO * expected;
                    double latest = segmentEnd - MIN_RATIO * expected;
                    if (from == 0) {
                        if (speechStart >= earliest && speechStart <= latest) {
                            double total = stretch(segmentEnd - speechStart, expected, run);
                            if (total < bestHere) {
                                bestHere = total;
                                bestB = 0;
                                bestJ = -1;
                            }
                        }
                        continue;
                    }
                    // the previous boundary: a pause before pause j that ends in [earliest, latest]
                    int first = Math.max(lo[from], lowerBound(pauseEnds, (long) Math.ceil(earliest)));
                    int limit = Math.min(last ? m : j, lo[from] + cost[from].length);
                    for (int jp = first; jp < limit && pauseEnds[jp] <= latest; jp++) {
                        double before = cost[from][jp - lo[from]];
                        if (before == Double.POSITIVE_INFINITY) continue;
                        double total = before + stretch(segmentEnd - pauseEnds[jp], expected, run);
                        if (total < bestHere) {
                            bestHere = total;
                            bestB = from;
                            bestJ = jp;
                        }
                    }
                }
                if (bestB < 0) continue;
                if (last) {
                    finalB = bestB;
                    finalJ = bestJ;
                } else {
                    double reward = PAUSE_REWARD * Math.min(pauses.get(j).lengthMs(), PAUSE_CAP_MS) / PAUSE_CAP_MS;
                    cost[b][c] = bestHere - reward;
                    fromB[b][c] = bestB;
                    fromJ[b][c] = bestJ;
                }
            }
        }
        if (finalB < 0) return null;
        int[] chosen = new int[n];
        Arrays.fill(chosen, -1);
        int b = finalB, j = finalJ;
        while (b > 0) {
            chosen[b] = j;
            int c = j - lo[b];
            int pb = fromB[b][c], pj = fromJ[b][c];
            b = pb;
            j = pj;
        }
        return chosen;
    }

    private static double stretch(long actual, double expected, int run) {
        double ratio = Math.log(Math.max(actual, 1) / expected);
        return LENGTH_WEIGHT * ratio * ratio + NO_PAUSE_COST * (run - 1);
    }

    /** Starts and ends from the chosen pauses; sentences between two used pauses share their stretch by syllables. */
    private Result place(int[] chosen) {
        int n = spoken.length;
        long[] starts = new long[n];
        long[] ends = new long[n];
        List<Integer> anchors = new ArrayList<>();
        anchors.add(0);
        for (int b = 1; b < n; b++) if (chosen[b] >= 0) anchors.add(b);
        anchors.add(n);
        int used = anchors.size() - 2;
        for (int a = 0; a + 1 < anchors.size(); a++) {
            int from = anchors.get(a), to = anchors.get(a + 1);
            long begin = from == 0 ? speechStart : pauses.get(chosen[from]).endMs();
            long finish = to == n ? speechEnd : pauses.get(chosen[to]).startMs();
            SyllableShare.share(spoken, trailing, from, to, begin, finish, starts, ends);
        }
        return new Result(starts, ends, used);
    }

    /** The pace measured with the chosen pauses taken out: ms per syllable. */
    private double pace(int[] chosen) {
        int n = spoken.length;
        double pausedMs = 0;
        double weight = 0;
        for (int b = 1; b < n; b++) {
            if (chosen[b] >= 0) pausedMs += pauses.get(chosen[b]).lengthMs();
            else weight += trailing[b - 1];
        }
        for (double s : spoken) weight += s;
        return (speechEnd - speechStart - pausedMs) / weight;
    }

    private static int lowerBound(long[] sorted, long value) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
