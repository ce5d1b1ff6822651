package org.showdesk.draft;

import org.showdesk.model.ChineseScript;
import org.showdesk.model.Entry;
import org.showdesk.model.EntryKind;
import org.showdesk.model.EntryStatus;
import org.showdesk.model.EpisodeContent;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.Output;
import org.showdesk.model.OutputFormat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Organizations in a Traditional output keep their name: converted character by character, never reworded. */
class TraditionalNamesTest {
    private final Exporter exporter = new Exporter();

    @ParameterizedTest
    @EnumSource(value = ChineseScript.class, names = {"TRADITIONAL", "TRADITIONAL_HK"})
    void anOrganizationIsConvertedByCharacterInItsLineTitleAndSummaryAndHairIsHair(ChineseScript script) {
        EpisodeContent content = Episodes.content(Episodes.timed(20_000, "各位好，欢迎收看本周节目。",
                        "打车公司欧拉上线了一个语音助手，看一张自拍就能推荐新发型，还能预览头发换色后的样子。"),
                List.of(Episodes.of(EntryKind.INTRO, 1, 1, 1, "", 0L),
                        new Entry(2, 1, EntryKind.ITEM, 2, 2, "欧拉语音助手：看自拍推荐新发型", List.of("欧拉"), "",
                                "欧拉的语音助手看一张自拍就能推荐新发型，并预览头发换色后的样子。", List.of(), 20_000L,
                                EntryStatus.DRAFT, "")));

        for (OutputFormat format : List.of(OutputFormat.YOUTUBE, OutputFormat.MD)) {
            Output out = exporter.render(format, content, "本周科技", ExportOptions.defaults().withScript(script));
            // 尤拉 is how Taiwan writes the mathematician Euler: the company is still 歐拉.
            assertThat(out.text()).as(format + " " + script).doesNotContain("尤拉").doesNotContain("發型")
                    .contains("歐拉語音助手：看自拍推薦新髮型", "歐拉的語音助手", "頭髮");
            assertThat(out.text()).contains(format == OutputFormat.MD ? "**歐拉**" : "— 歐拉\n"); // the org line
        }
    }

    @ParameterizedTest
    @EnumSource(value = ChineseScript.class, names = {"TRADITIONAL", "TRADITIONAL_HK"})
    void aGlossaryFormOfAnOrganizationWinsOverTheCharacterByCharacterForm(ChineseScript script) {
        EpisodeContent content = Episodes.content(Episodes.timed(20_000, "各位好。", "台积电发布了新的制程。"),
                List.of(Episodes.of(EntryKind.INTRO, 1, 1, 1, "", 0L),
                        new Entry(2, 1, EntryKind.ITEM, 2, 2, "新制程：更省电", List.of("台积电"), "",
                                "台积电发布了新的制程。", List.of(), 20_000L, EntryStatus.DRAFT, "")));
        ExportOptions options = ExportOptions.defaults().withScript(script)
                .withGlossary(List.of(GlossaryTerm.of("台积电").withTraditional("台積電")));

        String text = exporter.render(OutputFormat.YOUTUBE, content, "本周科技", options).text();

        assertThat(text).contains("台積電").doesNotContain("臺積電");
    }
}
