package org.showdesk.safety;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.showdesk.model.Cue;
import org.showdesk.store.EpisodeRepository;
import org.showdesk.store.ShowStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Read-only files and folders as a real user meets them. CI runs as root, for whom permissions do
 * not apply, so the check runs in a child JVM started through {@code unshare --user}: in a new user
 * namespace the process has no capabilities over the host's files, so the owner's permission bits
 * bind it like anyone else.
 */
class ReadOnlyPlacesTest {
    private Path work;

    @BeforeEach
    void prepare() throws Exception {
        assumeTrue(unprivilegedChildPossible(), "cannot start an unprivileged child (`unshare --user` unavailable); "
                + "the same cases run in-process in HardeningTest when the tests do not run as root");
        work = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "readonly-");
        open(work, "rwxr-xr-x");
    }

    @AfterEach
    void cleanUp() throws IOException {
        if (work == null) return;
        try (Stream<Path> s = Files.walk(work)) {
            for (Path p : s.toList()) if (Files.isDirectory(p)) open(p, "rwxr-xr-x");
        }
        try (Stream<Path> s = Files.walk(work)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void aWriteProtectedShowIsRefusedForEditingWithTheReasonAndStillOpensReadOnlyUnchanged() throws Exception {
        Path folder = open(Files.createDirectories(work.resolve("shows")), "rwxrwxrwx");
        Path show = showWithOneEpisode(folder.resolve("protected.showdesk"));
        open(show, "r--r--r--");
        byte[] before = Files.readAllBytes(show);

        List<String> said = probe(show);
        assertThat(said).anySatisfy(l -> assertThat(l).startsWith("write: refused:").contains("protected.showdesk")
                .contains("read-only"));
        assertThat(said).contains("read: 1 episodes");
        assertThat(Files.readAllBytes(show)).isEqualTo(before);
        assertThat(folder.resolve("protected.showdesk-wal")).as("the refused write and the read leave no WAL behind")
                .doesNotExist();
        assertThat(folder.resolve("protected.showdesk-shm")).doesNotExist();
    }

    @Test
    void aShowInAReadOnlyFolderIsRefusedForEditingWithTheReasonAndStillOpensReadOnlyUnchanged() throws Exception {
        Path folder = Files.createDirectories(work.resolve("只读 文件夹"));
        Path show = showWithOneEpisode(folder.resolve("s.showdesk"));
        open(show, "rw-rw-rw-");
        open(folder, "r-xr-xr-x");
        byte[] before = Files.readAllBytes(show);

        List<String> said = probe(show);
        assertThat(said).anySatisfy(l -> assertThat(l).startsWith("write: refused:").contains("s.showdesk")
                .contains("folder").contains("is read-only").contains("Open it read-only"));
        assertThat(said).contains("read: 1 episodes");
        assertThat(Files.readAllBytes(show)).isEqualTo(before);
    }

    private static Path showWithOneEpisode(Path file) {
        try (ShowStore s = ShowStore.create(file, "只读")) {
            new EpisodeRepository(s).insert("第一期", "e.txt", "txt", "UTF-8", List.of(Cue.of(null, null, "大家好。")));
        }
        return file;
    }

    /** Runs ReadOnlyProbe without privileges over the host's files (the owner of files is still us). */
    private List<String> probe(Path show) throws Exception {
        Path tmp = open(Files.createDirectories(work.resolve("tmp")), "rwxrwxrwx");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder("unshare", "--user", java, "-Xshare:off", "-Dorg.sqlite.tmpdir=" + tmp,
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                ReadOnlyProbe.class.getName(), show.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out.lines().toList();
    }

    private static boolean unprivilegedChildPossible() {
        try {
            Process p = new ProcessBuilder("unshare", "--user", "id", "-u").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && !out.equals("0");
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static Path open(Path p, String perms) throws IOException {
        return Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
    }
}
