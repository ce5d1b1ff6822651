package org.showdesk.media;

import java.io.BufferedInputStream;
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
            try (InputStream in = new BufferedInputStream(run.output(), 1 << 16)) {
                for (int lo; (lo = in.read()) >= 0; ) {
                    int hi = in.read();
                    if (hi < 0) break;
                    meter.add((short) ((hi << 8) | lo) / 32768.0);
                }
            }
            int exit = run.finish(TIMEOUT_SECONDS);
            if (exit != 0) {
                throw new AudioNotDecodedException("ffmpeg could not decode " + file.getFileName() + " ("
                        + (exit == -1 ? "it did not finish" : run.errors().lines().findFirst().orElse("exit " + exit)) + ")");
            }
        } catch (IOException e) {
            throw new AudioNotDecodedException("Reading ffmpeg's output for " + file.getFileName() + " failed: " + e.getMessage(), e);
        }
        Loudness loudness = meter.finish();
        if (loudness.frames() == 0) throw new AudioNotDecodedException("ffmpeg found no audio in " + file.getFileName());
        return loudness;
    }
}
