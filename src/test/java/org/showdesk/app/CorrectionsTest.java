package org.showdesk.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.model.Cue;
import org.showdesk.model.Decision;
import org.showdesk.model.Entry;
import org.showdesk.model.EntryKind;
import org.showdesk.model.EntryStatus;
import org.showdesk.model.Finding;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.Link;
import org.showdesk.model.LinkKind;
import org.showdesk.model.ShowdeskException;
import org.showdesk.model.TermCategory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The correction workflow, as the window and the command line both carry it out. */
class CorrectionsTest {
    @TempDir
    Path dir;
    OpenShow show;
    Corrections corrections;
    Episodes episodes;

    @BeforeEach
    void showWithGlossary() {
        show = OpenShow.create(dir.resolve("s.showdesk"), "s");
        ShowFiles.glossary(show).add(new GlossaryTerm(0, "同花顺", List.of(), TermCategory.ORG, "", "", true));
        ShowFiles.glossary(show).add(new GlossaryTerm(0, "北京邮电大学", List.of(), TermCategory.ORG, "", "", true));
        ShowFiles.reread(show);
        corrections = new Corrections(show);
        episodes = new Episodes(show);
    }

    @AfterEach
    void close() {
        show.close();
    }

    private OpenEpisode episode(String... sentences) {
        List<Cue> cues = new ArrayList<>();
        for (String s : sentences) cues.add(Cue.of(null, null, s));
        long id = ShowFiles.episodes(show).insert("e", "e.txt", "txt", "UTF-8", cues);
        return episodes.open(id);
    }

    private static Finding only(OpenEpisode ep, String found) {
        return ep.state().findings().stream().filter(f -> f.found().equals(found)).findFirst().orElseThrow();
    }

    private String saved(OpenEpisode ep) {
        return ShowFiles.episodes(show).transcript(ep.id()).text();
    }

    @Test
    void acceptingAHomophoneFixesTheTextInMemoryAndInTheFileAlike() {
        OpenEpisode ep = episode("童话顺推出自研大模型，同花顺的用户很多。");
        Finding f = only(ep, "童话顺");
        assertThat(f.suggestion()).isEqualTo("同花顺");
        corrections.accept(ep, f, "同花顺");
        assertThat(ep.state().text()).isEqualTo("同花顺推出自研大模型，同花顺的用户很多。").isEqualTo(saved(ep));
        assertThat(ep.state().findings()).noneMatch(x -> x.found().equals("童话顺"));
        assertThat(ep.state().corrections()).singleElement().satisfies(c -> assertThat(c.before()).isEqualTo("童话顺"));
    }

    @Test
    void oneAcceptedFindingIsOneWriteAndNoReadOfTheEpisode() {
        OpenEpisode ep = episode("童话顺推出自研大模型。", "北京油电大学的研究者也参与了。");
        long[] before = show.transactionCounts();
        corrections.accept(ep, only(ep, "童话顺"), "同花顺");
        long[] after = show.transactionCounts();
        assertThat(after[1] - before[1]).as("write transactions").isEqualTo(1);
        assertThat(after[0] - before[0]).as("read transactions").isZero();
    }

    @Test
    void aCorrectionReachesEveryEntryFieldAndTagThatHoldsTheWrongForm() {
        OpenEpisode ep = episode("童话顺推出问财大模型。", "北京油电大学的研究者也参与了。");
        List<Cue> cues = ep.state().transcript().cues();
        Entry item = new Entry(0, ep.id(), EntryKind.ITEM, cues.get(0).id(), cues.get(1).id(), "HithinkGPT：童话顺的大模型",
                List.of("童话顺", "北京油电大学"), "", "童话顺与北京油电大学合作推出问财。",
                List.of(new Link(LinkKind.PAPER, "https://example.org/p", "童话顺 技术报告", 0)), null, EntryStatus.DRAFT,
                "核对童话顺的名字");
        ShowFiles.entries(show).replaceAll(ep.id(), List.of(item));
        ShowFiles.episodes(show).saveTags(ep.id(), List.of("童话顺", "AI"));
        ep = episodes.open(ep.id());

        Undoable undo = corrections.acceptTerm(ep, "同花顺");
        corrections.acceptTerm(ep, "北京邮电大学");

        Entry now = ep.state().entries().get(0);
        assertThat(now.title()).isEqualTo("HithinkGPT：同花顺的大模型");
        assertThat(now.organizations()).containsExactly("同花顺", "北京邮电大学");
        assertThat(now.summary()).isEqualTo("同花顺与北京邮电大学合作推出问财。");
        assertThat(now.notes()).isEqualTo("核对同花顺的名字");
        assertThat(now.links().get(0).title()).isEqualTo("同花顺 技术报告");
        assertThat(ep.state().episode().tags()).containsExactly("同花顺", "AI");
        assertThat(ShowFiles.entries(show).list(ep.id())).containsExactly(now);
        assertThat(ShowFiles.episodes(show).get(ep.id()).tags()).containsExactly("同花顺", "AI");
        assertThat(ShowFiles.episodes(show).transcript(ep.id()).rawText()).contains("童话顺", "北京油电大学");

        // The first acceptance comes back whole: text, entry fields and tags, in one step.
        undo.undo();
        Entry back = ep.state().entries().get(0);
        assertThat(ep.state().text()).startsWith("童话顺推出");
        assertThat(back.title()).isEqualTo("HithinkGPT：童话顺的大模型");
        assertThat(back.organizations()).containsExactly("童话顺", "北京邮电大学");
        assertThat(ShowFiles.episodes(show).get(ep.id()).tags()).containsExactly("童话顺", "AI");
        assertThat(saved(ep)).isEqualTo(ep.state().text());
    }

