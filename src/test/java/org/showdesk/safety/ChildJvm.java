package org.showdesk.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM on the same classpath, for what only another process can show: an OS lock held by
 * someone else, and a writer killed with SIGKILL half-way through its work. Its stdout lines are
 * collected as they arrive. After a kill, the last lines a child had written were seen to go missing
 * (2 trials in 200 of CrashBench), so nothing that must be counted goes through stdout.
 */
final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread reader;

    private final Path stderr;

    private ChildJvm(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        this.reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException pipeClosed) {
                // the child died: what it printed before is already collected
            }
        }, "child-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code main} in a fresh JVM; SQLite's native library is unpacked into {@code scratch}, not /tmp. */
    static ChildJvm start(Path scratch, Class<?> main, String... args) throws IOException {
        Files.createDirectories(scratch);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx96m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-Dorg.sqlite.tmpdir=" + scratch, "-Djava.io.tmpdir=" + scratch,
                "-cp", classPathOf(main), main.getName()));
        cmd.addAll(List.of(args));
        Path stderr = scratch.resolve("stderr.txt");
        Process p = new ProcessBuilder(cmd).redirectError(stderr.toFile()).start();
        // If the harness itself is stopped, do not leave a writer running forever.
        Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly));
        return new ChildJvm(p, stderr);
    }

    /**
     * The classpath {@code main} was loaded from: java.class.path under Surefire, the loader's URLs under
     * exec:java (which runs benches inside Maven's own JVM).
     */
    private static String classPathOf(Class<?> main) {
        if (main.getClassLoader() instanceof java.net.URLClassLoader urls && urls.getURLs().length > 0) {
            List<String> entries = new ArrayList<>();
            for (java.net.URL u : urls.getURLs()) {
                try {
                    entries.add(Path.of(u.toURI()).toString());
                } catch (java.net.URISyntaxException | IllegalArgumentException notAFile) {
                    // not a local file: the child could not use it anyway
                }
            }
            return String.join(java.io.File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    /** Waits for a line starting with {@code prefix}; fails with the child's stderr when it does not come. */
    String awaitLine(String prefix, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline) {
            String line = lines.poll(50, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith(prefix)) return line;
            if (line == null && !process.isAlive() && lines.isEmpty()) break;
        }
        String err;
        try {
            err = Files.readString(stderr);
        } catch (IOException e) {
            err = "(no stderr: " + e.getMessage() + ")";
        }
        throw new IllegalStateException("the child process did not print \"" + prefix + "\" (alive: "
                + process.isAlive() + "); its stderr: " + err.substring(0, Math.min(err.length(), 2000)));
    }

    /** Waits for the child to end by itself; its exit code, or -1 if it was still running after {@code timeoutMs}. */
    int awaitExit(long timeoutMs) throws InterruptedException {
        if (!process.waitFor(timeoutMs, TimeUnit.MILLISECONDS)) return -1;
        reader.join(10_000);
        return process.exitValue();
    }

    /** Everything the child printed on stdout so far, one element a line. */
    List<String> linesSoFar() {
        return List.copyOf(lines);
    }

    String stderr() {
        try {
            return Files.readString(stderr);
        } catch (IOException e) {
            return "";
        }
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL on Linux and macOS: no shutdown hooks, no finally blocks, no flushing. */
    void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        reader.join(10_000);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) killHard();
    }
}
