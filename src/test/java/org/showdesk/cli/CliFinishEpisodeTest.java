package org.showdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A batch user finishes an episode from the command line: review, accept, reject, fix — as the window does. */
class CliFinishEpisodeTest {
    @TempDir
    Path dir;
    Path show;

    @BeforeEach
    void splitDemoEpisode() throws Exception {
        Path glossary = Files.writeString(dir.resolve("terms.txt"), "同花顺\tORG\n北京邮电大学\n问财\nKrutrim\n");
        show = CliShows.splitDemo(dir, "import", glossary.toString());
    }

    private static CliImportTest.Run ok(String... args) {
        return CliShows.ok(args);
    }

    @Test
    void acceptingTermsCorrectsTheTranscriptEveryEntryAndEveryExport() throws Exception {
        assertThat(ok("entries", show.toString(), "--episode", "1", "--json").out()).contains("童话顺");

        ok("accept", show.toString(), "--episode", "1", "--term", "同花顺");
        ok("accept", show.toString(), "--episode", "1", "--term", "北京邮电大学");

        assertThat(ok("entries", show.toString(), "--episode", "1", "--json").out())
                .doesNotContain("童话顺").doesNotContain("北京油电大学").contains("同花顺");
        for (String format : new String[]{"bilibili", "youtube", "md", "html", "txt"}) {
            assertThat(ok("export", show.toString(), "--episode", "1", "--format", format).out()).as(format)
                    .doesNotContain("童话顺").doesNotContain("北京油电大学");
        }
        JsonNode json = new ObjectMapper().readTree(ok("export", show.toString(), "--episode", "1", "--format", "json").out());
        String corrected = json.findValuesAsText("text").stream().reduce("", String::concat);
        String raw = json.findValuesAsText("raw").stream().reduce("", String::concat);
        assertThat(corrected).contains("同花顺").doesNotContain("童话顺");
        assertThat(raw).contains("童话顺");
    }

    @Test
    void reviewListsFindingsWithIdsAndARejectedOneDoesNotComeBack() throws Exception {
        JsonNode findings = new ObjectMapper().readTree(ok("review", show.toString(), "--episode", "1", "--json").out());
        assertThat(findings.size()).isPositive();
        JsonNode first = findings.get(0);
        assertThat(first.get("id").isIntegralNumber()).isTrue();
        assertThat(first.has("found") && first.has("suggestion") && first.has("rule") && first.has("line")).isTrue();
        String id = first.get("id").asText();
        String found = first.get("found").asText();

        ok("reject", show.toString(), "--episode", "1", id);

        JsonNode after = new ObjectMapper().readTree(ok("review", show.toString(), "--episode", "1", "--json").out());
        assertThat(after.findValuesAsText("id")).doesNotContain(id);
        assertThat(after.size()).isEqualTo(findings.size() - 1);
        assertThat(ok("export", show.toString(), "--episode", "1", "--format", "txt").out()).contains(found);
    }

    @Test
    void acceptingByIdAppliesExactlyThatFindingAndAnUnknownIdChangesNothing() throws Exception {
        JsonNode findings = new ObjectMapper().readTree(ok("review", show.toString(), "--episode", "1", "--json").out());
        JsonNode chosen = findings.get(findings.size() - 1);
        byte[] before = Files.readAllBytes(show);
        var refused = CliImportTest.run("accept", show.toString(), "--episode", "1", "12345");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("No open finding has the id 12345").contains("review");

        ok("accept", show.toString(), "--episode", "1", chosen.get("id").asText());

        JsonNode after = new ObjectMapper().readTree(ok("review", show.toString(), "--episode", "1", "--json").out());
        assertThat(after.size()).isEqualTo(findings.size() - 1);
        assertThat(ok("export", show.toString(), "--episode", "1", "--format", "txt").out())
                .contains(chosen.get("suggestion").asText());
        assertThat(before).isNotEmpty();
    }

    @Test
    void fixOnAShowAppliesTheConfidentFindingsAndATranscriptNeedsNoGlossary() throws Exception {
        var r = ok("fix", show.toString(), "--episode", "1");
        assertThat(r.out()).contains("Accepted");
        assertThat(ok("export", show.toString(), "--episode", "1", "--format", "txt").out()).doesNotContain("童话顺");

        Path plain = Files.writeString(dir.resolve("plain.txt"), "北京油电大学的研究者发布了新模型。\n");
        var fixed = ok("fix", plain.toString());
        assertThat(fixed.out()).contains("北京邮电大学");
    }

    @Test
    void aShowGivenToFixAsATranscriptIsRefusedNamingTheRightCommand() {
        var r = CliImportTest.run("fix", show.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("is a show").contains("--episode ID");
    }

    @Test
    void readyListsWhatStillNeedsTheHostAndTheJsonSaysWhetherTheEpisodeIsReady() throws Exception {
        var r = ok("ready", show.toString(), "--episode", "1");
        assertThat(r.out()).contains("not decided on yet").contains("no link").contains("to see to before publishing");
        JsonNode json = new ObjectMapper().readTree(ok("ready", show.toString(), "--episode", "1", "--json").out());
        assertThat(json.get("ready").asBoolean()).isFalse();
        assertThat(json.get("items").findValuesAsText("kind")).contains("open_findings", "item_without_link");

        ok("fix", show.toString(), "--episode", "1", "--min-confidence", "0");
        JsonNode after = new ObjectMapper().readTree(ok("ready", show.toString(), "--episode", "1", "--json").out());
        assertThat(after.get("items").findValuesAsText("kind")).doesNotContain("open_findings");
    }
}