    @Test
    void undoAndRedoOfAnAcceptedFindingFollowEachOther() {
        OpenEpisode ep = episode("童话顺推出自研大模型。");
        Undoable undo = corrections.accept(ep, only(ep, "童话顺"), "同花顺");
        Undoable redo = undo.undo();
        assertThat(saved(ep)).isEqualTo(ep.state().text()).startsWith("童话顺");
        redo.undo();
        assertThat(saved(ep)).isEqualTo(ep.state().text()).startsWith("同花顺");
    }

    @Test
    void aCorrectionDoesNotDoubleANameThatAlreadyContainsTheWrongForm() {
        assertThat(EntryTexts.replaceWrong("HithinkGPT 与 GPT", "GPT", "HithinkGPT")).isEqualTo("HithinkGPT 与 HithinkGPT");
    }

    @Test
    void nextWeeksEpisodeGetsALearnedMishearingAtTopConfidence() {
        OpenEpisode first = episode("童话顺推出自研大模型。");
        Finding heard = only(first, "童话顺");
        corrections.accept(first, heard, "同花顺");
        OpenEpisode next = episode("本周童话顺又发布了新功能。");
        Finding again = only(next, "童话顺");
        assertThat(again.rule()).isEqualTo("known-variant");
        assertThat(again.confidence()).isGreaterThanOrEqualTo(heard.confidence());
    }

    @Test
    void aRejectedFindingStaysQuietInItsEpisodeOnlyUnlessRejectedShowWide() {
        OpenEpisode ep = episode("童话顺推出自研大模型。");
        corrections.reject(ep, List.of(only(ep, "童话顺")), false);
        assertThat(ep.state().findings()).noneMatch(f -> f.found().equals("童话顺"));
        assertThat(episodes.open(ep.id()).state().findings()).noneMatch(f -> f.found().equals("童话顺"));
        OpenEpisode other = episode("童话顺推出自研大模型。");
        assertThat(other.state().findings()).anyMatch(f -> f.found().equals("童话顺"));
        corrections.reject(other, List.of(only(other, "童话顺")), true);
        assertThat(episode("童话顺又来了。").state().findings()).noneMatch(f -> f.found().equals("童话顺"));
    }

    @Test
    void thisIsCorrectIsRememberedForTheWholeShow() {
        OpenEpisode ep = episode("童话顺推出自研大模型。");
        corrections.markCorrect(ep, only(ep, "童话顺"));
        assertThat(ep.state().findings()).noneMatch(f -> f.found().equals("童话顺"));
        assertThat(episode("今天讲童话顺的故事。").state().findings()).noneMatch(f -> f.found().equals("童话顺"));
    }

    @Test
    void aGlossaryChangeIsPickedUpByTheNextScan() {
        ShowFiles.glossary(show).delete(ShowFiles.glossary(show).list().stream()
                .filter(t -> t.term().equals("北京邮电大学")).findFirst().orElseThrow().id());
        ShowFiles.reread(show);
        OpenEpisode ep = episode("北京油电大学的研究者推出新框架。");
        assertThat(ep.state().findings()).noneMatch(f -> f.suggestion().equals("北京邮电大学"));
        new Glossaries(show).add(GlossaryTerm.of("北京邮电大学"));
        corrections.rescan(ep);
        assertThat(ep.state().findings()).anyMatch(f -> f.found().equals("北京油电大学") && f.suggestion().equals("北京邮电大学"));
    }

