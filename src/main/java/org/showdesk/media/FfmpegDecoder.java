package org.showdesk.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/** ffmpeg decodes any playable format and pipes mono 16 kHz 16-bit PCM, which is measured as it arrives. */
final class FfmpegDecoder implements AudioDecoder {
    private static final int RATE = 16_000;
    /** Decoding runs at hundreds of times real time; this only stops a hung ffmpeg. */
    private static final long TIMEOUT_SECONDS = 600;
    private final Path ffmpeg;

    FfmpegDecoder(Path ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    @Override
    public String name() {
        return "ffmpeg";
    }

    @Override
    public Loudness loudness(Path file) {
        Loudness.Meter meter = new Loudness.Meter(RATE, FRAME_MS);
        try (ToolRun run = ToolRun.start(ffmpeg, List.of("-nostdin", "-v", "error", "-protocol_whitelist", "file",
                "-i", "file:" + file.toAbsolutePath(), "-vn", "-ac", "1", "-ar", String.valueOf(RATE),
                "-f", "s16le", "-acodec", "pcm_s16le", "pipe:1"))) {
            try (InputStream in = run.output()) {
                byte[] buffer = new byte[1 << 16];
                int kept = 0;
                for (int n; (n = in.read(buffer, kept, buffer.length - kept)) > 0; ) {
                    int end = kept + n;
                    int whole = end & ~1;
                    for (int i = 0; i < whole; i += 2) meter.add((short) ((buffer[i + 1] << 8) | (buffer[i] & 0xFF)) / 32768.0);
                    // a read can end in the middle of a sample: keep its first byte for the next round
                    kept = end - whole;
                    if (kept == 1) buffer[0] = buffer[whole];
                }
            }
            int exit = run.finish(TIMEOUT_SECONDS);
            String said = run.errors();
            if (said.contains("does not contain any stream") || said.contains("matches no streams")) {
                throw AudioNotDecodedException.noAudioTrack(file);
            }
            if (exit != 0) {
                throw new AudioNotDecodedException("ffmpeg could not decode " + file.getFileName() + " ("
                        + (exit == -1 ? "it did not finish" : FfprobeProbe.reason(said)) + ")");
            }
        } catch (IOException e) {
            throw new AudioNotDecodedException("Reading ffmpeg's output for " + file.getFileName() + " failed: " + e.getMessage(), e);
        }
        Loudness loudness = meter.finish();
        if (loudness.frames() == 0) throw AudioNotDecodedException.noAudioTrack(file);
        return loudness;
    }
}
