package org.showdesk.media;

/** Shares a stretch of time among consecutive sentences by their syllables and the pauses between them. */
final class SyllableShare {
    private SyllableShare() {
    }

    /**
     * Fills {@code starts[from..to)} and {@code ends[from..to)} within {@code [begin, finish]}: sentence {@code to-1}
     * ends at {@code finish}, and the pause after it lies outside the stretch.
     */
    static void share(double[] spoken, double[] trailing, int from, int to, long begin, long finish,
                      long[] starts, long[] ends) {
        double total = 0;
        for (int k = from; k < to; k++) total += spoken[k] + (k < to - 1 ? trailing[k] : 0);
        double at = 0;
        for (int k = from; k < to; k++) {
            starts[k] = begin + Math.round(total <= 0 ? 0 : (finish - begin) * at / total);
            at += spoken[k];
            ends[k] = begin + Math.round(total <= 0 ? 0 : (finish - begin) * at / total);
            if (k < to - 1) at += trailing[k];
        }
    }
}
