package org.showdesk.ui.transcript;

import org.showdesk.app.ShowFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.app.OpenShow;
import org.showdesk.model.Correction;
import org.showdesk.model.Finding;
import org.showdesk.app.Corrections;
import org.showdesk.app.Episodes;
import org.showdesk.ui.common.UndoHistory;
import org.showdesk.ui.DemoFixture;
import org.showdesk.ui.common.StatusModel;
import org.showdesk.app.TaskExecutor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The transcript's view model driven without a window, over the demo show and the real engine. */
class TranscriptViewModelTest {
    @TempDir
    Path dir;
    private OpenShow show;
    private TranscriptViewModel model;
    private final List<Throwable> errors = new ArrayList<>();
    private final StatusModel status = new StatusModel();
    private long episode;

    @BeforeEach
    void openDemo() throws Exception {
        show = DemoFixture.open(dir);
        episode = DemoFixture.episode(show).id();
        model = new TranscriptViewModel(new Corrections(show), TaskExecutor.sameThread(), Runnable::run, status,
                errors::add, UndoHistory.onCallingThread());
        model.show(new Episodes(show).open(episode));
    }

    @AfterEach
    void close() {
        show.close();
    }

    private Finding finding(String found) {
        return model.findings().stream().filter(f -> f.found().equals(found)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding for " + found + " in " + model.findings()));
    }

    private String saved() {
        return ShowFiles.episodes(show).transcript(episode).text();
    }

    @Test
    void loadingTheDemoShowsItsTextWithTheGlossarysFindingsMarked() {
        assertThat(model.snapshot().text()).isEqualTo(saved()).contains("童话顺");
        assertThat(finding("童话顺").suggestion()).isEqualTo("同花顺");
        assertThat(finding("Kootram").suggestion()).isEqualTo("Krutrim");
        assertThat(model.snapshot().marks().entries()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(errors).isEmpty();
    }

    @Test
    void styleFindingsAreCountedButMarkedOnlyWhenTheHostAsksForThem() throws Exception {
        Path txt = dir.resolve("typo.txt");
        java.nio.file.Files.writeString(txt, "我们看一下, 这个模型(很强), 对吧.\n");
        long withTypo = new org.showdesk.app.ImportTranscript(show).run(txt, "typo", null).episode().id();
        model.show(new Episodes(show).open(withTypo));
        int style = model.styleCountProperty().get();
        assertThat(style).as("half-width commas and brackets in Chinese").isGreaterThanOrEqualTo(2);
        assertThat(model.findings()).noneMatch(Finding::isStyle);

        model.showStyleProperty().set(true);
        assertThat(model.findings()).filteredOn(Finding::isStyle).hasSize(style);

        model.showStyleProperty().set(false);
        assertThat(model.findings()).noneMatch(Finding::isStyle);
    }

    @Test
    void acceptingAFindingSavesTheCorrectionAndMarksItAsApplied() {
        Finding f = finding("童话顺");
        model.accept(f, "同花顺");

        assertThat(saved()).contains("同花顺").doesNotContain("童话顺");
        assertThat(model.snapshot().text()).isEqualTo(saved());
        assertThat(model.snapshot().marks().correctionAt(f.start()))
                .hasValueSatisfying(m -> assertThat(m.correction().before()).isEqualTo("童话顺"));
        assertThat(model.findings()).noneMatch(x -> x.found().equals("童话顺"));
        assertThat(ShowFiles.glossary(show).list()).anySatisfy(t -> assertThat(t.variants()).contains("童话顺"));
    }

    @Test
    void undoPutsBackTheHeardTextAndRedoAppliesTheCorrectionAgain() {
        String before = saved();
        model.accept(finding("北京油电大学"), "北京邮电大学");
        assertThat(status.messageProperty().get()).isEqualTo("Applied 北京油电大学 → 北京邮电大学");
        model.undo();
        assertThat(status.messageProperty().get()).startsWith("Undone");
        assertThat(saved()).isEqualTo(before);
        assertThat(model.snapshot().text()).isEqualTo(before);
        assertThat(model.canRedoProperty().get()).isTrue();

        model.redo();
        assertThat(saved()).contains("北京邮电大学").doesNotContain("北京油电大学");
        model.undo();
        assertThat(saved()).isEqualTo(before);
    }

    @Test
    void typedTextIsSavedAsAHandEditThatUndoRemoves() {
        String before = saved();
        int at = before.indexOf("我是小周");
        String typed = before.substring(0, at) + "我是主持人小周" + before.substring(at + 4);

        model.textEdited(typed);

        assertThat(saved()).isEqualTo(typed);
        List<Correction> history = ShowFiles.corrections(show).list(episode);
        assertThat(history).last().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(Correction.MANUAL);
            assertThat(c.after()).isEqualTo("主持人");
        });
        model.undo();
        assertThat(saved()).isEqualTo(before);
    }

    @Test
    void acceptAllOfATermFixesEveryOccurrenceInOneUndoableStep() {
        String before = saved();
        long kootrams = model.findings().stream().filter(f -> f.term().equals("Krutrim")).count();
        assertThat(kootrams).isGreaterThan(1);

        model.acceptAllOfTerm(finding("Kootram"));

        assertThat(saved()).doesNotContain("Kootram").contains("Krutrim");
        model.undo();
        assertThat(saved()).isEqualTo(before);
    }

    @Test
    void aRejectedFindingIsNotRaisedAgainInThisEpisode() {
        model.reject(finding("负能"));
        assertThat(model.findings()).noneMatch(f -> f.found().equals("负能"));
        model.reload();
        assertThat(model.findings()).noneMatch(f -> f.found().equals("负能"));
    }

    @Test
    void aFindingWhoseTextChangedSinceIsNotApplied() {
        Finding stale = finding("童话顺");
        String text = saved();
        model.textEdited(text.replace("童话顺", "童话"));

        model.accept(stale, "同花顺");

        assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage()).contains("nothing was applied"));
        assertThat(saved()).doesNotContain("同花顺");
    }

    @Test
    void acceptingANumberFindingDoesNotAddARuleNameToTheGlossary() {
        int terms = ShowFiles.glossary(show).list().size();
        model.accept(finding("71"), "7B");
        assertThat(saved()).contains("7B参数");
        assertThat(ShowFiles.glossary(show).list()).hasSize(terms);
    }
}
