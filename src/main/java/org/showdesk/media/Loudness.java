package org.showdesk.media;

/**
 * How loud the audio is, frame by frame: what pause finding needs, a few hundred kilobytes for an hour where the
 * samples would take a hundred megabytes.
 *
 * @param frameMs the length of one frame
 * @param db      each frame's RMS level in dB relative to full scale (−100 for digital silence)
 */
public record Loudness(int frameMs, float[] db) {
    public static final float SILENT_DB = -100f;

    public Loudness {
        if (frameMs <= 0) throw new IllegalArgumentException("frame length " + frameMs);
        db = db.clone();
    }

    /** A copy: the levels stay as measured. */
    @Override
    public float[] db() {
        return db.clone();
    }

    public int frames() {
        return db.length;
    }

    public long durationMs() {
        return (long) db.length * frameMs;
    }

    /** The level that {@code share} of the frames stay under (0.99: the loud moments, ignoring a few clicks). */
    public float levelAt(double share) {
        if (db.length == 0) return SILENT_DB;
        float[] sorted = db.clone();
        java.util.Arrays.sort(sorted);
        return sorted[Math.min(db.length - 1, (int) (db.length * share))];
    }

    public float at(int frame) {
        return db[frame];
    }

    /** Accumulates mono samples (any rate) into frames. */
    static final class Meter {
        private final double samplesPerFrame;
        private final int frameMs;
        private float[] levels = new float[1024];
        private int count;
        private long samples;
        private double sumSquares;
        private int inFrame;

        Meter(int sampleRate, int frameMs) {
            this.frameMs = frameMs;
            this.samplesPerFrame = sampleRate * frameMs / 1000.0;
        }

        /** One sample, scaled to [-1, 1]. */
        void add(double sample) {
            sumSquares += sample * sample;
            inFrame++;
            // frames end on the sample nearest each multiple of frameMs, so 22.05 kHz does not drift
            if (++samples >= Math.round((count + 1) * samplesPerFrame)) {
                if (count == levels.length) levels = java.util.Arrays.copyOf(levels, count * 2);
                double rms = Math.sqrt(sumSquares / inFrame);
                levels[count++] = rms <= 1e-5 ? SILENT_DB : (float) (20 * Math.log10(rms));
                sumSquares = 0;
                inFrame = 0;
            }
        }

        Loudness finish() {
            return new Loudness(frameMs, java.util.Arrays.copyOf(levels, count));
        }
    }
}
