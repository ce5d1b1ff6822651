package org.showdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** check, fix and glossary as a host scripts them. */
class CliCorrectTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void checkWithAGlossaryFileReportsSpansSuggestionsAndReasonsAsJson() throws Exception {
        Path glossary = write("terms.txt", "# 本周术语\n同花顺\nKrutrim\n");
        String text = "本周童话顺推出新模型。\nOla推出Kootram模型。\n";
        Path transcript = write("ep.txt", text);
        var r = CliImportTest.run("check", transcript.toString(), "--glossary", glossary.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode findings = new ObjectMapper().readTree(r.out());
        assertThat(findings.findValuesAsText("suggestion")).contains("同花顺", "Krutrim");
        for (JsonNode f : findings) {
            assertThat(text.substring(f.get("start").asInt(), f.get("end").asInt())).isEqualTo(f.get("found").asText());
            assertThat(f.get("reason").asText()).isNotBlank();
            assertThat(f.get("confidence").asDouble()).isBetween(0.0, 1.0);
            assertThat(f.has("rule")).isTrue();
            assertThat(f.get("suggestions").isArray()).isTrue();
        }
    }

    @Test
    void fixAppliesConfidentFindingsAndKeepsEveryLine() throws Exception {
        Path glossary = write("terms.txt", "同花顺\n北京邮电大学\n");
        Path transcript = write("ep.txt", "第一行：童话顺推出新模型。\n第二行：北京油电大学的研究者。\n第三行没有错误。\n");
        Path out = dir.resolve("fixed.txt");
        var r = CliImportTest.run("fix", transcript.toString(), "--glossary", glossary.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readAllLines(out)).containsExactly("第一行：同花顺推出新模型。", "第二行：北京邮电大学的研究者。",
                "第三行没有错误。");
    }

    @Test
    void fixOfASubtitleKeepsItsTimings() throws Exception {
        Path glossary = write("terms.txt", "同花顺\n");
        Path srt = write("ep.srt", "1\n00:00:01,000 --> 00:00:03,500\n童话顺推出\n新模型\n\n2\n00:00:03,500 --> 00:00:06,000\n下期见\n");
        var r = CliImportTest.run("fix", srt.toString(), "--glossary", glossary.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("00:00:01,000 --> 00:00:03,500").contains("同花顺推出\n新模型")
                .contains("00:00:03,500 --> 00:00:06,000").doesNotContain("童话顺");
    }

    @Test
    void aShowsGlossaryCanBeFilledListedExportedAndUsedToCheckAnEpisode() throws Exception {
        Path show = dir.resolve("s.showdesk");
        CliImportTest.run("new", show.toString());
        assertThat(CliImportTest.run("glossary", show.toString(), "add", "同花顺", "--variant", "童花顺").code()).isZero();
        Path file = write("more.txt", "北京邮电大学\t北京油电大学\n同花顺\n");
        var imported = CliImportTest.run("glossary", show.toString(), "import", file.toString());
        assertThat(imported.out()).contains("Added 1 new term");
        assertThat(CliImportTest.run("glossary", show.toString(), "list").out())
                .contains("同花顺\t童花顺").contains("北京邮电大学\t北京油电大学");
        Path exported = dir.resolve("out.json");
        CliImportTest.run("glossary", show.toString(), "export", exported.toString());
        assertThat(new ObjectMapper().readTree(exported.toFile())).hasSize(2);

        Path ep = write("ep.txt", "北京油电大学的研究者推出新框架。");
        CliImportTest.run("import", show.toString(), ep.toString());
        var check = CliImportTest.run("check", show.toString(), "--episode", "1", "--json");
        assertThat(new ObjectMapper().readTree(check.out()).findValuesAsText("suggestion")).contains("北京邮电大学");
    }

    @Test
    void aBrokenGlossaryFileChangesNothing() throws Exception {
        Path show = dir.resolve("s.showdesk");
        CliImportTest.run("new", show.toString());
        Path bad = write("bad.json", "[{\"term\": \"同花顺\"}, {\"term\": ");
        var r = CliImportTest.run("glossary", show.toString(), "import", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("bad.json");
        assertThat(CliImportTest.run("glossary", show.toString(), "list").out()).isEmpty();
    }
}
