package org.showdesk.cli;

import org.showdesk.app.ShowFiles;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.app.OpenShow;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.Link;
import org.showdesk.model.LinkKind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The WeChat article and Traditional Chinese through the command line, with the show's glossary. */
class CliExportOutletsTest {
    @TempDir
    Path dir;
    Path show;

    private static final String SRT = """
            1
            00:00:00,000 --> 00:00:06,000
            大家好，这里是AI周报第三期。

            2
            00:00:06,000 --> 00:00:20,000
            阿里巴巴的研究者推出Unicron,这篇论文讲大模型训练的故障恢复。

            3
            00:00:20,000 --> 00:00:35,000
            清华大学的研究者发布CodeScope,用于评测代码模型。

            4
            00:00:35,000 --> 00:00:50,000
            这期节目就到这里，下期再见。
            """;

    @BeforeEach
    void importAndSplit() throws Exception {
        show = dir.resolve("show.showdesk");
        CliImportTest.run("new", show.toString(), "--name", "AI周报");
        Path srt = dir.resolve("ep3.srt");
        Files.writeString(srt, SRT);
        assertThat(CliImportTest.run("import", show.toString(), srt.toString()).code()).isZero();
        assertThat(CliImportTest.run("split", show.toString(), "--episode", "1").code()).isZero();
        try (OpenShow s = OpenShow.open(show)) {
            ShowFiles.glossary(s).add(GlossaryTerm.of("Unicron"));
            for (var e : ShowFiles.entries(s).list(1)) {
                if (e.title().contains("Unicron")) ShowFiles.entries(s).save(e.withLinks(List.of(new Link(LinkKind.PAPER, "2401.00001"))));
            }
        }
    }

    @Test
    void wechatIsAnHtmlArticleWithNumberedReferencesAndNoLinks() {
        var r = CliImportTest.run("export", show.toString(), "--episode", "1", "--format", "wechat");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("[1]", "https://arxiv.org/abs/2401.00001", "参考资料").doesNotContain("<a href=\"http", "<script");
        assertThat(r.err()).contains("WeChat article HTML");
    }

    @Test
    void youtubeInTraditionalKeepsGlossaryNamesAndConvertsTheRest() {
        var r = CliImportTest.run("export", show.toString(), "--episode", "1", "--format", "youtube", "--script", "traditional");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Unicron", "論文", "這期節目").doesNotContain("论文", "这期");
    }

    @Test
    void anUnknownScriptIsAUsageErrorThatNamesTheChoices() {
        var r = CliImportTest.run("export", show.toString(), "--episode", "1", "--format", "md", "--script", "cyrillic");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("cyrillic", "simplified, traditional, traditional-hk");
    }
}
