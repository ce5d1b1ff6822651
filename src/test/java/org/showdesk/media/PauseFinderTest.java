package org.showdesk.media;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PauseFinderTest {
    @TempDir
    Path dir;

    /** Loudness of tone bursts and gaps as built, with a noise bed {@code noiseDb} below the tone. */
    private static Loudness bursts(double[] toneSeconds, double[] gapSeconds, double noiseDb, long seed) {
        Random random = new Random(seed);
        int frames = 0;
        for (double t : toneSeconds) frames += (int) Math.round(t * 100);
        for (double g : gapSeconds) frames += (int) Math.round(g * 100);
        float[] db = new float[frames + 100];
        int at = 0;
        for (int i = 0; i < 50; i++) db[at++] = (float) (-20 - noiseDb + random.nextGaussian());
        for (int k = 0; k < toneSeconds.length; k++) {
            for (int i = 0; i < Math.round(toneSeconds[k] * 100); i++) {
                // speech is not a steady tone: its level moves by several dB, with short dips between syllables
                db[at++] = (float) (i % 23 == 11 ? -20 - noiseDb * 0.6 : -20 + 4 * random.nextGaussian());
            }
            if (k < gapSeconds.length) {
                for (int i = 0; i < Math.round(gapSeconds[k] * 100); i++) {
                    db[at++] = (float) (i % 17 == 5 ? -20 - noiseDb + 9 : -20 - noiseDb + random.nextGaussian());
                }
            }
        }
        while (at < db.length) db[at++] = (float) (-20 - noiseDb + random.nextGaussian());
        return new Loudness(10, db);
    }

    @Test
    void findsPausesFromAThirdToOverASecondUnderAFaintNoiseBed() {
        double[] tones = {3.0, 4.2, 2.5, 5.1, 3.3};
        double[] gaps = {0.3, 1.2, 0.45, 0.8};
        for (double noiseDb : new double[]{14, 20, 30}) {
            Pauses found = PauseFinder.find(bursts(tones, gaps, noiseDb, 7));
            assertThat(found.inner()).as("noise %s dB below the voice", noiseDb).hasSize(gaps.length);
            double at = 0.5;
            for (int k = 0; k < gaps.length; k++) {
                at += tones[k];
                Pause p = found.inner().get(k);
                assertThat(p.startMs() / 1000.0).isCloseTo(at, org.assertj.core.api.Assertions.within(0.05));
                assertThat(p.lengthMs() / 1000.0).isCloseTo(gaps[k], org.assertj.core.api.Assertions.within(0.06));
                at += gaps[k];
            }
            assertThat(found.speechStartMs()).isBetween(500L, 550L);
        }
    }

    @Test
    void theJdkDecodesWavIntoLoudnessWhosePausesAreWhereTheSilenceIs() throws Exception {
        Path wav = MediaFixtures.toneWav(dir.resolve("t.wav"), 22050, 1.0, 0.5, 4);
        Loudness loudness = MediaTools.none().decoder().loudness(wav);
        assertThat(loudness.durationMs()).isEqualTo(6000);
        Pauses found = PauseFinder.find(loudness);
        assertThat(found.inner()).extracting(Pause::startMs).containsExactly(1000L, 2500L, 4000L);
        assertThat(found.inner()).extracting(Pause::lengthMs).containsOnly(500L);
        assertThat(found.speechEndMs()).isEqualTo(5500);
    }

    @Test
    void withoutFfmpegAnMp3CannotBeDecodedAndSaysWhy() {
        assertThatThrownBy(() -> MediaTools.none().decoder().loudness(MediaFixtures.spoken("sealed", "episode.mp3")))
                .isInstanceOf(AudioNotDecodedException.class).hasMessageContaining("only WAV");
    }

    @Test
    void ffmpegDecodesTheSameLengthFromMp3AndM4a() {
        AudioDecoder ffmpeg = MediaTools.onThisMachine().decoder();
        assertThat(ffmpeg.name()).isEqualTo("ffmpeg");
        long mp3 = ffmpeg.loudness(MediaFixtures.spoken("sealed", "episode.mp3")).durationMs();
        long m4a = ffmpeg.loudness(MediaFixtures.spoken("sealed", "episode.m4a")).durationMs();
        assertThat(Math.abs(mp3 - m4a)).isLessThan(150);
    }
}
