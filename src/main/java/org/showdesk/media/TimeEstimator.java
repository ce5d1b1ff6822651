package org.showdesk.media;

import java.util.ArrayList;
import java.util.List;

/**
 * Estimates when each sentence of an untimed transcript is spoken. First by syllables: the media's speaking time is
 * shared out by each sentence's syllable count and the pauses its punctuation implies. When the audio could be
 * decoded, sentence starts are then moved onto the pauses found in it ({@link PauseAlignment}).
 */
public final class TimeEstimator {
    public enum Method {
        /** Sentence starts lie on pauses found in the audio. */
        PAUSES,
        /** Shared out by syllables over the media's length (or its speaking part, when the audio was decoded). */
        SYLLABLES
    }

    /**
     * @param spans      one per text, in order
     * @param pausesUsed how many sentence boundaries lie on a pause found in the audio
     * @param pausesSeen how many pauses the audio had between its first and last word (0 when not decoded)
     */
    public record Estimate(List<Span> spans, Method method, int pausesUsed, int pausesSeen) {
        public Estimate {
            spans = List.copyOf(spans);
        }
    }

    private TimeEstimator() {
    }

    /** By syllables alone, over {@code [fromMs, toMs]}: what is left when the audio cannot be decoded. */
    public static Estimate bySyllables(List<String> texts, long fromMs, long toMs) {
        Weights w = Weights.of(texts);
        long[] starts = new long[w.size()];
        long[] ends = new long[w.size()];
        SyllableShare.share(w.spoken, w.trailing, 0, w.size(), fromMs, toMs, starts, ends);
        return new Estimate(w.spread(texts.size(), starts, ends, toMs), Method.SYLLABLES, 0, 0);
    }

    /** With the pauses found in the decoded audio; by syllables over the speaking part when no placement fits. */
    public static Estimate withPauses(List<String> texts, Pauses pauses) {
        Weights w = Weights.of(texts);
        if (w.size() == 0) return bySyllables(texts, pauses.speechStartMs(), pauses.speechEndMs());
        PauseAlignment.Result aligned = new PauseAlignment(w.spoken, w.trailing, pauses).align();
        if (aligned == null || aligned.pausesUsed() == 0) {
            Estimate plain = bySyllables(texts, pauses.speechStartMs(), pauses.speechEndMs());
            return new Estimate(plain.spans(), Method.SYLLABLES, 0, pauses.inner().size());
        }
        return new Estimate(w.spread(texts.size(), aligned.starts(), aligned.ends(), pauses.speechEndMs()),
                Method.PAUSES, aligned.pausesUsed(), pauses.inner().size());
    }

    /** The texts that say something, with their weights; blank ones (an emptied cue) get no time of their own. */
    private static final class Weights {
        final int[] index;
        final double[] spoken;
        final double[] trailing;

        private Weights(int[] index, double[] spoken, double[] trailing) {
            this.index = index;
            this.spoken = spoken;
            this.trailing = trailing;
        }

        static Weights of(List<String> texts) {
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) if (Syllables.spoken(texts.get(i)) > 0) kept.add(i);
            int[] index = kept.stream().mapToInt(Integer::intValue).toArray();
            double[] spoken = new double[index.length];
            double[] trailing = new double[index.length];
            for (int k = 0; k < index.length; k++) {
                spoken[k] = Syllables.spoken(texts.get(index[k]));
                trailing[k] = Syllables.trailingPause(texts.get(index[k]));
            }
            return new Weights(index, spoken, trailing);
        }

        int size() {
            return index.length;
        }

        /** Spans for every text: a blank one sits, with no length, where the next spoken one starts. */
        List<Span> spread(int count, long[] starts, long[] ends, long endMs) {
            Span[] out = new Span[count];
            for (int k = 0; k < index.length; k++) out[index[k]] = new Span(starts[k], Math.max(starts[k], ends[k]));
            long next = endMs;
            for (int i = count - 1; i >= 0; i--) {
                if (out[i] == null) out[i] = new Span(next, next);
                else next = out[i].startMs();
            }
            return List.of(out);
        }
    }
}