    @Test
    void acceptingANumberFixTeachesTheGlossaryNothing() {
        OpenEpisode ep = episode("苹果推出71参数开源大模型Ferret。");
        Finding number = ep.state().findings().stream().filter(f -> f.rule().equals("number-unit")).findFirst().orElseThrow();
        corrections.acceptAll(ep, List.of(number));
        assertThat(saved(ep)).contains("7B参数");
        assertThat(ShowFiles.glossary(show).list()).extracting(GlossaryTerm::term).containsExactlyInAnyOrder("同花顺", "北京邮电大学");
    }

    @Test
    void pickingAnotherSuggestionLearnsTheMishearingForThatTerm() {
        ShowFiles.glossary(show).add(GlossaryTerm.of("同花顺金融"));
        ShowFiles.reread(show);
        OpenEpisode ep = episode("童话顺推出自研大模型。");
        corrections.accept(ep, only(ep, "童话顺"), "同花顺");
        assertThat(ShowFiles.glossary(show).list()).filteredOn(t -> t.term().equals("同花顺"))
                .singleElement().extracting(GlossaryTerm::variants).asList().containsExactly("童话顺");
    }

    @Test
    void aFindingWhoseTextChangedMeanwhileIsNotApplied() {
        OpenEpisode ep = episode("童话顺推出自研大模型。");
        Finding f = only(ep, "童话顺");
        corrections.editText(ep, new TextChange(0, 3, "童画顺"));
        assertThatThrownBy(() -> corrections.accept(ep, f, "同花顺")).isInstanceOf(ShowdeskException.class)
                .hasMessageContaining("changed");
        assertThat(saved(ep)).startsWith("童画顺");
    }

    @Test
    void typingRescansOnlyAroundTheChangeYetFindsWhatAFullScanFinds() {
        OpenEpisode ep = episode("童话顺推出自研大模型。", "第二句没有问题。", "北京油电大学的研究者。");
        corrections.editText(ep, new TextChange(ep.state().text().indexOf("第二句"), ep.state().text().indexOf("第二句"),
                "这里童话顺也说了，"));
        List<Finding> incremental = ep.state().findings();
        List<Finding> full = Corrections.scan(show, ep.id(), ep.state().text());
        assertThat(incremental).containsExactlyElementsOf(full);
        assertThat(incremental).extracting(Finding::found).contains("童话顺", "北京油电大学");
    }

    @Test
    void confidenceThresholdsMustBeNumbersFromZeroToOne() {
        assertThatThrownBy(() -> Corrections.atConfidence(List.of(), Double.NaN, false)).hasMessageContaining("0 to 1");
        assertThatThrownBy(() -> Corrections.atConfidence(List.of(), 1.5, false)).hasMessageContaining("0 to 1");
    }

    @Test
    void findingIdsStayTheSameWhenTextElsewhereChanges() {
        OpenEpisode ep = episode("童话顺推出自研大模型。", "中间是一段很长的没有错误的句子，用来隔开两处。", "北京油电大学的研究者。");
        var before = FindingIds.of(ep.state().findings(), ep.state().text());
        int idOfUniversity = before.entrySet().stream().filter(e -> e.getValue().found().equals("北京油电大学"))
                .findFirst().orElseThrow().getKey();
        corrections.accept(ep, only(ep, "童话顺"), "同花顺");
        var after = FindingIds.of(ep.state().findings(), ep.state().text());
        assertThat(after).containsKey(idOfUniversity);
        assertThat(after.get(idOfUniversity).found()).isEqualTo("北京油电大学");
    }

    // ---- undo of every verdict (Ctrl+Z after a rejection takes back the rejection, an accept forgets what it taught) ----

    /** Two product names the undo tests work with, as in an AI weekly: a casing error and a misheard name. */
    private void productNames() {
        ShowFiles.glossary(show).add(new GlossaryTerm(0, "LoRAMoE", List.of(), TermCategory.PRODUCT, "", "", true));
        ShowFiles.glossary(show).add(new GlossaryTerm(0, "Unicron", List.of(), TermCategory.PRODUCT, "", "", true));
        ShowFiles.reread(show);
    }

    private static boolean raises(OpenEpisode ep, String found) {
        return ep.state().findings().stream().anyMatch(f -> f.found().equals(found));
    }

    private List<Decision> decisionRows() {
        return ShowFiles.decisions(show).all();
    }

    private List<String> variantsOf(String term) {
        return ShowFiles.glossary(show).list().stream().filter(t -> t.term().equals(term)).findFirst().orElseThrow()
                .variants();
    }


