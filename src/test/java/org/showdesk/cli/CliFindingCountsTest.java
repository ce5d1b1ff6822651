package org.showdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * review, ready, accept and reject count open findings the same way (recognition errors, style fixes apart),
 * say what a rejection by form also took, and name findings by the suggestion review shows.
 */
class CliFindingCountsTest {
    @TempDir
    Path dir;
    Path show;

    @BeforeEach
    void splitDemoWithStarterGlossaries() throws Exception {
        show = CliShows.splitDemo(dir, "starter", "all");
    }

    private static CliImportTest.Run ok(String... args) {
        return CliShows.ok(args);
    }

    private JsonNode review(String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("review", show.toString(), "--episode", "1", "--json"));
        args.addAll(List.of(more));
        return new ObjectMapper().readTree(ok(args.toArray(String[]::new)).out());
    }

    @Test
    void reviewReadyAndAcceptCountTheSameOpenFindingsAndStyleFixesApart() throws Exception {
        JsonNode recognition = review();
        int style = review("--style").size() - recognition.size();
        assertThat(recognition.findValuesAsText("rule")).isNotEmpty().doesNotContain("typography", "name-style");
        assertThat(recognition.size()).isGreaterThan(2);
        assertThat(style).isPositive();
        int open = recognition.size();

        assertThat(ok("review", show.toString(), "--episode", "1").out())
                .contains(open + " open (+" + style + " style fixes: `review --style`)");

        JsonNode ready = new ObjectMapper().readTree(ok("ready", show.toString(), "--episode", "1", "--json").out());
        List<String> messages = ready.get("items").findValuesAsText("message");
        assertThat(messages).anyMatch(m -> m.startsWith(open + " possible recognition errors"));
        assertThat(messages).anyMatch(m -> m.startsWith(style + " style fixes"));

        String id = null;
        for (JsonNode f : recognition) if (f.get("found").asText().equals("北京油电大学")) id = f.get("id").asText();
        assertThat(id).isNotNull();
        assertThat(ok("accept", show.toString(), "--episode", "1", id).out())
                .contains("Accepted 1 finding; " + (open - 1) + " open (+" + style + " style fixes");
        assertThat(ok("reject", show.toString(), "--episode", "1", "--term", "玉言").out())
                .contains((open - 3) + " open (+" + style + " style fixes");
    }

    @Test
    void rejectingOneFindingSaysItsTwinElsewhereWentWithIt() throws Exception {
        JsonNode findings = review();
        JsonNode first = null;
        JsonNode twin = null;
        for (JsonNode f : findings) {
            if (!f.get("found").asText().equals("Deep Seek")) continue;
            if (first == null) first = f;
            else twin = f;
        }
        assertThat(twin).as("the demo says Deep Seek twice").isNotNull();

        String out = ok("reject", show.toString(), "--episode", "1", first.get("id").asText()).out();

        assertThat(out).contains("Rejected 1 finding and 1 more of the same words at "
                + twin.get("line").asInt() + ":" + twin.get("column").asInt());
        assertThat(review().findValuesAsText("found")).doesNotContain("Deep Seek");
    }

    @Test
    void rejectingATermPrintsAndStoresOneDecisionPerForm() throws Exception {
        long places = review().findValuesAsText("suggestion").stream().filter("玉言"::equals).count();
        assertThat(places).isGreaterThan(1);

        String out = ok("reject", show.toString(), "--episode", "1", "--term", "玉言").out();

        assertThat(out.lines().filter(l -> l.contains("语言 (not 玉言)")).toList())
                .containsExactly("语言 (not 玉言) ×" + places);
        assertThat(out).contains("Rejected " + places + " findings in this episode");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + show);
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT count(*) FROM decision WHERE found = '语言' AND suggestion = '玉言'")) {
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void termMatchesTheSuggestionReviewShowsAndAnUnknownTermListsTheOnesThatAreOpen() throws Exception {
        assertThat(review().findValuesAsText("suggestion")).contains("7B");

        assertThat(ok("accept", show.toString(), "--episode", "1", "--term", "7B").out()).contains("71 → 7B");
        assertThat(review().findValuesAsText("suggestion")).doesNotContain("7B");

        var r = CliImportTest.run("accept", show.toString(), "--episode", "1", "--term", "7C");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("No open finding suggests \"7C\"").contains("70B").contains("北京邮电大学")
                .contains("Nothing was changed");
    }
}
