package org.showdesk.media;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The JDK's own reader: decodes PCM WAV on any machine; other formats need ffmpeg. */
final class WavDecoder implements AudioDecoder {
    @Override
    public String name() {
        return "the JDK (WAV only)";
    }

    @Override
    public Loudness loudness(Path file) {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file));
             AudioInputStream source = AudioSystem.getAudioInputStream(raw)) {
            AudioFormat from = source.getFormat();
            // The JDK converts any PCM layout (8/24/32 bit, big-endian, float) to 16-bit little-endian for us.
            AudioFormat to = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, from.getSampleRate(), 16, from.getChannels(),
                    2 * from.getChannels(), from.getSampleRate(), false);
            try (AudioInputStream pcm = AudioSystem.getAudioInputStream(to, source)) {
                return measure(pcm, Math.round(from.getSampleRate()), from.getChannels());
            }
        } catch (UnsupportedAudioFileException | IllegalArgumentException e) {
            throw new AudioNotDecodedException(file.getFileName() + " is not a WAV file, and without ffmpeg only WAV "
                    + "can be decoded here");
        } catch (IOException e) {
            throw new AudioNotDecodedException("Could not read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static Loudness measure(InputStream pcm, int rate, int channels) throws IOException {
        Loudness.Meter meter = new Loudness.Meter(rate, FRAME_MS);
        byte[] frame = new byte[2 * channels];
        BufferedInputStream in = new BufferedInputStream(pcm, 1 << 16);
        while (in.readNBytes(frame, 0, frame.length) == frame.length) {
            double sum = 0;
            for (int c = 0; c < channels; c++) sum += (short) ((frame[2 * c + 1] << 8) | (frame[2 * c] & 0xFF));
            meter.add(sum / channels / 32768.0);
        }
        Loudness loudness = meter.finish();
        if (loudness.frames() == 0) throw new AudioNotDecodedException("there is no audio in the WAV file");
        return loudness;
    }
}
