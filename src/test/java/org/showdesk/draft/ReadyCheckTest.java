package org.showdesk.draft;

import org.showdesk.model.ReadyReport;
import org.showdesk.model.ReadyItem;
import org.junit.jupiter.api.Test;
import org.showdesk.model.Entry;
import org.showdesk.model.EpisodeContent;
import org.showdesk.model.Link;
import org.showdesk.model.LinkKind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReadyCheckTest {
    private final ReadyCheck check = new ReadyCheck(new Exporter());

    @Test
    void aFinishedRundownIsReady() {
        ReadyReport report = check.check(Rundowns.weekly("weekly-research"), "AI前沿速递", ExportOptions.defaults());
        assertThat(report.items()).isEmpty();
        assertThat(report.isReady()).isTrue();
    }

    @Test
    void itemsWithoutLinkTimeTitleOrSummaryAreNamedWithWhatToDo() {
        EpisodeContent content = Rundowns.weekly("weekly-research", e -> switch ((int) e.id()) {
            case 2 -> e.withLinks(List.of());
            case 3 -> e.withLinks(List.of(new Link(LinkKind.CODE, "file:///home/host/paper.pdf")));
            case 4 -> e.withTitle("");
            case 5 -> e.withFields(e.title(), e.organizations(), e.category(), "", e.links(), e.startMs(), e.status(), e.notes());
            case 6 -> e.withStart(83_000L, true);
            default -> e;
        });
        ReadyReport report = check.check(content, "AI前沿速递", ExportOptions.defaults());

        assertThat(report.of(ReadyItem.Kind.ITEM_WITHOUT_LINK)).extracting(ReadyItem::entryId).containsExactly(2L, 3L);
        assertThat(report.of(ReadyItem.Kind.ITEM_WITHOUT_LINK).get(1).message()).contains("Item 2", "only http and https");
        assertThat(report.of(ReadyItem.Kind.ITEM_WITHOUT_TITLE)).extracting(ReadyItem::entryId).containsExactly(4L);
        assertThat(report.of(ReadyItem.Kind.ITEM_WITHOUT_SUMMARY)).extracting(ReadyItem::entryId).containsExactly(5L);
        assertThat(report.of(ReadyItem.Kind.TIME_ESTIMATED)).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("1:23", "estimate"));
        assertThat(report.isReady()).isFalse();
    }

    @Test
    void anUntimedTranscriptLeavesItemsWithoutTimeAndYoutubeWithoutChapters() {
        EpisodeContent timed = Rundowns.weekly("weekly-research");
        var untimed = new org.showdesk.model.Transcript(timed.transcript().cues().stream()
                .map(c -> new org.showdesk.model.Cue(c.id(), null, null, c.rawText(), c.text())).toList());
        ReadyReport report = check.check(Rundowns.withTranscript(timed, untimed), "AI前沿速递", ExportOptions.defaults());
        assertThat(report.of(ReadyItem.Kind.ITEM_WITHOUT_TIME)).hasSize(20);
        assertThat(report.of(ReadyItem.Kind.OUTPUT_PROBLEM)).anyMatch(i -> i.message().startsWith("YouTube: No chapters:") && !i.message().contains("no chapters —"));
    }

    @Test
    void fieldsAndOutputsOverTheirLimitsAreReported() {
        String longSummary = "这是一段很长的摘要".repeat(16) + "。";
        EpisodeContent content = Rundowns.weekly("weekly-research", e -> e.withFields(
                e.id() == 2 ? "AlphaGeometry：" + "用语言模型和符号推理引擎一起解奥数几何题".repeat(4) : e.title(),
                e.organizations(), e.category(), longSummary, e.links(), e.startMs(), e.status(), e.notes()));
        ReadyReport report = check.check(content, "AI前沿速递", ExportOptions.defaults());
        assertThat(report.of(ReadyItem.Kind.FIELD_OVER_LIMIT)).hasSize(21)
                .anyMatch(i -> i.entryId() == 2 && i.message().contains("title is 94 characters, over 70"))
                .anyMatch(i -> i.message().contains("summary is 145 characters, over 100 — cut 45"));
        assertThat(report.of(ReadyItem.Kind.OUTPUT_OVER_LIMIT)).anyMatch(i -> i.message().startsWith("Bilibili 简介"));
    }

    @Test
    void theAppLayerAddsWhatOnlyItCanSee() {
        ReadyReport report = new ReadyReport(List.of()).with(List.of(
                new ReadyItem(ReadyItem.Kind.OPEN_FINDINGS, 0, "3 findings not decided yet.")));
        assertThat(report.isReady()).isFalse();
        assertThat(report.of(ReadyItem.Kind.OPEN_FINDINGS)).hasSize(1);
    }

    @Test
    void anEpisodeWithoutItemsIsNotReady() {
        EpisodeContent content = Episodes.content(Episodes.untimed("大家好。"), List.<Entry>of());
        assertThat(check.check(content, "x", ExportOptions.defaults()).of(ReadyItem.Kind.NO_ITEMS)).hasSize(1);
    }
}
