package org.showdesk.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A sound output for the player tests. JavaFX Media on Linux plays through ALSA's default device and cannot even open
 * a player without one; a test machine has no sound card. When PulseAudio and ALSA's pulse plugin are installed
 * (Debian: pulseaudio, libasound2-plugins) a private PulseAudio with a null sink is started, which plays in real time
 * into nothing. Otherwise ALSA's null device is used: media opens and seeks, but played audio runs unclocked to the
 * end at once, so playing cannot be tested, and {@link #whyNoPlayback()} says why.
 *
 * <p>ALSA is pointed at the chosen device through the file named by ALSA_CONFIG_PATH, which the build sets for the
 * test JVM (pom.xml); this class writes it before the first player opens. On Windows and macOS the system's own
 * output is used as it is.
 */
final class TestSoundOutput implements AutoCloseable {
    private static final Path SYSTEM_ALSA_CONF = Path.of("/usr/share/alsa/alsa.conf");

    private final Process pulse;
    private final Path work;
    private final String whyNoPlayback;

    private TestSoundOutput(Process pulse, Path work, String whyNoPlayback) {
        this.pulse = pulse;
        this.work = work;
        this.whyNoPlayback = whyNoPlayback;
    }

    static TestSoundOutput start() throws IOException, InterruptedException {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return new TestSoundOutput(null, null, null);
        }
        String config = System.getenv("ALSA_CONFIG_PATH");
        if (config == null || !Files.isRegularFile(SYSTEM_ALSA_CONF)) {
            return new TestSoundOutput(null, null, "ALSA cannot be pointed at a test output here (run the tests "
                    + "through Maven, which sets ALSA_CONFIG_PATH; ALSA's " + SYSTEM_ALSA_CONF + " must exist)");
        }
        Path alsaConf = Path.of(config);
        Files.createDirectories(alsaConf.getParent());
        String missing = pulseMissing();
        if (missing != null) {
            write(alsaConf, "pcm.!default { type null }\nctl.!default { type hw card 0 }\n");
            return new TestSoundOutput(null, null, missing + ", so the player plays into ALSA's null device, where "
                    + "playing runs unclocked to the end; install pulseaudio and libasound2-plugins to test playing");
        }
        // A short path of its own: a unix socket's path is limited to about 100 characters.
        Path work = Files.createTempDirectory("showdesk-sound");
        Path socket = work.resolve("native");
        Path script = Files.writeString(work.resolve("sink.pa"), "load-module module-null-sink sink_name=nullsink\n"
                + "set-default-sink nullsink\n"
                + "load-module module-native-protocol-unix socket=" + socket + " auth-anonymous=1\n");
        ProcessBuilder pb = new ProcessBuilder("pulseaudio", "-n", "-F", script.toString(), "--daemonize=no",
                "--exit-idle-time=-1", "--use-pid-file=no", "--log-target=stderr", "--log-level=error")
                .redirectErrorStream(true).redirectOutput(work.resolve("pulseaudio.log").toFile());
        // Its cookie, state and runtime files stay in the test's folder, not in the user's home.
        pb.environment().put("HOME", work.toString());
        pb.environment().put("PULSE_RUNTIME_PATH", work.resolve("run").toString());
        pb.environment().put("PULSE_STATE_PATH", work.resolve("state").toString());
        Process process = pb.start();
        for (int i = 0; i < 100 && !Files.exists(socket) && process.isAlive(); i++) {
            process.waitFor(100, TimeUnit.MILLISECONDS); // waits for the socket to appear, at most ten seconds
        }
        if (!Files.exists(socket)) {
            process.destroy();
            write(alsaConf, "pcm.!default { type null }\nctl.!default { type hw card 0 }\n");
            return new TestSoundOutput(null, work, "PulseAudio did not start (" + log(work) + ")");
        }
        String server = "server \"unix:" + socket + "\"";
        write(alsaConf, "pcm.!default { type pulse " + server + " }\nctl.!default { type pulse " + server + " }\n");
        return new TestSoundOutput(process, work, null);
    }

    /** Null when played audio runs in real time; otherwise why it cannot be tested on this machine. */
    String whyNoPlayback() {
        return whyNoPlayback;
    }

    private static String pulseMissing() {
        boolean server = List.of("/usr/bin/pulseaudio", "/bin/pulseaudio", "/usr/local/bin/pulseaudio").stream()
                .anyMatch(p -> Files.isExecutable(Path.of(p)));
        if (!server) return "PulseAudio is not installed";
        boolean plugin = List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib")
                .stream().anyMatch(d -> Files.exists(Path.of(d, "alsa-lib", "libasound_module_pcm_pulse.so")));
        return plugin ? null : "ALSA's pulse plugin (libasound2-plugins) is not installed";
    }

    /** The system's ALSA setup, then the test's default device over it. */
    private static void write(Path alsaConf, String defaults) {
        try {
            Files.writeString(alsaConf, "<" + SYSTEM_ALSA_CONF + ">\n" + defaults);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String log(Path work) {
        try {
            return Files.readString(work.resolve("pulseaudio.log")).strip();
        } catch (IOException e) {
            return "no log";
        }
    }

    @Override
    public void close() throws Exception {
        if (pulse != null) {
            pulse.destroy();
            pulse.waitFor(5, TimeUnit.SECONDS);
        }
        if (work != null) {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
