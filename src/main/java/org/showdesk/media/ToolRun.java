package org.showdesk.media;

import org.showdesk.model.ShowdeskException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One run of ffmpeg or ffprobe: its standard error is drained on the side so a chatty tool never blocks. */
final class ToolRun implements AutoCloseable {
    private static final int KEPT_ERROR_CHARS = 2000;

    private final Process process;
    private final Thread drain;
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

    private ToolRun(Process process) {
        this.process = process;
        this.drain = new Thread(() -> keepErrors(process.getErrorStream()), "media-tool-stderr");
        this.drain.setDaemon(true);
        this.drain.start();
    }

    static ToolRun start(Path tool, List<String> arguments) {
        List<String> command = new java.util.ArrayList<>();
        command.add(tool.toString());
        command.addAll(arguments);
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE);
            Process p = pb.start();
            p.getOutputStream().close();
            return new ToolRun(p);
        } catch (IOException e) {
            throw new ShowdeskException("Could not run " + tool + ": " + e.getMessage()
                    + ". Check that it is installed and can be run, or remove it from the PATH.", e);
        }
    }

    InputStream output() {
        return process.getInputStream();
    }

    /** Waits for the tool to end (killing it after {@code timeoutSeconds}); its exit code, or -1 when killed. */
    int finish(long timeoutSeconds) {
        try {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            drain.join(TimeUnit.SECONDS.toMillis(5));
            return process.exitValue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** What the tool said on standard error (its last lines), for a message. */
    String errors() {
        synchronized (errors) {
            String all = errors.toString(StandardCharsets.UTF_8).strip();
            return all.length() <= KEPT_ERROR_CHARS ? all : "…" + all.substring(all.length() - KEPT_ERROR_CHARS);
        }
    }

    byte[] readAllOutput() {
        try {
            return process.getInputStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void keepErrors(InputStream in) {
        byte[] buffer = new byte[4096];
        try (in) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                synchronized (errors) {
                    // keep only the tail: a long decode can warn thousands of times
                    if (errors.size() > 64 * 1024) {
                        byte[] tail = java.util.Arrays.copyOfRange(errors.toByteArray(), errors.size() - 8 * 1024, errors.size());
                        errors.reset();
                        errors.write(tail, 0, tail.length);
                    }
                    errors.write(buffer, 0, n);
                }
            }
        } catch (IOException ended) {
            // the tool was killed or closed its stream: what was read is kept
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) process.destroyForcibly();
    }
}
