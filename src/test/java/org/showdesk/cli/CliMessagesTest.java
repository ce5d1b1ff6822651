package org.showdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What the command line says: the same numbering as exports, real paths and command names, exact counts. */
class CliMessagesTest {
    @TempDir
    Path dir;
    Path show;
    Path transcript;

    @BeforeEach
    void splitDemo() throws Exception {
        show = CliShows.splitDemo(dir, "starter", "all");
        transcript = dir.resolve("weekly.txt");
    }

    private static CliImportTest.Run ok(String... args) {
        return CliShows.ok(args);
    }

    /** A suggested command pastes back into a shell: the whole command, the path quoted (周报 and spaces need it). */
    @Test
    void suggestedCommandsCanBePastedBackIntoAShell() throws Exception {
        Path spaced = Files.createDirectories(dir.resolve("my shows")).resolve("AI 周报.showdesk");
        Files.copy(show, spaced);
        String review = ok("review", spaced.toString(), "--episode", "1").out();
        assertThat(review).contains("showdesk accept '" + spaced + "' --episode 1 FINDING_ID");
        CliImportTest.Run fix = CliImportTest.run("fix", spaced.toString());
        assertThat(fix.err()).contains("showdesk fix '" + spaced + "' --episode ID");
    }

    @Test
    void theStarterGlossariesAreAddedWithOneLineEachAndTheirNotesOnlyOnRequest() {
        Path fresh = dir.resolve("fresh.showdesk");
        ok("new", fresh.toString());
        CliImportTest.Run quiet = ok("glossary", fresh.toString(), "starter", "all");
        assertThat(quiet.err()).isEmpty();
        assertThat(quiet.out().lines()).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(l -> assertThat(l).contains("added").contains("new term(s)"));

        Path other = dir.resolve("other.showdesk");
        ok("new", other.toString());
        assertThat(ok("glossary", other.toString(), "starter", "all", "--verbose").err()).contains("warning:");
    }

    @Test
    void checkRefusesAGlossaryFileWithAShowAsFixDoes() throws Exception {
        Path terms = Files.writeString(dir.resolve("my.txt"), "同花顺\n");
        var check = CliImportTest.run("check", show.toString(), "--episode", "1", "--glossary", terms.toString());
        var fix = CliImportTest.run("fix", show.toString(), "--episode", "1", "--glossary", terms.toString());
        assertThat(fix.code()).isEqualTo(2);
        assertThat(check.code()).isEqualTo(2);
        assertThat(check.err()).contains("--glossary goes with a transcript file");
    }

    @Test
    void entriesNumberItemsAsReadyAndExportsDoAndJsonCarriesTheNewFields() throws Exception {
        List<String> lines = ok("entries", show.toString(), "--episode", "1").out().lines().toList();
        assertThat(lines.get(0).strip()).startsWith("intro");
        String ready = ok("ready", show.toString(), "--episode", "1").out();
        Matcher item1 = Pattern.compile("Item 1 \"([^\"]+)\"").matcher(ready);
        assertThat(item1.find()).isTrue();
        assertThat(lines).anyMatch(l -> l.strip().startsWith("1.") && l.contains(item1.group(1)));

        Path list = Files.writeString(dir.resolve("sources.md"),
                "- [LoraMOE: experts of LoRA adapters](https://arxiv.org/abs/2312.09979) code: https://github.com/x/loramoe\n"
                        + "- 智谱AI GLM4 — https://example.org/glm4\n");
        String sources = ok("sources", show.toString(), "--episode", "1", list.toString()).out();
        assertThat(sources).contains("2 works, 3 links stored");

        JsonNode entries = new ObjectMapper().readTree(ok("entries", show.toString(), "--episode", "1", "--json").out());
        assertThat(entries.get(0).get("kind").asText()).isEqualTo("intro");
        assertThat(entries.get(0).get("item_number").isNull()).isTrue();
        assertThat(entries.get(1).get("item_number").asInt()).isEqualTo(1);
        assertThat(entries.get(1).has("start_estimated")).isTrue();
        assertThat(entries.findValuesAsText("title")).contains("LoraMOE: experts of LoRA adapters");
    }

    @Test
    void aBadSourcesLineReadsAsOneCleanLinePerProblem() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.md"), "Foo — javascript:alert(1)\nBar — ftp://example.org/x\n");
        var r = CliImportTest.run("sources", show.toString(), "--episode", "1", bad.toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).doesNotContain("line 1: line 1").doesNotContain(".;");
        assertThat(r.err().lines().filter(l -> l.contains("line 1:")).count()).isEqualTo(1);
        assertThat(r.err().lines().filter(l -> l.contains("line 2:")).count()).isEqualTo(1);
    }

    @Test
    void messagesNameTheRealFileAndTheWholeCommand() throws Exception {
        var unknown = CliImportTest.run("accept", show.toString(), "--episode", "1", "123");
        assertThat(unknown.err()).contains("review " + show + " --episode 1").doesNotContain("SHOW");

        var export = CliImportTest.run("glossary", show.toString(), "export", dir.resolve("x.showdesk").toString());
        assertThat(export.code()).isNotZero();
        assertThat(export.err()).startsWith("showdesk glossary export: ");
    }

    @Test
    void fixSaysExactlyWhatItApplied() throws Exception {
        var r = CliImportTest.run("fix", transcript.toString());
        assertThat(r.code()).as(r.err()).isZero();
        long arrows = r.err().lines().filter(l -> l.contains(" → ")).count();
        assertThat(arrows).isPositive();
        assertThat(r.err()).contains("Applied " + arrows + " findings").doesNotContain("up to").doesNotContain("(s)");
    }

    @Test
    void theBackupsTableFitsALongReason() throws Exception {
        ok("split", show.toString(), "--episode", "1", "--replace");
        List<String> lines = ok("backups", show.toString()).out().lines().toList();
        String header = lines.get(0);
        String row = lines.stream().filter(l -> l.contains("suggest the rundown again")).findFirst().orElseThrow();
        int sizeColumn = header.indexOf("SIZE") + "SIZE".length();
        assertThat(row.substring(sizeColumn - 3, sizeColumn)).as(row).isEqualTo("KiB");
        assertThat(row.indexOf("suggest the rundown again")).isEqualTo(header.indexOf("WHY") + "before ".length());
    }
}
