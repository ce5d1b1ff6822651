package org.showdesk.ui.entries;

import org.showdesk.app.ShowFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.model.Entry;
import org.showdesk.model.EntryKind;
import org.showdesk.model.EntryStatus;
import org.showdesk.model.Link;
import org.showdesk.model.LinkKind;

import org.showdesk.ui.common.UndoHistory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntriesViewModelTest {
    @TempDir
    Path dir;
    SampleShow sample;
    EntriesViewModel vm;

    @BeforeEach
    void open() {
        sample = SampleShow.create(dir);
        vm = sample.viewModel(UndoHistory.onCallingThread());
    }

    @AfterEach
    void close() {
        sample.show.close();
    }

    @Test
    void theRundownIsShownInOrderWithTheFirstEntrySelected() {
        assertThat(vm.entries()).extracting(Entry::title).containsExactly("开场", "SynCLR", "RichDreamer", "MathPile", "结尾");
        assertThat(vm.selectedIndexProperty().get()).isZero();
        assertThat(vm.editor().titleProperty().get()).isEqualTo("开场");
    }

    @Test
    void typingATitleIsSavedToTheProjectAndAnnouncedToTheOtherPanes() {
        List<List<Entry>> announced = new ArrayList<>();
        vm.addEntriesChangedListener(announced::add);
        vm.select(1);
        vm.editor().titleProperty().set("SynCLR 2");
        assertThat(sample.storedEntries().get(1).title()).isEqualTo("SynCLR 2");
        assertThat(vm.savingProperty().get()).isFalse();
        assertThat(announced).last().satisfies(list -> assertThat(list.get(1).title()).isEqualTo("SynCLR 2"));
    }

    @Test
    void organizationsTypedWithChineseOrEnglishCommasBecomeAList() {
        vm.select(2);
        vm.editor().organizationsProperty().set("阿里巴巴，浙江大学, Alibaba Cloud、 ");
        assertThat(sample.storedEntries().get(2).organizations()).containsExactly("阿里巴巴", "浙江大学", "Alibaba Cloud");
    }

    @Test
    void aLinkThatIsNotAWebAddressIsRefusedWithAMessageAndNotSaved() {
        vm.select(1);
        vm.editor().newLinkUrlProperty().set("javascript:alert(1)");
        assertThat(vm.editor().addLink()).isFalse();
        assertThat(vm.editor().linkMessageProperty().get()).contains("javascript").contains("http");
        assertThat(sample.storedEntries().get(1).links()).hasSize(1);
    }

    @Test
    void anArxivIdIsSavedAsItsAbstractPage() {
        vm.select(3);
        vm.editor().newLinkKindProperty().set(LinkKind.PAPER);
        vm.editor().newLinkUrlProperty().set("arXiv:2312.17120v2");
        assertThat(vm.editor().addLink()).isTrue();
        assertThat(sample.storedEntries().get(3).links())
                .containsExactly(new Link(LinkKind.PAPER, "https://arxiv.org/abs/2312.17120"));
    }

    @Test
    void theSamePaperLinkedTwiceIsFlagged() {
        vm.select(1);
        vm.editor().newLinkUrlProperty().set("https://arxiv.org/pdf/2312.17742v1.pdf");
        vm.editor().addLink();
        assertThat(vm.editor().linkMessageProperty().get()).contains("same page");
    }

    @Test
    void aStartTimeThatDoesNotParseIsExplainedAndTheLastGoodTimeStays() {
        vm.select(2);
        vm.editor().startTimeProperty().set("0:2x");
        assertThat(vm.editor().startTimeErrorProperty().get()).contains("minutes:seconds");
        assertThat(sample.storedEntries().get(2).startMs()).isEqualTo(21000L);
        vm.editor().startTimeProperty().set("1:02:03");
        assertThat(vm.editor().startTimeErrorProperty().get()).isEmpty();
        assertThat(sample.storedEntries().get(2).startMs()).isEqualTo(3_723_000L);
    }

    /** Typed key by key, "9:9" passes on the way to "9:99": the refused time must not leave 9:09 in the show notes. */
    @Test
    void aStartTimeRefusedAfterAPartlyTypedOneLeavesTheStartAsItWas() {
        vm.select(2);
        for (String typed : List.of("9", "9:", "9:9", "9:99")) vm.editor().startTimeProperty().set(typed);
        assertThat(vm.editor().startTimeErrorProperty().get()).contains("59");
        assertThat(sample.storedEntries().get(2).startMs()).isEqualTo(21000L);
    }

    @Test
    void movingAnEntryDownIsStoredAndKeepsItSelected() {
        vm.select(1);
        vm.moveDown();
        assertThat(sample.storedEntries()).extracting(Entry::title).containsExactly("开场", "RichDreamer", "SynCLR", "MathPile", "结尾");
        assertThat(vm.selectedEntryProperty().get().title()).isEqualTo("SynCLR");
    }

    @Test
    void splittingAtASentenceStoresANewPrefilledEntryThatCanBeEditedAtOnce() {
        vm.select(2);
        assertThat(vm.splitCandidates()).extracting(c -> c.id()).containsExactly(sample.cues.get(4).id());
        vm.splitSelectedAt(sample.cues.get(4).id());
        List<Entry> stored = sample.storedEntries();
        assertThat(stored).hasSize(6);
        assertThat(stored.get(3).firstCueId()).isEqualTo(sample.cues.get(4).id());
        assertThat(stored.get(3).startMs()).isEqualTo(29000L);
        assertThat(vm.selectedEntryProperty().get().id()).isEqualTo(stored.get(3).id());
        vm.editor().titleProperty().set("游戏引擎");
        assertThat(sample.storedEntries()).hasSize(6).extracting(Entry::title).contains("游戏引擎");
    }

    @Test
    void mergingKeepsTheFirstEntrysFieldsAndCoversBothSpans() {
        vm.select(2);
        vm.mergeSelectedWithNext();
        List<Entry> stored = sample.storedEntries();
        assertThat(stored).extracting(Entry::title).containsExactly("开场", "SynCLR", "RichDreamer", "结尾");
        assertThat(stored.get(2).lastCueId()).isEqualTo(sample.cues.get(5).id());
        assertThat(stored.get(2).organizations()).containsExactly("阿里巴巴", "上海交通大学");
    }

    @Test
    void mergingEntriesThatAreNotNeighboursInTheTranscriptIsRefusedAndChangesNothing() {
        vm.select(1);
        vm.moveDown(); // SynCLR now after RichDreamer in the rundown, but not in the transcript
        vm.select(0);
        vm.mergeSelectedWithNext(); // intro + RichDreamer: SynCLR's sentences lie between them
        assertThat(vm.messageProperty().get()).contains("Cannot merge");
        assertThat(sample.storedEntries()).hasSize(5);
    }

    @Test
    void deletingAnEntryRemovesItFromTheProject() {
        vm.select(3);
        vm.deleteSelected();
        assertThat(sample.storedEntries()).extracting(Entry::title).doesNotContain("MathPile");
        assertThat(vm.selectedEntryProperty().get().title()).isEqualTo("结尾");
    }

    @Test
    void suggestingEntriesReplacesTheRundownWithIntroItemsAndOutro() {
        vm.suggestEntries();
        List<Entry> stored = sample.storedEntries();
        assertThat(stored.get(0).kind()).isEqualTo(EntryKind.INTRO);
        assertThat(stored.get(stored.size() - 1).kind()).isEqualTo(EntryKind.OUTRO);
        assertThat(stored).extracting(e -> e.title().split("：")[0]).contains("SynCLR", "RichDreamer", "MathPile");
        assertThat(vm.messageProperty().get()).startsWith("Suggested");
    }

    @Test
    void aCaretInTheTranscriptSelectsTheEntryHoldingThatSentenceWithoutAnnouncingASelection() {
        List<Entry> announced = new ArrayList<>();
        vm.addEntrySelectedListener(announced::add);
        vm.selectEntryAtCue(sample.cues.get(4).id());
        assertThat(vm.selectedEntryProperty().get().title()).isEqualTo("RichDreamer");
        assertThat(announced).isEmpty();
    }

    @Test
    void markingAnEntryCheckedIsSaved() {
        vm.select(1);
        vm.editor().statusProperty().set(EntryStatus.CHECKED);
        assertThat(sample.storedEntries().get(1).status()).isEqualTo(EntryStatus.CHECKED);
    }

    @Test
    void undoBringsBackADeletedEntryAndThenATypedTitle() {
        UndoHistory history = sharingAHistory();
        vm.select(1);
        vm.editor().titleProperty().set("SynCLR edited");
        vm.select(3);
        vm.deleteSelected();
        assertThat(sample.storedEntries()).extracting(Entry::title).doesNotContain("MathPile");
        history.undo(); // the delete
        assertThat(sample.storedEntries()).extracting(Entry::title)
                .containsExactly("开场", "SynCLR edited", "RichDreamer", "MathPile", "结尾");
        history.undo(); // the title edit too
        assertThat(sample.storedEntries()).extracting(Entry::title)
                .containsExactly("开场", "SynCLR", "RichDreamer", "MathPile", "结尾");
        assertThat(vm.entries()).extracting(Entry::title).containsExactlyElementsOf(
                sample.storedEntries().stream().map(Entry::title).toList());
        assertThat(vm.editor().titleProperty().get()).isEqualTo(vm.selectedEntryProperty().get().title());
    }

    /** The entries view model wired to an undo history as the window wires it. */
    private UndoHistory sharingAHistory() {
        UndoHistory history = UndoHistory.onCallingThread();
        vm = sample.viewModel(history);
        return history;
    }

    @Test
    void typingATitleKeyByKeyIsOneUndoStepThatPutsTheOldTitleBackInTheStore() {
        UndoHistory history = sharingAHistory();
        vm.select(1);
        for (String typed : List.of("SynCLR ", "SynCLR v", "SynCLR v2")) vm.editor().titleProperty().set(typed);

        assertThat(history.undoable()).isEqualTo(1);
        history.undo();
        assertThat(sample.storedEntries().get(1).title()).isEqualTo("SynCLR");
        assertThat(vm.editor().titleProperty().get()).isEqualTo("SynCLR");
        history.redo();
        assertThat(sample.storedEntries().get(1).title()).isEqualTo("SynCLR v2");
    }

    @Test
    void typingInAnotherFieldSplitMergeReorderAndDeleteAreEachTheirOwnStepUndoneNewestFirst() {
        UndoHistory history = sharingAHistory();
        vm.select(1);
        vm.editor().titleProperty().set("SynCLR 2");
        vm.editor().summaryProperty().set("合成图像学表征");
        vm.moveDown();
        vm.select(3);
        vm.deleteSelected();
        vm.select(1);
        vm.splitSelectedAt(sample.cues.get(4).id()); // RichDreamer, now second, split in two
        vm.select(1);
        vm.mergeSelectedWithNext(); // and joined again

        assertThat(history.undoable()).isEqualTo(6);
        history.undo();
        assertThat(sample.storedEntries()).hasSize(5);
        history.undo();
        assertThat(sample.storedEntries()).hasSize(4);
        history.undo();
        assertThat(sample.storedEntries()).extracting(Entry::title)
                .containsExactly("开场", "RichDreamer", "SynCLR 2", "MathPile", "结尾");
        history.undo();
        assertThat(sample.storedEntries()).extracting(Entry::title)
                .containsExactly("开场", "SynCLR 2", "RichDreamer", "MathPile", "结尾");
        history.undo();
        assertThat(sample.storedEntries().get(1).summary()).isNotEqualTo("合成图像学表征");
        history.undo();
        assertThat(sample.storedEntries()).extracting(Entry::title)
                .containsExactly("开场", "SynCLR", "RichDreamer", "MathPile", "结尾");
        assertThat(history.canUndoProperty().get()).isFalse();
    }

    @Test
    void aShowOpenReadOnlyShowsItsEntriesButRefusesChangesWithAMessage() {
        java.nio.file.Path file = sample.show.file();
        sample.show.close();
        try (org.showdesk.app.OpenShow readOnly = org.showdesk.app.OpenShow.openReadOnly(file)) {
            EntriesViewModel ro = SampleShow.viewModel(readOnly, sample.episodeId, UndoHistory.onCallingThread());
            assertThat(ro.entries()).hasSize(5);
            assertThat(ro.editor().editingProperty().get()).isFalse();
            ro.select(1);
            ro.moveDown();
            assertThat(ro.messageProperty().get()).contains("read-only");
            assertThat(ShowFiles.entries(readOnly).list(sample.episodeId)).extracting(Entry::title)
                    .containsExactly("开场", "SynCLR", "RichDreamer", "MathPile", "结尾");
        }
        sample = SampleShow.create(dir); // for close()
    }
}
