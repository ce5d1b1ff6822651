package org.showdesk.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.model.Cue;
import org.showdesk.model.Entry;
import org.showdesk.model.EntryField;
import org.showdesk.model.EntryKind;
import org.showdesk.model.EntryStatus;
import org.showdesk.model.Episode;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.Link;
import org.showdesk.model.LinkKind;
import org.showdesk.model.MediaFile;
import org.showdesk.model.Source;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What schema version 3 keeps survives a close and a reopen. */
class SchemaThreeTest {
    @Test
    void entriesKeepWhichFieldsTheHostTypedAndWhereTheirLinksCameFrom(@TempDir Path dir) {
        Path file = dir.resolve("s.showdesk");
        long ep;
        try (ShowStore store = ShowStore.create(file, "s")) {
            EpisodeRepository episodes = new EpisodeRepository(store);
            ep = episodes.insert("e", "e.txt", "txt", "UTF-8", List.of(Cue.of(null, null, "一。"), Cue.of(null, null, "二。")));
            List<Cue> cues = episodes.transcript(ep).cues();
            Source src = new SourceRepository(store).add(ep, List.of(new Source(0, ep, "SynCLR", "https://arxiv.org/abs/2312.17742",
                    List.of("SynCLR"), 3))).get(0);
            Entry e = new Entry(0, ep, EntryKind.ITEM, cues.get(0).id(), cues.get(1).id(), "SynCLR：合成数据", List.of("MIT"),
                    "", "摘要。", List.of(new Link(LinkKind.PAPER, "https://arxiv.org/abs/2312.17742", "SynCLR paper", src.id())),
                    12_000L, EntryStatus.DRAFT, "", true, Set.of(EntryField.TITLE, EntryField.NOTES));
            new EntryRepository(store).replaceAll(ep, List.of(e));
            episodes.saveTags(ep, List.of("AI", "周报"));
            episodes.saveMedia(ep, new MediaFile("media/ep1.m4a", 123_456));
            episodes.saveTimeOffset(ep, 6_000);
            episodes.saveCueTimes(ep, List.of(new Cue(cues.get(0).id(), 0L, 1_000L, "一。", "一。")), true);
            new GlossaryRepository(store).addAll(List.of(GlossaryTerm.of("SynCLR").withOrigin("sources of e, line 3", ep)
                    .withTraditional("")));
        }
        try (ShowStore store = ShowStore.open(file)) {
            Entry read = new EntryRepository(store).list(ep).get(0);
            assertThat(read.edited()).containsExactlyInAnyOrder(EntryField.TITLE, EntryField.NOTES);
            assertThat(read.startEstimated()).isTrue();
            assertThat(read.links()).singleElement().satisfies(l -> {
                assertThat(l.title()).isEqualTo("SynCLR paper");
                assertThat(l.fromSource()).isTrue();
            });
            Episode episode = new EpisodeRepository(store).get(ep);
            assertThat(episode.tags()).containsExactly("AI", "周报");
            assertThat(episode.media()).isEqualTo(new MediaFile("media/ep1.m4a", 123_456));
            assertThat(episode.timeOffsetMs()).isEqualTo(6_000);
            assertThat(episode.timesEstimated()).isTrue();
            assertThat(new EpisodeRepository(store).transcript(ep).cues().get(0).startMs()).isEqualTo(0L);
            assertThat(new SourceRepository(store).list(ep)).singleElement().extracting(Source::names)
                    .isEqualTo(List.of("SynCLR"));
            assertThat(new GlossaryRepository(store).list()).singleElement().satisfies(t -> {
                assertThat(t.origin()).isEqualTo("sources of e, line 3");
                assertThat(t.originEpisodeId()).isEqualTo(ep);
            });
        }
    }

    @Test
    void aSourceListedTwiceIsStoredOnce(@TempDir Path dir) {
        try (ShowStore store = ShowStore.create(dir.resolve("s.showdesk"), "s")) {
            long ep = new EpisodeRepository(store).insert("e", "e.txt", "txt", "UTF-8", List.of(Cue.of(null, null, "一。")));
            SourceRepository sources = new SourceRepository(store);
            Source a = new Source(0, ep, "KwaiAgents", "https://github.com/KwaiKEG/KwaiAgents", List.of("KwaiAgents"), 1);
            sources.add(ep, List.of(a));
            sources.add(ep, List.of(a));
            assertThat(sources.list(ep)).hasSize(1);
        }
    }
}
