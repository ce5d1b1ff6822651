package org.showdesk.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.model.Cue;
import org.showdesk.model.Finding;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.TermCategory;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EpisodeCheckTest {
    @TempDir
    Path dir;
    OpenShow show;
    EpisodeCheck check;

    @BeforeEach
    void showWithGlossary() {
        show = OpenShow.create(dir.resolve("s.showdesk"), "s");
        show.glossary().add(new GlossaryTerm(0, "同花顺", List.of(), TermCategory.ORG, "", "", true));
        check = new EpisodeCheck(show);
    }

    @AfterEach
    void close() {
        show.close();
    }

    private long episode(String text) {
        return show.episodes().insert("e", "e.txt", "txt", "UTF-8", List.of(Cue.of(null, null, text)));
    }

    private Finding only(long episode, String found) {
        return check.findings(episode).stream().filter(f -> f.found().equals(found)).findFirst().orElseThrow();
    }

    @Test
    void onceTheSegmenterHasLoadedTheEngineUsesItWithoutReindexingTheGlossary() {
        assertThat(EpisodeCheck.awaitChineseWords()).isTrue();
        assertThat(EpisodeCheck.chineseWordsReady()).isTrue();
        assertThat(check.engine().words().knowsWords()).isTrue();
        assertThat(check.engine()).as("cached while the glossary stays the same").isSameAs(check.engine());
    }

    @Test
    void aHomophoneOfAGlossaryTermIsFoundAndAcceptingItFixesTheText() {
        long ep = episode("童话顺推出自研大模型，同花顺的用户很多。");
        Finding f = only(ep, "童话顺");
        assertThat(f.suggestion()).isEqualTo("同花顺");
        check.accept(ep, List.of(f));
        assertThat(show.episodes().transcript(ep).text()).isEqualTo("同花顺推出自研大模型，同花顺的用户很多。");
        assertThat(check.findings(ep)).noneMatch(x -> x.found().equals("童话顺"));
    }

    @Test
    void nextWeeksEpisodeGetsALearnedMishearingAtTopConfidence() {
        long first = episode("童话顺推出自研大模型。");
        Finding heard = only(first, "童话顺");
        check.accept(first, List.of(heard));
        long next = episode("本周童话顺又发布了新功能。");
        Finding again = only(next, "童话顺");
        assertThat(again.rule()).isEqualTo("known-variant");
        assertThat(again.confidence()).isGreaterThanOrEqualTo(heard.confidence());
    }

    @Test
    void aRejectedFindingStaysQuietInItsEpisodeOnly() {
        long ep = episode("童话顺推出自研大模型。");
        check.reject(ep, only(ep, "童话顺"));
        assertThat(check.findings(ep)).noneMatch(f -> f.found().equals("童话顺"));
        long other = episode("童话顺推出自研大模型。");
        assertThat(check.findings(other)).anyMatch(f -> f.found().equals("童话顺"));
    }

    @Test
    void thisIsCorrectIsRememberedForTheWholeShow() {
        long ep = episode("童话顺推出自研大模型。");
        check.markCorrect(only(ep, "童话顺"));
        long other = episode("今天讲童话顺的故事。");
        assertThat(check.findings(ep)).noneMatch(f -> f.found().equals("童话顺"));
        assertThat(check.findings(other)).noneMatch(f -> f.found().equals("童话顺"));
    }

    @Test
    void aGlossaryChangeIsPickedUpByTheNextScan() {
        long ep = episode("北京油电大学的研究者推出新框架。");
        assertThat(check.findings(ep)).noneMatch(f -> f.suggestion().equals("北京邮电大学"));
        show.glossary().add(GlossaryTerm.of("北京邮电大学"));
        assertThat(check.findings(ep)).anyMatch(f -> f.found().equals("北京油电大学") && f.suggestion().equals("北京邮电大学"));
    }

    @Test
    void acceptingANumberFixTeachesTheGlossaryNothing() {
        long ep = episode("苹果推出71参数开源大模型Ferret。");
        Finding number = check.findings(ep).stream().filter(f -> f.rule().equals("number-unit")).findFirst().orElseThrow();
        check.accept(ep, List.of(number));
        assertThat(show.episodes().transcript(ep).text()).contains("7B参数");
        assertThat(show.glossary().list()).extracting(GlossaryTerm::term).containsExactly("同花顺");
    }

    @Test
    void pickingAnotherSuggestionLearnsTheMishearingForThatTerm() {
        show.glossary().add(GlossaryTerm.of("同花顺金融"));
        long ep = episode("童话顺推出自研大模型。");
        Finding f = only(ep, "童话顺");
        check.accept(ep, f, "同花顺");
        assertThat(show.glossary().list()).filteredOn(t -> t.term().equals("同花顺"))
                .singleElement().extracting(GlossaryTerm::variants).asList().containsExactly("童话顺");
    }
}
