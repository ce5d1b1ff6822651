package org.showdesk.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.model.Cue;
import org.showdesk.model.ShowdeskException;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextEditsTest {
    @TempDir
    Path dir;
    private ShowStore store;
    private EpisodeRepository episodes;
    private TextEdits edits;
    private long episode;

    @BeforeEach
    void openShow() {
        store = ShowStore.create(dir.resolve("t.showdesk"), "t");
        episodes = new EpisodeRepository(store);
        edits = new TextEdits(store);
        episode = episodes.insert("e", "e.txt", "txt", "UTF-8", List.of(
                Cue.of(null, null, "童话顺推出自研大模型。"),
                Cue.of(null, null, "北京油电大学的研究者推出新框架。")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private TextEdits.Change change(String text, String found, String replacement) {
        int at = text.indexOf(found);
        return new TextEdits.Change(at, at + found.length(), replacement, "pinyin", replacement, 0.9);
    }

    @Test
    void acceptedFixesChangeTheTextButNeverTheRawAsrText() {
        String text = episodes.transcript(episode).text();
        edits.apply(episode, List.of(change(text, "童话顺", "同花顺"), change(text, "北京油电大学", "北京邮电大学")), true);
        var t = episodes.transcript(episode);
        assertThat(t.text()).isEqualTo("同花顺推出自研大模型。北京邮电大学的研究者推出新框架。");
        assertThat(t.rawText()).isEqualTo("童话顺推出自研大模型。北京油电大学的研究者推出新框架。");
        assertThat(new CorrectionRepository(store).list(episode)).extracting(c -> c.before() + "→" + c.after())
                .containsExactly("童话顺→同花顺", "北京油电大学→北京邮电大学");
    }

    @Test
    void acceptingAFixTeachesTheGlossaryTheMisheardForm() {
        String text = episodes.transcript(episode).text();
        edits.apply(episode, List.of(change(text, "童话顺", "同花顺")), true);
        assertThat(new GlossaryRepository(store).list()).singleElement().satisfies(t -> {
            assertThat(t.term()).isEqualTo("同花顺");
            assertThat(t.variants()).containsExactly("童话顺");
        });
    }

    @Test
    void oneCorrectionCanBeUndoneWithoutTouchingLaterOnes() {
        String text = episodes.transcript(episode).text();
        var done = edits.apply(episode, List.of(change(text, "童话顺", "同花顺")), false);
        String now = episodes.transcript(episode).text();
        edits.apply(episode, List.of(change(now, "北京油电大学", "北京邮电大学")), false);
        edits.undo(done.get(0).id());
        assertThat(episodes.transcript(episode).text()).isEqualTo("童话顺推出自研大模型。北京邮电大学的研究者推出新框架。");
        assertThat(new CorrectionRepository(store).list(episode)).filteredOn(c -> c.isUndone()).hasSize(1);
    }

    @Test
    void undoRefusesWhenTheTextWasChangedAgainSince() {
        String text = episodes.transcript(episode).text();
        var done = edits.apply(episode, List.of(change(text, "童话顺", "同花顺")), false);
        String now = episodes.transcript(episode).text();
        edits.apply(episode, List.of(new TextEdits.Change(0, 3, "东方财富", TextEdits.MANUAL, "", 1)), false);
        assertThatThrownBy(() -> edits.undo(done.get(0).id())).isInstanceOf(ShowdeskException.class)
                .hasMessageContaining("changed again");
        assertThat(episodes.transcript(episode).text()).startsWith("东方财富").isNotEqualTo(now);
    }

    @Test
    void overlappingChangesAreRefusedAndNothingIsApplied() {
        String text = episodes.transcript(episode).text();
        assertThatThrownBy(() -> edits.apply(episode, List.of(new TextEdits.Change(0, 3, "同花顺", "pinyin", "同花顺", 1),
                new TextEdits.Change(2, 5, "X", "pinyin", "X", 1)), false)).isInstanceOf(ShowdeskException.class);
        assertThat(episodes.transcript(episode).text()).isEqualTo(text);
        assertThat(new CorrectionRepository(store).list(episode)).isEmpty();
    }

    @Test
    void redoAppliesAnUndoneCorrectionAgainWhereItsTextNowIs() {
        String text = episodes.transcript(episode).text();
        var done = edits.apply(episode, List.of(change(text, "北京油电大学", "北京邮电大学")), false);
        edits.undo(done.get(0).id());
        // a later edit earlier in the text moves the words: redo must still find them
        edits.apply(episode, List.of(new TextEdits.Change(0, 0, "本周，", TextEdits.MANUAL, "", 1)), false);
        var redone = edits.reapply(episode, done);
        assertThat(episodes.transcript(episode).text()).isEqualTo("本周，童话顺推出自研大模型。北京邮电大学的研究者推出新框架。");
        assertThat(redone).singleElement().satisfies(k -> assertThat(k.id()).isNotEqualTo(done.get(0).id()));
    }

    @Test
    void redoRefusesWhenTheTextWasChangedSinceAndChangesNothing() {
        String text = episodes.transcript(episode).text();
        var done = edits.apply(episode, List.of(change(text, "童话顺", "同花顺"), change(text, "北京油电大学", "北京邮电大学")), false);
        edits.undo(done.get(1).id());
        edits.undo(done.get(0).id());
        String now = episodes.transcript(episode).text();
        edits.apply(episode, List.of(change(now, "北京油电大学", "北邮")), false);
        String before = episodes.transcript(episode).text();
        assertThatThrownBy(() -> edits.reapply(episode, done)).isInstanceOf(ShowdeskException.class)
                .hasMessageContaining("changed since");
        assertThat(episodes.transcript(episode).text()).isEqualTo(before);
    }
}
