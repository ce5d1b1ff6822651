package org.showdesk.draft;

import org.junit.jupiter.api.Test;
import org.showdesk.model.Entry;
import org.showdesk.model.EntryKind;
import org.showdesk.model.EntryStatus;
import org.showdesk.model.Link;
import org.showdesk.model.LinkKind;
import org.showdesk.model.ShowdeskException;
import org.showdesk.model.Transcript;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntryEditsTest {
    /** Eight cues of 10 s with ids 1..8; entries A = 1..3, B = 4..6, C = 7..8. */
    private final Transcript transcript = Episodes.timed(10_000, "a", "b", "c", "d", "e", "f", "g", "h");
    private final List<Entry> rundown = List.of(
            new Entry(11, 1, EntryKind.ITEM, 1, 3, "A", List.of("MIT"), "", "about A",
                    List.of(new Link(LinkKind.PAPER, "https://arxiv.org/abs/2401.00001")), 0L, EntryStatus.CHECKED, "n1"),
            new Entry(12, 1, EntryKind.ITEM, 4, 6, "B", List.of("MIT", "微软"), "", "about B",
                    List.of(new Link(LinkKind.PAPER, "https://arxiv.org/abs/2401.00001"), new Link(LinkKind.CODE, "https://github.com/b")),
                    30_000L, EntryStatus.CHECKED, "n2"),
            new Entry(13, 1, EntryKind.OUTRO, 7, 8, "结尾", List.of(), "", "", List.of(), 60_000L, EntryStatus.DRAFT, ""));

    @Test
    void splittingAnEntryStartsANewDraftEntryAtTheChosenCue() {
        List<Entry> out = EntryEdits.split(rundown, 1, 5, transcript);
        assertThat(out).extracting(Entry::id, Entry::firstCueId, Entry::lastCueId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(11L, 1L, 3L), org.assertj.core.groups.Tuple.tuple(12L, 4L, 4L),
                org.assertj.core.groups.Tuple.tuple(0L, 5L, 6L), org.assertj.core.groups.Tuple.tuple(13L, 7L, 8L));
        Entry added = out.get(2);
        assertThat(added.kind()).isEqualTo(EntryKind.ITEM);
        assertThat(added.startMs()).isEqualTo(40_000L);
        assertThat(added.status()).isEqualTo(EntryStatus.DRAFT);
        assertThat(rundown.get(1).lastCueId()).as("the input list is unchanged").isEqualTo(6);
    }

    @Test
    void splittingAtAnEntrysFirstCueOrOutsideItIsRefusedWithTheAllowedRange() {
        assertThatThrownBy(() -> EntryEdits.split(rundown, 1, 4, transcript)).isInstanceOf(ShowdeskException.class)
                .hasMessage("Cannot split \"B\" there: pick a sentence after its first one and within it (sentences 5 to 6).");
        assertThatThrownBy(() -> EntryEdits.split(rundown, 1, 8, transcript)).isInstanceOf(ShowdeskException.class);
    }

    @Test
    void aSplitOffPartCanBePrefilledFromItsFirstSentence() {
        Transcript t = Episodes.timed(5_000, "Meta AI的研究者推出Fairy。", "它能编辑视频。", "微软推出Phi-2。", "它很小。");
        List<Entry> one = List.of(Episodes.of(EntryKind.ITEM, 1, 1, 4, "Fairy", 0L));
        List<Entry> two = EntryEdits.split(one, 0, 3, t);
        Entry filled = new EntrySplitter(List.of()).prefill(two.get(1), t);
        assertThat(SourceEvidence.titleName(filled)).isEqualTo("Phi-2");
        assertThat(filled.organizations()).containsExactly("微软");
        assertThat(filled.startMs()).isEqualTo(10_000L);
        assertThat(filled.firstCueId()).isEqualTo(3);
    }

    @Test
    void mergingNeighboursKeepsTheFirstEntryAndGathersOrganizationsAndLinksWithoutRepeats() {
        List<Entry> out = EntryEdits.mergeWithNext(rundown, 0, transcript);
        assertThat(out).hasSize(2);
        Entry merged = out.get(0);
        assertThat(merged.id()).isEqualTo(11);
        assertThat(merged.firstCueId()).isEqualTo(1);
        assertThat(merged.lastCueId()).isEqualTo(6);
        assertThat(merged.title()).isEqualTo("A");
        assertThat(merged.organizations()).containsExactly("MIT", "微软");
        assertThat(merged.links()).extracting(Link::url)
                .containsExactly("https://arxiv.org/abs/2401.00001", "https://github.com/b");
        assertThat(merged.notes()).isEqualTo("n1\nn2");
        assertThat(merged.status()).as("a merged entry needs checking again").isEqualTo(EntryStatus.DRAFT);
    }

    @Test
    void entriesThatAreNotNeighboursInTheTranscriptCannotBeMerged() {
        List<Entry> reordered = EntryEdits.move(rundown, 2, 1); // A, outro, B
        assertThatThrownBy(() -> EntryEdits.mergeWithNext(reordered, 0, transcript))
                .isInstanceOf(ShowdeskException.class).hasMessageContaining("other sentences lie between them");
    }

    @Test
    void movingABoundaryHandsSentencesBetweenNeighboursAndUpdatesTheStartTime() {
        List<Entry> earlier = EntryEdits.moveStart(rundown, 1, 3, transcript);
        assertThat(earlier.get(0).lastCueId()).isEqualTo(2);
        assertThat(earlier.get(1).firstCueId()).isEqualTo(3);
        assertThat(earlier.get(1).startMs()).isEqualTo(20_000L);
        List<Entry> later = EntryEdits.moveStart(rundown, 1, 6, transcript);
        assertThat(later.get(0).lastCueId()).isEqualTo(5);
        assertThat(later.get(1).firstCueId()).isEqualTo(6);
    }

    @Test
    void aBoundaryCannotMoveSoFarThatAnEntryLosesAllItsSentences() {
        assertThatThrownBy(() -> EntryEdits.moveStart(rundown, 1, 1, transcript)).isInstanceOf(ShowdeskException.class)
                .hasMessage("Cannot move the start of \"B\" to sentence 1: it can start between sentences 2 and 6,"
                        + " so that every sentence stays in exactly one entry and every entry keeps at least one.");
        assertThatThrownBy(() -> EntryEdits.moveStart(rundown, 1, 7, transcript)).isInstanceOf(ShowdeskException.class);
    }

    @Test
    void theFirstEntryCannotGiveAwayItsOpeningSentencesToNobody() {
        assertThatThrownBy(() -> EntryEdits.moveStart(rundown, 0, 2, transcript)).isInstanceOf(ShowdeskException.class)
                .hasMessageContaining("no neighbour before it");
    }

    @Test
    void anEntryCanGrowBackOverSentencesNoEntryHolds() {
        List<Entry> gap = List.of(rundown.get(0).withSpan(1, 2), rundown.get(1), rundown.get(2)); // sentence 3 is free
        List<Entry> out = EntryEdits.moveStart(gap, 1, 3, transcript);
        assertThat(out.get(1).firstCueId()).isEqualTo(3);
        assertThat(out.get(0).lastCueId()).isEqualTo(2);
    }

    @Test
    void reorderingMovesOneEntryAndKeepsTheOthersInOrder() {
        assertThat(EntryEdits.move(rundown, 0, 2)).extracting(Entry::title).containsExactly("B", "结尾", "A");
        assertThat(EntryEdits.move(rundown, 2, 0)).extracting(Entry::title).containsExactly("结尾", "A", "B");
    }

    @Test
    void anyMixOfEditsKeepsEverySentenceInExactlyOneEntry() {
        Transcript t = SplitFixture.load("weekly-research", false).transcript();
        List<Entry> entries = new EntrySplitter(List.of()).suggest(1, t);
        java.util.Random random = new java.util.Random(42);
        int applied = 0;
        for (int step = 0; step < 2000; step++) {
            int i = random.nextInt(entries.size());
            long cue = t.cues().get(random.nextInt(t.size())).id();
            try {
                entries = switch (random.nextInt(4)) {
                    case 0 -> EntryEdits.split(entries, i, cue, t);
                    case 1 -> i + 1 < entries.size() ? EntryEdits.mergeWithNext(entries, i, t) : entries;
                    case 2 -> EntryEdits.moveStart(entries, i, cue, t);
                    default -> EntryEdits.move(entries, i, random.nextInt(entries.size()));
                };
                applied++;
            } catch (ShowdeskException refused) {
                continue; // a refused edit must leave nothing to check: the list is unchanged
            }
            int[] owners = new int[t.size()];
            for (Entry e : entries) {
                int first = t.indexOfCue(e.firstCueId()), last = t.indexOfCue(e.lastCueId());
                assertThat(first).as("step " + step).isLessThanOrEqualTo(last);
                for (int c = first; c <= last; c++) owners[c]++;
            }
            assertThat(owners).as("step " + step).containsOnly(1);
        }
        assertThat(applied).as("most random edits are possible").isGreaterThan(500);
    }

    @Test
    void anEntryWhoseCueWasRemovedGivesAClearMessage() {
        Transcript shorter = Episodes.timed(10_000, "a", "b");
        assertThatThrownBy(() -> EntryEdits.split(rundown, 1, 5, shorter)).isInstanceOf(ShowdeskException.class)
                .hasMessageContaining("no longer in the transcript");
    }
}
