package org.showdesk.draft;

import org.junit.jupiter.api.Test;
import org.showdesk.model.Entry;
import org.showdesk.model.EntryKind;
import org.showdesk.model.Transcript;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChaptersTest {
    /** 10 cues of 20 s: the video is 200 s long. */
    private final Transcript transcript = Episodes.timed(20_000, "a", "b", "c", "d", "e", "f", "g", "h", "i", "j");

    @Test
    void threeWellSpacedEntriesMakeChaptersStartingAtZero() {
        Chapters.Plan plan = Chapters.plan(List.of(
                Episodes.of(EntryKind.INTRO, 1, 1, 2, "", 0L),
                Episodes.of(EntryKind.ITEM, 2, 3, 5, "SynCLR", 40_000L),
                Episodes.of(EntryKind.ITEM, 3, 6, 10, "RichDreamer", 100_000L)), transcript);
        assertThat(plan.chapters()).extracting(Chapter::clock, Chapter::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("0:00", "开场"),
                org.assertj.core.groups.Tuple.tuple("0:40", "SynCLR"),
                org.assertj.core.groups.Tuple.tuple("1:40", "RichDreamer"));
        assertThat(plan.notes()).isEmpty();
    }

    @Test
    void aFirstChapterAfterZeroIsMovedToZeroAndTheHostIsTold() {
        Chapters.Plan plan = Chapters.plan(List.of(
                Episodes.item(1, 1, 2, "SynCLR", 7_000L, ""),
                Episodes.item(2, 3, 5, "MathPile", 40_000L, ""),
                Episodes.item(3, 6, 10, "WikiChat", 100_000L, "")), transcript);
        assertThat(plan.chapters().get(0).clock()).isEqualTo("0:00");
        assertThat(plan.notes()).singleElement().asString().contains("\"SynCLR\" moved from 0:07 to 0:00");
    }

    @Test
    void twoItemsLessThanTenSecondsApartShareAChapterSoNeitherIsLost() {
        Chapters.Plan plan = Chapters.plan(List.of(
                Episodes.item(1, 1, 2, "A", 0L, ""),
                Episodes.item(2, 3, 3, "B", 45_000L, ""),
                Episodes.item(3, 4, 5, "C", 51_000L, ""),
                Episodes.item(4, 6, 10, "D", 120_000L, "")), transcript);
        assertThat(plan.chapters()).extracting(Chapter::clock, Chapter::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("0:00", "A"),
                org.assertj.core.groups.Tuple.tuple("0:45", "B / C"),
                org.assertj.core.groups.Tuple.tuple("2:00", "D"));
        assertThat(plan.notes()).singleElement().asString()
                .contains("\"C\" at 0:51", "6 s after \"B\"", "share one chapter");
    }

    @Test
    void anOutroLessThanTenSecondsAfterTheLastItemIsDroppedButAnItemNeverIs() {
        Chapters.Plan plan = Chapters.plan(List.of(
                Episodes.item(1, 1, 2, "A", 0L, ""), Episodes.item(2, 3, 5, "B", 60_000L, ""),
                Episodes.item(3, 6, 8, "C", 120_000L, ""), Episodes.of(EntryKind.OUTRO, 4, 9, 10, "", 125_000L)),
                transcript);
        assertThat(plan.chapters()).extracting(Chapter::title).containsExactly("A", "B", "C");
        assertThat(plan.notes()).singleElement().asString().contains("\"结尾\" at 2:05 dropped");
    }

    @Test
    void aLastItemEndingWithinTenSecondsOfTheVideoEndSharesThePreviousChapter() {
        Chapters.Plan plan = Chapters.plan(List.of(
                Episodes.item(1, 1, 2, "A", 0L, ""), Episodes.item(2, 3, 5, "B", 60_000L, ""),
                Episodes.item(3, 6, 9, "C", 120_000L, ""), Episodes.item(4, 10, 10, "D", 195_000L, "")), transcript);
        assertThat(plan.chapters()).extracting(Chapter::title).containsExactly("A", "B", "C / D");
        assertThat(plan.notes()).singleElement().asString().contains("\"D\" at 3:15 lasts 5 s", "shares the chapter of \"C\"");
    }

    @Test
    void anIntroOfSixSecondsMergesIntoTheFirstItemsChapterAndEveryItemKeepsOne() {
        // The intro cue lasts 6 s, then twenty items of 30 s each: a timed transcript as a host imports it.
        List<org.showdesk.model.Cue> cues = new java.util.ArrayList<>();
        cues.add(org.showdesk.model.Cue.of(0L, 6_000L, "大家好。").withId(1));
        for (int i = 0; i < 20; i++) {
            cues.add(org.showdesk.model.Cue.of(6_000L + i * 30_000L, 6_000L + (i + 1) * 30_000L, "第" + i + "条。").withId(i + 2));
        }
        Transcript timed = new Transcript(cues);
        List<Entry> entries = new java.util.ArrayList<>();
        entries.add(Episodes.of(EntryKind.INTRO, 1, 1, 1, "", null));
        for (int i = 0; i < 20; i++) entries.add(Episodes.item(i + 2, i + 2, i + 2, "Work" + (i + 1), null, ""));

        Chapters.Plan plan = Chapters.plan(entries, timed);

        assertThat(plan.chapters()).hasSize(20);
        assertThat(plan.chapters()).extracting(Chapter::title)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(i -> "Work" + i).toList());
        assertThat(plan.chapters().get(0).clock()).isEqualTo("0:00");
        assertThat(plan.chapters().get(1).clock()).isEqualTo("0:36");
        assertThat(plan.notes()).singleElement().asString()
                .contains("\"开场\" lasts 6 s", "merged into the chapter of \"Work1\"", "starts at 0:00 instead of 0:06");
    }

    @Test
    void theEpisodesTimeOffsetMovesEveryChapterButTheFirst() {
        Chapters.Plan plan = Chapters.plan(List.of(
                Episodes.item(1, 1, 2, "A", 0L, ""), Episodes.item(2, 3, 5, "B", 40_000L, ""),
                Episodes.item(3, 6, 10, "C", 100_000L, "")), transcript, 5_000);
        assertThat(plan.chapters()).extracting(Chapter::clock).containsExactly("0:00", "0:45", "1:45");
    }

    @Test
    void entriesOutOfTimeOrderAreSortedAndTheHostIsTold() {
        Chapters.Plan plan = Chapters.plan(List.of(
                Episodes.item(1, 1, 2, "A", 0L, ""),
                Episodes.item(3, 6, 10, "C", 120_000L, ""),
                Episodes.item(2, 3, 5, "B", 60_000L, "")), transcript);
        assertThat(plan.chapters()).extracting(Chapter::title).containsExactly("A", "B", "C");
        assertThat(plan.notes()).anyMatch(n -> n.contains("time order"));
    }

    @Test
    void aLastChapterEndingWithinTenSecondsOfTheVideoEndIsDropped() {
        Chapters.Plan plan = Chapters.plan(List.of(
                Episodes.item(1, 1, 2, "A", 0L, ""), Episodes.item(2, 3, 5, "B", 60_000L, ""),
                Episodes.item(3, 6, 9, "C", 120_000L, ""), Episodes.of(EntryKind.OUTRO, 4, 10, 10, "", 195_000L)),
                transcript);
        assertThat(plan.chapters()).extracting(Chapter::title).containsExactly("A", "B", "C");
        assertThat(plan.notes()).singleElement().asString().contains("\"结尾\" at 3:15 dropped", "ends 5 s later");
    }

    @Test
    void chaptersFromEstimatedTimesAreShownAndTheHostIsToldToCheckThem() {
        List<Entry> entries = List.of(Episodes.of(EntryKind.INTRO, 1, 1, 2, "", null),
                Episodes.item(2, 3, 5, "SynCLR", 41_500L, "").withStart(41_500L, true),
                Episodes.item(3, 6, 10, "RichDreamer", 100_000L, ""));
        Chapters.Plan estimated = Chapters.plan(entries, transcript, 0, true);
        assertThat(estimated.chapters()).extracting(Chapter::clock).containsExactly("0:00", "0:41", "1:40");
        assertThat(estimated.notes()).singleElement().asString()
                .contains("2 of 3 chapter times are estimates", "check them against the video");

        Chapters.Plan measured = Chapters.plan(entries, transcript, 0, false);
        assertThat(measured.notes()).singleElement().asString().contains("1 of 3 chapter times are estimates");
    }

    @Test
    void fewerThanThreeUsableTimesMeansNoChaptersBlockAndSaysWhy() {
        List<Entry> entries = List.of(Episodes.item(1, 1, 5, "A", 0L, ""), Episodes.item(2, 6, 10, "B", 60_000L, ""),
                Episodes.item(3, 10, 10, "C", null, ""));
        Transcript untimed = Episodes.untimed("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
        Chapters.Plan plan = Chapters.plan(entries, untimed);
        assertThat(plan.isShown()).isFalse();
        assertThat(plan.notes()).singleElement().asString().contains("2 of 3 entries have a start time");
    }

    @Test
    void tooManyDroppedChaptersAlsoMeansNoBlock() {
        Chapters.Plan plan = Chapters.plan(List.of(Episodes.item(1, 1, 2, "A", 0L, ""),
                Episodes.item(2, 3, 5, "B", 4_000L, ""), Episodes.item(3, 6, 10, "C", 60_000L, "")), transcript);
        assertThat(plan.chapters()).isEmpty();
        assertThat(plan.notes()).last().asString().contains("only 2 usable chapter times");
    }

    @Test
    void anEntryWithoutItsOwnTimeUsesItsFirstCueAndLongVideosShowHours() {
        Transcript long_ = Episodes.timed(1_800_000, "a", "b", "c", "d");
        Chapters.Plan plan = Chapters.plan(List.of(Episodes.item(1, 1, 1, "A", null, ""),
                Episodes.item(2, 2, 2, "B", null, ""), Episodes.item(3, 3, 4, "C", null, "")), long_);
        assertThat(plan.chapters()).extracting(Chapter::clock).containsExactly("0:00", "30:00", "1:00:00");
    }
}
