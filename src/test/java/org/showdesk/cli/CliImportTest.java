package org.showdesk.cli;

import org.showdesk.app.ShowFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as a host scripts it: exit codes, stdout for results, stderr for problems. */
class CliImportTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ShowdeskCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static final String EPISODE = "大家好，这里是AI周报。童话顺推出自研大模型，支持十五个金融领域！"
            + "北京油电大学的研究者推出LoraMOE框架?\n下期再见。";

    @Test
    void importPrintsTheEpisodeIdAndEpisodesListsIt() throws Exception {
        Path show = dir.resolve("周报 show.showdesk");
        assertThat(run("new", show.toString(), "--name", "AI 周报").code()).isZero();
        Path txt = dir.resolve("第一期.txt");
        Files.writeString(txt, EPISODE);
        Run imported = run("import", show.toString(), txt.toString());
        assertThat(imported.code()).isZero();
        assertThat(imported.out().strip()).isEqualTo("1");

        JsonNode list = new ObjectMapper().readTree(run("episodes", show.toString(), "--json").out());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("id").asLong()).isEqualTo(1);
        assertThat(list.get(0).get("title").asText()).isEqualTo("第一期");
        assertThat(list.get(0).get("chars").asInt()).isEqualTo(EPISODE.length());
    }

    @Test
    void aGb18030FileImportsToTheSameTextAsItsUtf8Original() throws Exception {
        Path show = dir.resolve("s.showdesk");
        run("new", show.toString());
        Path utf8 = dir.resolve("u.txt");
        Path gb = dir.resolve("g.txt");
        Files.writeString(utf8, EPISODE, StandardCharsets.UTF_8);
        Files.writeString(gb, EPISODE, Charset.forName("GB18030"));
        assertThat(run("import", show.toString(), utf8.toString()).code()).isZero();
        assertThat(run("import", show.toString(), gb.toString()).code()).isZero();
        try (var s = org.showdesk.app.OpenShow.openReadOnly(show)) {
            assertThat(ShowFiles.episodes(s).transcript(2).text()).isEqualTo(ShowFiles.episodes(s).transcript(1).text()).isEqualTo(EPISODE);
        }
    }

    @Test
    void aBrokenSubtitleIsRefusedWithFileAndLineAndTheShowStaysAsItWas() throws Exception {
        Path show = dir.resolve("s.showdesk");
        run("new", show.toString());
        Path good = dir.resolve("good.srt");
        Files.writeString(good, "1\n00:00:01,000 --> 00:00:03,000\n大家好\n\n2\n00:00:03,000 --> 00:00:05,500\n再见\n");
        assertThat(run("import", show.toString(), good.toString()).code()).isZero();
        Path bad = dir.resolve("bad.srt");
        Files.writeString(bad, "1\n00:00:01,000 --> 00:00:03,000\n大家好\n\n2\n00:00:03,000 --> 00:00:0x,500\n再见\n");
        String before = run("episodes", show.toString(), "--json").out();

        Run r = run("import", show.toString(), bad.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("bad.srt").contains("line 6");
        assertThat(r.out()).isEmpty();
        assertThat(run("episodes", show.toString(), "--json").out()).isEqualTo(before);
    }

    @Test
    void usageErrorsExitWithTwoAndProjectErrorsWithOne() throws Exception {
        assertThat(run("import").code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
        Path notAShow = dir.resolve("notes.txt");
        Files.writeString(notAShow, "just notes");
        Run r = run("episodes", notAShow.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("notes.txt").contains("not a Showdesk project");
        assertThat(Files.readString(notAShow)).isEqualTo("just notes");
    }

    @Test
    void versionAndHelpWorkWithoutAShow() {
        assertThat(run("--version").out()).startsWith("Showdesk ");
        Run help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("import").contains("episodes").contains("new");
    }

    /** The command list shows each command's first description line: a sentence cut there reads as a broken tool. */
    @Test
    void everyCommandInTheHelpListsIsSummedUpInAWholeSentence() {
        List<String> listed = commandSummaries(run("--help").out());
        assertThat(listed).hasSizeGreaterThan(15);
        for (String group : List.of("glossary", "media")) listed.addAll(commandSummaries(run(group, "--help").out()));
        assertThat(listed).allSatisfy(summary -> assertThat(summary).as("help list entry").endsWith("."));
    }

    /** "  name   summary" rows after "Commands:", continuation lines joined onto their row. */
    private static List<String> commandSummaries(String help) {
        List<String> rows = new java.util.ArrayList<>();
        boolean inList = false;
        for (String line : help.split("\\R")) {
            if (line.equals("Commands:")) {
                inList = true;
            } else if (inList && line.matches("  \\S.*")) {
                rows.add(line.strip());
            } else if (inList && line.matches(" {4,}\\S.*") && !rows.isEmpty()) {
                rows.set(rows.size() - 1, rows.get(rows.size() - 1) + " " + line.strip());
            }
        }
        return rows;
    }
}
