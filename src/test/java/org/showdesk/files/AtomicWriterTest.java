package org.showdesk.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.model.ShowdeskException;
import org.showdesk.store.ShowStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesTheWholeTextAndLeavesNoTemporaryFileBehind() throws Exception {
        Path out = dir.resolve("notes.md");
        AtomicWriter.writeText(out, "# 第1期\n");
        AtomicWriter.writeText(out, "# 第2期\n");
        assertThat(Files.readString(out)).isEqualTo("# 第2期\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void aShowIsNeverOverwrittenWhateverItsNameOrPath() throws Exception {
        Path show = dir.resolve("week.showdesk");
        ShowStore.create(show, "week").close();
        byte[] before = Files.readAllBytes(show);
        Files.createDirectories(dir.resolve("x"));
        Path link = dir.resolve("notes.md");
        Files.createLink(link, show); // a hard link: another name for the same show
        Path symlink = dir.resolve("alias.txt");
        Files.createSymbolicLink(symlink, show);
        for (Path target : new Path[]{show, dir.resolve("x/../week.showdesk"), link, symlink,
                dir.resolve(".week.showdesk.lock"), dir.resolve("week.showdesk-wal"), dir.resolve("other.SHOWDESK")}) {
            assertThatThrownBy(() -> AtomicWriter.writeText(target, "# notes\n")).as(target.toString())
                    .isInstanceOf(ShowdeskException.class).hasMessageContaining("Will not write to");
        }
        assertThat(Files.readAllBytes(show)).isEqualTo(before);
    }

    @Test
    void foldersDevicesAndTheInputItselfAreRefused() throws Exception {
        assertThatThrownBy(() -> AtomicWriter.writeText(dir, "x")).hasMessageContaining("it is a folder");
        assertThatThrownBy(() -> AtomicWriter.writeText(Path.of("/dev/null"), "x")).hasMessageContaining("device");
        Path input = Files.writeString(dir.resolve("in.txt"), "童话顺");
        assertThatThrownBy(() -> AtomicWriter.writeText(input, "同花顺", input)).hasMessageContaining("being read");
        assertThat(Files.readString(input)).isEqualTo("童话顺");
        assertThatThrownBy(() -> AtomicWriter.writeText(dir.resolve("missing/out.md"), "x"))
                .hasMessageContaining("does not exist");
    }

    @Test
    void aNewFileGetsTheUmasksPermissionsAndAReplacedFileKeepsItsOwn() throws Exception {
        Path probe = dir.resolve("probe");
        Files.newByteChannel(probe, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE).close();
        Set<PosixFilePermission> umaskDefault = Files.getPosixFilePermissions(probe);
        Path out = dir.resolve("out.srt");
        AtomicWriter.writeText(out, "1\n");
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(umaskDefault);
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-------"));
        AtomicWriter.writeText(out, "2\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
    }
}
