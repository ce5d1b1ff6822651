package org.showdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `sources SHOW --episode ID FILE`: what was added and linked, before and after `split`. */
class CliSourcesTest {
    @TempDir
    Path dir;
    Path show;
    Path list;

    @BeforeEach
    void showWithAnEpisodeAndAList() throws Exception {
        show = dir.resolve("show.showdesk");
        assertThat(CliImportTest.run("new", show.toString()).code()).isZero();
        Path txt = dir.resolve("ep.txt");
        Files.writeString(txt, "大家好,欢迎收看AI周报。Meta AI的研究者推出HyperNet,能够从单张图片生成三维结构。"
                + "童话顺推出自研大模型HithinkGPT,可以回答理财问题。这期节目就到这里,拜拜。");
        assertThat(CliImportTest.run("import", show.toString(), txt.toString()).code()).isZero();
        list = dir.resolve("sources.md");
        Files.writeString(list, """
                - [HyperNet: One-Shot 3D from a Single Image](https://arxiv.org/abs/2401.00001)
                - 同花顺 HithinkGPT — https://www.iwencai.com/
                - StreamingLLM — arXiv:2309.17453
                """);
    }

    @Test
    void importingAfterTheSplitPrintsTheNewTermsTheLinksAndWhatMatchedNothing() {
        assertThat(CliImportTest.run("split", show.toString(), "--episode", "1").code()).isZero();
        var r = CliImportTest.run("sources", show.toString(), "--episode", "1", list.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("3 works, 3 links stored").contains("同花顺 (org)").contains("HithinkGPT")
                .contains("linked  line 1 HyperNet https://arxiv.org/abs/2401.00001 → \"HyperNet：")
                .contains("unmatched  line 3 StreamingLLM https://arxiv.org/abs/2309.17453");
    }

    @Test
    void jsonListsTheSourcesTheGlossaryTermsAndTheLinksAndEntriesCarryThem() throws Exception {
        var r = CliImportTest.run("sources", show.toString(), "--episode", "1", list.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode out = new ObjectMapper().readTree(r.out());
        assertThat(out.get("sources")).hasSize(3);
        assertThat(out.get("glossary_added").get(0).get("origin").asText()).isEqualTo("sources of ep, line 1");
        assertThat(out.get("linked")).isEmpty();
        assertThat(CliImportTest.run("split", show.toString(), "--episode", "1").code()).isZero();
        JsonNode entries = new ObjectMapper().readTree(CliImportTest.run("entries", show.toString(), "--episode", "1", "--json").out());
        assertThat(entries.get(1).get("links").get(0).get("url").asText()).isEqualTo("https://arxiv.org/abs/2401.00001");
        assertThat(entries.get(2).get("links").get(0).get("url").asText()).isEqualTo("https://www.iwencai.com/");
        assertThat(entries.get(2).get("title").asText()).startsWith("HithinkGPT：");
    }

    @Test
    void aBadListIsRefusedWithTheLineAndChangesNothing() throws Exception {
        Files.writeString(list, "Good — https://example.com/a\nEvil — javascript:alert(1)\n");
        var r = CliImportTest.run("sources", show.toString(), "--episode", "1", list.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("line 2").contains("javascript").contains("Nothing was imported")
                .doesNotContain("Exception");
        var glossary = CliImportTest.run("glossary", show.toString(), "list");
        assertThat(glossary.out()).isEmpty();
        assertThat(glossary.err()).contains("0 term(s)");
    }
}
