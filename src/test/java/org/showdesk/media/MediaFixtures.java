package org.showdesk.media;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** The committed media of src/test/resources/media (see its make-*.sh) and files made on the spot. */
public final class MediaFixtures {
    public static final Path ROOT = Path.of("src/test/resources/media");

    private MediaFixtures() {
    }

    public static Path format(String name) {
        return ROOT.resolve("formats").resolve(name);
    }

    /** A fixture of sentences spoken one by one with known start times (see make-fixture.sh). */
    public static Path spoken(String fixture, String file) {
        return ROOT.resolve(fixture).resolve(file);
    }

    /** Bytes that are no media at all, the same every run. */
    public static Path randomBytes(Path dir, String name, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(13).nextBytes(bytes);
        return Files.write(dir.resolve(name), bytes);
    }

    /**
     * A 16-bit mono WAV: {@code toneSeconds} of a 300 Hz tone at half scale, then {@code silenceSeconds} of
     * digital silence, repeated {@code times}.
     */
    public static Path toneWav(Path file, int rate, double toneSeconds, double silenceSeconds, int times) throws IOException {
        int tone = (int) Math.round(toneSeconds * rate);
        int silence = (int) Math.round(silenceSeconds * rate);
        short[] samples = new short[(tone + silence) * times];
        for (int t = 0; t < times; t++) {
            for (int i = 0; i < tone; i++) {
                samples[t * (tone + silence) + i] = (short) (16000 * Math.sin(2 * Math.PI * 300 * i / rate));
            }
        }
        byte[] bytes = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            bytes[2 * i] = (byte) samples[i];
            bytes[2 * i + 1] = (byte) (samples[i] >> 8);
        }
        AudioFormat format = new AudioFormat(rate, 16, 1, true, false);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(bytes), format, samples.length)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
        return file;
    }
}
