package org.showdesk.ui.review;

import org.showdesk.app.ShowFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.app.Corrections;
import org.showdesk.app.Episodes;
import org.showdesk.app.OpenShow;
import org.showdesk.ui.common.UndoHistory;
import org.showdesk.model.Finding;
import org.showdesk.model.FindingKind;
import org.showdesk.ui.DemoFixture;
import org.showdesk.ui.common.StatusModel;
import org.showdesk.app.TaskExecutor;
import org.showdesk.ui.transcript.TranscriptViewModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewViewModelTest {
    private static final String TEXT = "童话顺发布了71参数模型,LoraMOE和Rich Dreamer";
    private static final Finding HOMOPHONE = new Finding(0, 3, "童话顺", List.of("同花顺"), FindingKind.PINYIN, 0.9, "same pinyin", "同花顺");
    private static final Finding NUMBER = new Finding(6, 8, "71", List.of("7B"), FindingKind.NUMBER_UNIT, 0.75, "size", "number-unit");
    private static final Finding CASE = new Finding(13, 20, "LoraMOE", List.of("LoRAMoE"), FindingKind.CASE_SPACE, 0.9, "case", "LoRAMoE");
    private static final Finding LOW = new Finding(21, 33, "Rich Dreamer", List.of("RichDreamer"), FindingKind.PHONETIC, 0.4, "sounds", "RichDreamer");

    private final List<List<Finding>> applied = new ArrayList<>();
    private final ReviewViewModel model = new ReviewViewModel(List.of(HOMOPHONE, NUMBER, CASE, LOW), TEXT, applied::add);

    @Test
    void nothingIsTickedUntilTheHostTicksIt() {
        assertThat(model.ticked()).isEmpty();
        assertThat(model.apply()).isZero();
        assertThat(applied).isEmpty();
    }

    @Test
    void inAReadOnlyShowTickedFindingsAreNeverApplied() {
        ReviewViewModel readOnly = new ReviewViewModel(List.of(HOMOPHONE, CASE), TEXT, applied::add, applied::add, false);
        readOnly.tickAll(true);

        assertThat(readOnly.canApply()).isFalse();
        assertThat(readOnly.apply()).isZero();
        assertThat(readOnly.rejectTicked()).isZero();
        assertThat(applied).isEmpty();
    }

    @Test
    void rejectTickedHandsOverExactlyTheTickedFindingsToReject() {
        List<List<Finding>> rejected = new ArrayList<>();
        ReviewViewModel review = new ReviewViewModel(List.of(HOMOPHONE, NUMBER, CASE, LOW), TEXT, applied::add,
                rejected::add, true);
        review.tickRule("number-unit", true);
        review.tickRule("phonetic", true);
        assertThat(review.rejectTicked()).isEqualTo(2);
        assertThat(rejected).singleElement().satisfies(list -> assertThat(list).containsExactly(NUMBER, LOW));
        assertThat(applied).isEmpty();
    }

    @Test
    void groupsComeInTheOrderTheirFirstFindingHasInTheTranscript() {
        // Alphabetically 'LoRAMoE' < 'number-unit' < 'RichDreamer' < '同花顺'; in the text 童话顺 comes first.
        assertThat(model.grouped(ReviewViewModel.Grouping.TERM).keySet())
                .containsExactly("同花顺", "number-unit", "LoRAMoE", "RichDreamer");
    }

    @Test
    void tickingAConfidenceBandTicksExactlyThatBand() {
        model.tickBand("high", true);
        assertThat(model.ticked()).containsExactly(HOMOPHONE, CASE);
        assertThat(model.tickedCountProperty().get()).isEqualTo(2);
    }

    @Test
    void tickingARuleTicksExactlyThatRule() {
        model.tickRule("number-unit", true);
        assertThat(model.ticked()).containsExactly(NUMBER);
    }

    @Test
    void applyHandsOverExactlyTheTickedFindingsInOneStep() {
        model.tickAll(true);
        model.rows().get(1).setTicked(false);

        model.apply();

        assertThat(applied).singleElement().satisfies(list -> assertThat(list).containsExactly(HOMOPHONE, CASE, LOW));
    }

    @Test
    void hitCountsPerRuleAndGroupsByTermCoverEveryFinding() {
        assertThat(model.hitsPerRule()).containsEntry("pinyin", 1L).containsEntry("number-unit", 1L).hasSize(4);
        assertThat(model.hitsPerBand()).containsEntry("high", 2L).containsEntry("mid", 1L).containsEntry("low", 1L);
        assertThat(model.grouped(ReviewViewModel.Grouping.TERM)).containsOnlyKeys("同花顺", "number-unit", "LoRAMoE", "RichDreamer");
        assertThat(model.rows().get(0).context()).contains("[童话顺]").contains("发布了");
    }

    @Test
    void applyingTickedDemoFindingsChangesTheSavedTextForThoseAndOnlyThose(@TempDir Path dir) throws Exception {
        try (OpenShow show = DemoFixture.open(dir)) {
            long episode = DemoFixture.episode(show).id();
            TranscriptViewModel transcript = new TranscriptViewModel(new Corrections(show), TaskExecutor.sameThread(),
                    Runnable::run, new StatusModel(), e -> { throw new AssertionError(e); }, UndoHistory.onCallingThread());
            transcript.show(new Episodes(show).open(episode));
            ReviewViewModel review = new ReviewViewModel(transcript.findings(), transcript.snapshot().text(),
                    transcript::acceptAll);
            review.tickRule("known-variant", true);
            review.rows().stream().filter(r -> r.finding().found().equals("Kootram")).findFirst().orElseThrow()
                    .setTicked(false);

            int count = review.apply();

            String text = ShowFiles.episodes(show).transcript(episode).text();
            assertThat(count).isEqualTo(review.ticked().size()).isPositive();
            assertThat(text).doesNotContain("智普AI").doesNotContain("GLM4").contains("Kootram").contains("童话顺");
            assertThat(ShowFiles.corrections(show).list(episode)).hasSize(count);
        }
    }
}