    @Test
    void undoAfterARejectionTakesBackTheRejectionAndLeavesTheEarlierAcceptAlone() {
        productNames();
        OpenEpisode ep = episode("LoraMOE把LoRA和专家混合结合起来。", "UniChrome让大模型训练从故障中更快恢复。");
        corrections.accept(ep, only(ep, "LoraMOE"), "LoRAMoE");
        Rejection rejected = corrections.reject(ep, List.of(only(ep, "UniChrome")), false);
        assertThat(decisionRows()).hasSize(1);

        Undoable redo = rejected.undo().undo();

        assertThat(decisionRows()).as("the rejection's row is gone from the file").isEmpty();
        assertThat(raises(ep, "UniChrome")).as("the finding is back on screen").isTrue();
        assertThat(raises(episodes.open(ep.id()), "UniChrome")).as("and when the episode is opened again").isTrue();
        assertThat(saved(ep)).as("the accept before it stays").startsWith("LoRAMoE");

        redo.undo();
        assertThat(decisionRows()).singleElement().satisfies(d -> {
            assertThat(d.found()).isEqualTo("UniChrome");
            assertThat(d.verdict()).isEqualTo(Decision.Verdict.REJECTED);
            assertThat(d.episodeId()).isEqualTo(ep.id());
        });
        assertThat(raises(ep, "UniChrome")).isFalse();
        assertThat(raises(episodes.open(ep.id()), "UniChrome")).isFalse();
    }

    @Test
    void undoingAShowWideRejectionOrThisIsCorrectRemovesOnlyItsOwnDecision() {
        productNames();
        OpenEpisode ep = episode("UniChrome让训练更快恢复。", "LoraMOE结合了两种方法。");
        corrections.reject(ep, List.of(only(ep, "UniChrome")), true);
        Undoable correct = corrections.markCorrect(ep, only(ep, "LoraMOE"));
        assertThat(decisionRows()).hasSize(2);

        correct.undo();

        assertThat(decisionRows()).singleElement().extracting(Decision::found).isEqualTo("UniChrome");
        assertThat(raises(ep, "LoraMOE")).isTrue();
        assertThat(raises(ep, "UniChrome")).isFalse();
        assertThat(raises(episode("LoraMOE又来了。"), "LoraMOE")).as("not correct show-wide any more").isTrue();
    }

    @Test
    void undoingAnAcceptForgetsTheMisheardFormItTaughtAndRedoTeachesItAgain() {
        productNames();
        OpenEpisode ep = episode("LoraMOE把LoRA和专家混合结合起来。");
        Undoable accept = corrections.accept(ep, only(ep, "LoraMOE"), "LoRAMoE");
        assertThat(variantsOf("LoRAMoE")).containsExactly("LoraMOE");
        assertThat(only(episode("本周LoraMOE开源了。"), "LoraMOE").rule()).isEqualTo("known-variant");

        Undoable redo = accept.undo();

        assertThat(variantsOf("LoRAMoE")).isEmpty();
        assertThat(only(episode("本周LoraMOE开源了。"), "LoraMOE").rule())
                .as("after undo the next scan no longer knows it as a learned variant").isNotEqualTo("known-variant");
        assertThat(only(ep, "LoraMOE").rule()).isNotEqualTo("known-variant");

        redo.undo();
        assertThat(variantsOf("LoRAMoE")).containsExactly("LoraMOE");
        assertThat(only(episode("本周LoraMOE开源了。"), "LoraMOE").rule()).isEqualTo("known-variant");
    }

    @Test
    void aMisheardFormTheGlossaryKnewBeforeTheAcceptStaysAfterItsUndo() {
        productNames();
        ShowFiles.glossary(show).learnVariant("LoRAMoE", "LoraMOE");
        ShowFiles.reread(show);
        OpenEpisode ep = episode("LoraMOE把LoRA和专家混合结合起来。");

        corrections.accept(ep, only(ep, "LoraMOE"), "LoRAMoE").undo();

        assertThat(variantsOf("LoRAMoE")).containsExactly("LoraMOE");
        assertThat(only(ep, "LoraMOE").rule()).isEqualTo("known-variant");
    }

    @Test
    void addingAMisheardFormByHandIsUndoneToo() {
        productNames();
        OpenEpisode ep = episode("UniChrome让训练更快恢复。");
        Undoable learned = corrections.learnHeardForm(ep, only(ep, "UniChrome"));
        assertThat(variantsOf("Unicron")).containsExactly("UniChrome");

        Undoable redo = learned.undo();
        assertThat(variantsOf("Unicron")).isEmpty();
        redo.undo();
        assertThat(variantsOf("Unicron")).containsExactly("UniChrome");
    }
}
