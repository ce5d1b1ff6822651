package org.showdesk.draft;

import org.showdesk.model.Output;
import org.showdesk.model.OutputFormat;
import org.junit.jupiter.api.Test;
import org.showdesk.model.Cue;
import org.showdesk.model.Episode;
import org.showdesk.model.EpisodeContent;
import org.showdesk.model.Transcript;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** SRT and VTT of sentences whose times were estimated from the media, and the episode's time offset. */
class SubtitleExportTest {
    private final Exporter exporter = new Exporter();

    private static EpisodeContent content(Transcript t, long offsetMs, boolean estimated) {
        Episode e = new Episode(7, "第1期", "ep1.txt", "txt", Episodes.IMPORTED, t.size(), t.length())
                .withTimeOffset(offsetMs).withTimesEstimated(estimated);
        return new EpisodeContent(e, t, List.of(), List.of());
    }

    private static Transcript sentences() {
        return new Transcript(List.of(
                Cue.of(1_500L, 9_000L, "大家好，欢迎收看本期的AI新闻速递，我们一起来看看这一周有哪些值得关注的进展，今天的内容比较多，我们抓紧开始。").withId(1),
                Cue.of(9_800L, 12_000L, "我们下周再见。").withId(2)));
    }

    @Test
    void estimatedSentencesBecomeReadableSubtitlesAndTheNotesSayTheTimesAreEstimates() {
        Output srt = exporter.render(OutputFormat.SRT, content(sentences(), 0, true), "x");
        List<long[]> times = SubtitleTimings.read(srt.text());
        assertThat(times).hasSizeGreaterThan(2);
        assertThat(times.get(0)[0]).isEqualTo(1_500);
        assertThat(times.get(times.size() - 1)).containsExactly(9_800, 12_000);
        assertThat(srt.text()).contains("\n我们下周再见\n").doesNotContain("。");
        for (String block : srt.text().split("\n\n")) {
            List<String> lines = block.lines().skip(2).toList();
            assertThat(lines).hasSizeBetween(1, 2).allSatisfy(l -> assertThat(SubtitleLayout.width(l)).isLessThanOrEqualTo(20));
        }
        assertThat(srt.notes()).anyMatch(n -> n.contains("estimates"));
    }

    @Test
    void aTimedImportKeepsItsCuesAsTheyWere() {
        String srt = exporter.render(OutputFormat.SRT, content(sentences(), 0, false), "x").text();
        assertThat(SubtitleTimings.read(srt)).hasSize(2);
        assertThat(srt).contains("开始。").contains("我们下周再见。");
    }

    @Test
    void theOffsetShiftsEveryTimeAndWhatFallsBeforeZeroIsLeftOutWithANote() {
        Output later = exporter.render(OutputFormat.VTT, content(sentences(), 5_000, false), "x");
        assertThat(SubtitleTimings.read(later.text())).containsExactly(new long[]{6_500, 14_000}, new long[]{14_800, 17_000});
        assertThat(later.notes()).anyMatch(n -> n.contains("+5.000 s"));

        Output cut = exporter.render(OutputFormat.SRT, content(sentences(), -9_500, false), "x");
        assertThat(SubtitleTimings.read(cut.text())).containsExactly(new long[]{300, 2_500});
        assertThat(cut.text()).startsWith("1\n").contains("我们下周再见。");
        assertThat(cut.notes()).anyMatch(n -> n.contains("1 subtitle(s) fell before 0:00"));
    }

    @Test
    void subtitlesTooFastToReadAreNoted() {
        Transcript t = new Transcript(List.of(Cue.of(0L, 1_000L, "这一句话有十几个字却只给了一秒钟的时间。").withId(1)));
        Output srt = exporter.render(OutputFormat.SRT, content(t, 0, false), "x");
        assertThat(srt.notes()).anyMatch(n -> n.contains("faster than 9 characters a second") && n.contains("00:00:00,000"));
        Output slow = exporter.render(OutputFormat.SRT, content(sentences(), 0, false), "x");
        assertThat(slow.notes()).noneMatch(n -> n.contains("faster"));
    }
}
