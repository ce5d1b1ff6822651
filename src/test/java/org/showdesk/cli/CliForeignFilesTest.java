package org.showdesk.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A show or a binary file given where text is expected is named for what it is, with the file that is
 * expected or the command that does what the host is after — not an encoding to try.
 */
class CliForeignFilesTest {
    @TempDir
    Path dir;
    Path show;
    Path other;

    @BeforeEach
    void twoShows() throws Exception {
        show = dir.resolve("weekly.showdesk");
        other = dir.resolve("other.showdesk");
        assertThat(CliImportTest.run("new", show.toString()).code()).isZero();
        assertThat(CliImportTest.run("new", other.toString()).code()).isZero();
        Path transcript = Files.writeString(dir.resolve("t.txt"), "大家好，这里是周报。\n下期再见。\n");
        assertThat(CliImportTest.run("import", show.toString(), transcript.toString()).code()).isZero();
    }

    private static String refused(String... args) {
        var r = CliImportTest.run(args);
        assertThat(r.code()).as(r.out()).isNotZero();
        assertThat(r.err()).doesNotContain("encoding").doesNotContain("UTF-8").doesNotContain("Exception");
        return r.err();
    }

    @Test
    void aShowGivenAsTranscriptGlossaryOrSourcesIsNamedAsAShowWithTheRightCommand() throws Exception {
        String name = other.toString();
        assertThat(refused("import", show.toString(), name))
                .contains(name + ": is a Showdesk show, not a transcript").contains("episodes " + name);
        Path text = Files.writeString(dir.resolve("plain.txt"), "大家好。\n");
        assertThat(refused("fix", text.toString(), "--glossary", name))
                .contains(name + ": is a Showdesk show, not a glossary").contains("glossary " + name + " export");
        assertThat(refused("glossary", show.toString(), "import", name))
                .contains("is a Showdesk show, not a glossary");
        assertThat(refused("sources", show.toString(), "--episode", "1", name))
                .contains(name + ": is a Showdesk show, not a list of sources");
    }

    @Test
    void aZipOrPdfOrBinaryFileSaysWhatItLooksLikeAndWhatIsExpected() throws Exception {
        Path jar = dir.resolve("tool.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry("a.txt"));
            zip.write("x".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(refused("import", show.toString(), jar.toString()))
                .contains("looks like a zip archive").contains("Give a transcript file");

        Path pdf = Files.writeString(dir.resolve("paper.pdf"), "%PDF-1.7\n%\u00e2\u00e3\n", StandardCharsets.ISO_8859_1);
        assertThat(refused("sources", show.toString(), "--episode", "1", pdf.toString()))
                .contains("looks like a PDF document, not a list of sources");

        Path bin = dir.resolve("blob.dat");
        try (OutputStream out = Files.newOutputStream(bin)) {
            out.write(new byte[]{'a', 0, 0, 'b', 'c', 0, 1, 2, 3});
        }
        assertThat(refused("glossary", show.toString(), "import", bin.toString()))
                .contains("looks like a binary file").contains("a glossary file");
    }

    @Test
    void utf16TextStillImports() throws Exception {
        Path utf16 = dir.resolve("utf16.txt");
        Files.write(utf16, "\uFEFF大家好，这里是周报。\n下期再见。\n".getBytes(StandardCharsets.UTF_16LE));
        var r = CliImportTest.run("import", show.toString(), utf16.toString());
        assertThat(r.code()).as(r.err()).isZero();
    }
}
