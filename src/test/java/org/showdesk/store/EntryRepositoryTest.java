package org.showdesk.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.model.Cue;
import org.showdesk.model.Entry;
import org.showdesk.model.EntryKind;
import org.showdesk.model.EntryStatus;
import org.showdesk.model.Link;
import org.showdesk.model.LinkKind;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntryRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void aRundownIsStoredInOrderWithLinksAndStaysAttachedToItsCues() {
        try (ShowStore store = ShowStore.create(dir.resolve("e.showdesk"), "e")) {
            var episodes = new EpisodeRepository(store);
            long ep = episodes.insert("e", "e.srt", "srt", "UTF-8", List.of(
                    Cue.of(0L, 4000L, "大家好。\n"), Cue.of(4000L, 9000L, "Meta推出新模型。\n"), Cue.of(9000L, 12000L, "再见。\n")));
            var cues = episodes.transcript(ep).cues();
            var repo = new EntryRepository(store);
            var stored = repo.replaceAll(ep, List.of(
                    new Entry(0, ep, EntryKind.INTRO, cues.get(0).id(), cues.get(0).id(), "开场", List.of(), "", "", List.of(),
                            0L, EntryStatus.DRAFT, ""),
                    new Entry(0, ep, EntryKind.ITEM, cues.get(1).id(), cues.get(1).id(), "新模型", List.of("Meta AI", "纽约大学"),
                            "模型", "一句话总结", List.of(new Link(LinkKind.PAPER, "https://arxiv.org/abs/2401.00001")),
                            4000L, EntryStatus.CHECKED, "")));
            // reorder and edit: ids are kept
            Entry item = stored.get(1).withTitle("SynthModel");
            repo.replaceAll(ep, List.of(item, stored.get(0)));
            var back = repo.list(ep);
            assertThat(back).extracting(Entry::title).containsExactly("SynthModel", "开场");
            assertThat(back.get(0).id()).isEqualTo(stored.get(1).id());
            assertThat(back.get(0).organizations()).containsExactly("Meta AI", "纽约大学");
            assertThat(back.get(0).links()).containsExactly(new Link(LinkKind.PAPER, "https://arxiv.org/abs/2401.00001"));
            assertThat(back.get(0).status()).isEqualTo(EntryStatus.CHECKED);

            new TextEdits(store).apply(ep, List.of(new TextEdits.Change(5, 9, "Meta AI", TextEdits.MANUAL, "", 1)), false);
            assertThat(repo.list(ep).get(0).firstCueId()).isEqualTo(cues.get(1).id());
            assertThat(episodes.content(ep).transcript().cues().get(1).text()).isEqualTo("Meta AI推出新模型。\n");
        }
    }
}
