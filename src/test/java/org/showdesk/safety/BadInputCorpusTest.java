package org.showdesk.safety;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.cli.ShowdeskCli;
import org.showdesk.store.ShowStore;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input a host (or an attacker) can hand the command line, walked through it: every one is refused with a
 * sentence, exit 1, never a stack trace or an exception's name, and the show is left byte for byte as it was.
 */
class BadInputCorpusTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ShowdeskCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private Path lookAlike(String name, int version, boolean withATable) throws Exception {
        Path p = dir.resolve(name);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + p); Statement st = c.createStatement()) {
            st.execute("PRAGMA application_id = " + ShowStore.APPLICATION_ID);
            st.execute("PRAGMA user_version = " + version);
            if (withATable) st.execute("CREATE TABLE notes(text)");
        }
        return p;
    }

    private static void mkfifo(Path p) throws Exception {
        Process mk = new ProcessBuilder("mkfifo", p.toString()).start();
        assertThat(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0).as("mkfifo").isTrue();
    }

    @Test
    void everyBadInputIsRefusedWithASentenceAndTheShowIsUnchanged() throws Exception {
        Path show = dir.resolve("周报.showdesk");
        assertThat(cli("new", show.toString()).code()).isZero();
        assertThat(cli("import", show.toString(), file("ok.txt", "大家好，今天聊模型。\n").toString()).code()).isZero();
        Path fifo = dir.resolve("pipe.txt");
        mkfifo(fifo);
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(21L * 1024 * 1024); // sparse: costs no disk
        }
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) binary[i] = (byte) (i * 31);
        Files.write(dir.resolve("binary.txt"), binary);
        Path glossaryOneChar = file("one.txt", "的确\t的\n");
        Path glossaryTab = file("tab.csv", "term,variants\n\"Uni\tcron\",x\n");
        List<String[]> corpus = new ArrayList<>(List.of(
                new String[]{"import", show.toString(), "/dev/zero"},
                new String[]{"import", show.toString(), fifo.toString()},
                new String[]{"import", show.toString(), dir.toString()},
                new String[]{"import", show.toString(), huge.toString()},
                new String[]{"import", show.toString(), dir.resolve("binary.txt").toString()},
                new String[]{"import", show.toString(), file("empty.txt", "").toString()},
                new String[]{"import", show.toString(), file("zw.txt", "\u200b\u200c\u200d\n\u2060\ufeff").toString()},
                new String[]{"import", show.toString(), file("a.json", "{\"segments\": [{\"start\": 0, \"end\": 1, \"text\": \"hi\"}, }").toString()},
                new String[]{"import", show.toString(), file("b.json", "{\"segments\": [{\"start\": 0, \"end\": 1").toString()},
                new String[]{"import", show.toString(), file("c.json", "[".repeat(5000)).toString()},
                new String[]{"import", show.toString(), file("d.srt", "1\n00:00:01,000 --> 00:00:00,500\n倒着的时间\n").toString()},
                new String[]{"import", show.toString(), dir.resolve("missing.txt").toString()},
                new String[]{"import", fifo.toString(), dir.resolve("ok.txt").toString()},
                new String[]{"episodes", dir.toString()},
                new String[]{"episodes", file("text.showdesk", "not a database").toString()},
                new String[]{"import", lookAlike("v2.showdesk", 2, false).toString(), dir.resolve("ok.txt").toString()},
                new String[]{"import", lookAlike("v1.showdesk", 1, true).toString(), dir.resolve("ok.txt").toString()},
                new String[]{"import", lookAlike("v0.showdesk", 0, true).toString(), dir.resolve("ok.txt").toString()},
                new String[]{"import", lookAlike("vm5.showdesk", -5, true).toString(), dir.resolve("ok.txt").toString()},
                new String[]{"import", lookAlike("v99.showdesk", 99, true).toString(), dir.resolve("ok.txt").toString()},
                new String[]{"export", show.toString(), "--episode", "1", "--format", "md", "--out", show.toString()},
                new String[]{"export", show.toString(), "--episode", "1", "--format", "md", "--out",
                        dir.resolve("x/../周报.showdesk").toString()},
                new String[]{"export", show.toString(), "--episode", "1", "--format", "md", "--out",
                        dir.resolve("v2.showdesk").toString()},
                new String[]{"export", show.toString(), "--episode", "1", "--format", "md", "--out", dir.toString()},
                new String[]{"export", show.toString(), "--episode", "1", "--format", "md", "--out",
                        dir.resolve("." + show.getFileName() + ".lock").toString()},
                new String[]{"export", show.toString(), "--episode", "99", "--format", "md"},
                new String[]{"fix", dir.resolve("ok.txt").toString(), "--glossary", glossaryOneChar.toString()},
                new String[]{"fix", dir.resolve("ok.txt").toString(), "--glossary", glossaryOneChar.toString(),
                        "--min-confidence", "NaN"},
                new String[]{"fix", dir.resolve("ok.txt").toString(), "--glossary", "/dev/zero"},
                new String[]{"glossary", show.toString(), "add", "的确", "--variant", "的"},
                new String[]{"glossary", show.toString(), "add", "Uni\tcron"},
                new String[]{"glossary", show.toString(), "add", "Unicron", "--variant", "a|b"},
                new String[]{"glossary", show.toString(), "import", glossaryOneChar.toString()},
                new String[]{"restore", show.toString(), "--backup", "20990101-000000-000"}));
        Files.createDirectories(dir.resolve("x"));
        for (String[] args : corpus) {
            Path v2 = dir.resolve("v2.showdesk");
            byte[] showBefore = Files.readAllBytes(show);
            byte[] v2Before = Files.readAllBytes(v2);
            Run run = cli(args);
            String what = String.join(" ", args);
            assertThat(run.code()).as(what + "\n" + run.all()).isIn(1, 2);
            assertThat(run.err()).as(what).isNotBlank();
            assertThat(run.all()).as(what).doesNotContain("at org.").doesNotContain("at java.")
                    .doesNotContain("Exception").doesNotContain("SQLITE_").doesNotContain("[Source:");
            assertThat(Files.readAllBytes(show)).as(what + ": the show is unchanged").isEqualTo(showBefore);
            assertThat(Files.readAllBytes(v2)).as(what + ": the look-alike is unchanged").isEqualTo(v2Before);
        }
        // The tab CSV is read with a warning and the term skipped; nothing of it reaches the show.
        Run tab = cli("glossary", show.toString(), "import", glossaryTab.toString());
        assertThat(tab.err()).contains("tab").doesNotContain("Exception");
        assertThat(cli("glossary", show.toString(), "list").out()).doesNotContain("Uni");
        assertThat(dir.resolve("v2.showdesk-wal")).as("the look-alike never got a WAL").doesNotExist();
        assertThat(dir.resolve(".v2.showdesk.lock")).as("nor a lock").doesNotExist();
    }

    @Test
    void messagesSayWhatIsWrong() throws Exception {
        Path show = dir.resolve("s.showdesk");
        cli("new", show.toString());
        assertThat(cli("import", lookAlike("v2.showdesk", 2, false).toString(), file("t.txt", "你好。").toString()).err())
                .contains("lacks what that format holds").contains("table episode").contains("was not changed");
        assertThat(cli("episodes", lookAlike("m5.showdesk", -5, true).toString()).err())
                .contains("impossible file format number (-5)");
        assertThat(cli("episodes", lookAlike("v0.showdesk", 0, true).toString()).err()).contains("holds no show");
        Path fifo = dir.resolve("show-fifo.showdesk");
        mkfifo(fifo);
        assertThat(cli("episodes", fifo.toString()).err()).contains("a pipe").doesNotContain("folder");
        assertThat(cli("import", show.toString(), "/dev/zero").err()).contains("is a device, a pipe or a socket");
        assertThat(cli("import", show.toString(), file("b.json", "{\"segments\": [ {\"start\": 0,,} ]}").toString()).err())
                .contains("line 1").contains("column").doesNotContain("code ");
        assertThat(cli("fix", file("t2.txt", "你好").toString(), "--glossary", file("g.txt", "你好\n").toString(),
                "--min-confidence", "NaN").err()).contains("--min-confidence");
    }

    @Test
    void aFailedWriteToStandardOutputIsAnErrorNotSilence() {
        Path show = dir.resolve("s.showdesk");
        cli("new", show.toString());
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        StringWriter err = new StringWriter();
        int code = ShowdeskCli.run(new String[]{"episodes", show.toString(), "--json"},
                new PrintWriter(new java.io.OutputStreamWriter(full, StandardCharsets.UTF_8)), new PrintWriter(err));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("could not write the output to standard output");
    }

    @Test
    void aReadOnlyLookLeavesNoWorkingFilesBesideTheShow() throws Exception {
        Path show = dir.resolve("s.showdesk");
        cli("new", show.toString());
        cli("import", show.toString(), file("t.txt", "你好，世界。").toString());
        for (String[] args : List.of(new String[]{"episodes", show.toString()},
                new String[]{"export", show.toString(), "--episode", "1", "--format", "md"},
                new String[]{"glossary", show.toString(), "list"}, new String[]{"backups", show.toString()})) {
            assertThat(cli(args).code()).as(Arrays.toString(args)).isZero();
            assertThat(dir.resolve("s.showdesk-wal")).as(Arrays.toString(args)).doesNotExist();
            assertThat(dir.resolve("s.showdesk-shm")).as(Arrays.toString(args)).doesNotExist();
        }
    }
}
