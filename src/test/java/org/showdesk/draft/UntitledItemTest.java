package org.showdesk.draft;

import org.showdesk.model.EntryKind;
import org.showdesk.model.EpisodeContent;
import org.showdesk.model.Output;
import org.showdesk.model.OutputFormat;
import org.showdesk.model.ReadyItem;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An item the host has not titled yet is called by its own number everywhere, and the export says so. */
class UntitledItemTest {
    private final Exporter exporter = new Exporter();

    private final EpisodeContent content = Episodes.content(
            Episodes.timed(15_000, "各位好，欢迎收看本周节目。", "第一家公司开源了一个小模型。", "第二家公司上线了一个翻译工具。",
                    "第三家公司发布了新的芯片。", "本期就到这里，下周见。"),
            List.of(Episodes.of(EntryKind.INTRO, 1, 1, 1, "", 0L),
                    Episodes.item(2, 2, 2, "Tiny-7：开源的小模型", 15_000L, "第一家公司开源了一个小模型。"),
                    Episodes.item(3, 3, 3, "", 30_000L, "第二家公司上线了一个翻译工具。"),
                    Episodes.item(4, 4, 4, "Chip-X：新的芯片", 45_000L, "第三家公司发布了新的芯片。"),
                    Episodes.of(EntryKind.OUTRO, 5, 5, 5, "", 60_000L)));

    @Test
    void theChapterTheListAndTheHeadingsCallItByTheNumberTheListGivesIt() {
        Output youtube = exporter.render(OutputFormat.YOUTUBE, content, "本周科技");
        assertThat(youtube.text()).contains("0:30 第2条", "2. 第2条").doesNotContain("第3条");

        Output bilibili = exporter.render(OutputFormat.BILIBILI, content, "本周科技");
        assertThat(bilibili.text()).contains("2. 第2条").doesNotContain("第3条");

        for (OutputFormat format : List.of(OutputFormat.HTML, OutputFormat.WECHAT, OutputFormat.MD)) {
            assertThat(exporter.render(format, content, "本周科技").text()).as(format.cliName())
                    .contains("第2条").doesNotContain("第3条");
        }
    }

    @Test
    void theExportNotesThatTheItemHasNoTitleUnderTheNumberReadyUses() {
        for (OutputFormat format : List.of(OutputFormat.YOUTUBE, OutputFormat.BILIBILI, OutputFormat.MD,
                OutputFormat.HTML, OutputFormat.WECHAT)) {
            assertThat(exporter.render(format, content, "本周科技").notes()).as(format.cliName())
                    .containsOnlyOnce("Item 2 has no title yet: it is published as \"第2条\" — type the work's name and what it does.");
        }
        List<ReadyItem> ready = new ReadyCheck(exporter).check(content, "本周科技", ExportOptions.defaults()).items();
        assertThat(ready).filteredOn(r -> r.kind() == ReadyItem.Kind.ITEM_WITHOUT_TITLE)
                .singleElement().satisfies(r -> assertThat(r.message()).startsWith("Item 2:"));
    }
}
