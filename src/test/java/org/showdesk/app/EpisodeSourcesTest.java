package org.showdesk.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.model.Cue;
import org.showdesk.model.Entry;
import org.showdesk.model.EntryField;
import org.showdesk.model.Finding;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.InputException;
import org.showdesk.model.Link;
import org.showdesk.model.LinkKind;
import org.showdesk.model.TermCategory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The host's sources of an episode: into the glossary, onto the entries, whether before or after the split. */
class EpisodeSourcesTest {
    private static final String SOURCES = """
            ## 本期来源
            1. SynCLR: Learning Vision from Models Rivals Learning Vision from Data — https://arxiv.org/abs/2312.17742
            2. 同花顺 HithinkGPT 问财 — https://www.iwencai.com/
            3. [Unicron: Economizing Self-Healing LLM Training at Scale](https://arxiv.org/abs/2401.00134)
            4. Mamba: Linear-Time Sequence Modeling with Selective State Spaces — arXiv:2312.00752
            """;
    private static final String[] SENTENCES = {
            "大家好,欢迎收看AI周报第九期。",
            "Google Research和MIT的研究者推出Sinclair,只用合成图像和合成描述来学习视觉表示。",
            "Sinclair的表现和用真实数据训练的模型相当。",
            "童话顺推出金融大模型HithinkGPT,可以回答理财问题。",
            "阿里巴巴和南京大学的研究者推出UniChrome,让大模型训练从故障中更快恢复。",
            "这期节目就到这里,拜拜。"};

    @TempDir
    Path dir;
    OpenShow show;
    long episode;
    OpenEpisode ep;

    @BeforeEach
    void showWithAnEpisode() {
        show = OpenShow.create(dir.resolve("s.showdesk"), "s");
        List<Cue> cues = new ArrayList<>();
        for (String s : SENTENCES) cues.add(Cue.of(null, null, s));
        episode = ShowFiles.episodes(show).insert("AI周报第九期", "ep9.txt", "txt", "UTF-8", cues);
        ep = new Episodes(show).open(episode);
    }

    private List<Entry> split() {
        new Rundown(show).suggest(ep, false);
        return ep.state().entries();
    }

    @AfterEach
    void close() {
        show.close();
    }

    @Test
    void theNamesJoinTheGlossaryMarkedWithTheirLineAndTheEngineFlagsTheirMisrecognitions() {
        EpisodeSources.Outcome outcome = new EpisodeSources(show).importText(ep, SOURCES, "sources.md");
        assertThat(outcome.sources()).hasSize(4);
        List<GlossaryTerm> glossary = ShowFiles.glossary(show).list();
        GlossaryTerm synclr = glossary.stream().filter(t -> t.term().equals("SynCLR")).findFirst().orElseThrow();
        assertThat(synclr.origin()).isEqualTo("sources of AI周报第九期, line 2");
        assertThat(synclr.originEpisodeId()).isEqualTo(episode);
        assertThat(synclr.category()).isEqualTo(TermCategory.PRODUCT);
        assertThat(glossary).filteredOn(t -> t.term().equals("同花顺")).extracting(GlossaryTerm::category)
                .as("said right before 推出: the maker").containsExactly(TermCategory.ORG);
        assertThat(glossary).extracting(GlossaryTerm::term).contains("HithinkGPT", "问财", "Unicron", "Mamba");
        EpisodeCheck.awaitChineseWords();
        new Corrections(show).rescan(ep);
        List<Finding> findings = ep.state().findings();
        assertThat(findings).extracting(Finding::found, Finding::suggestion).contains(
                org.assertj.core.groups.Tuple.tuple("Sinclair", "SynCLR"),
                org.assertj.core.groups.Tuple.tuple("童话顺", "同花顺"),
                org.assertj.core.groups.Tuple.tuple("UniChrome", "Unicron"));
    }

    @Test
    void sourcesImportedBeforeTheSplitAreLinkedByTheSplitAndTitleItsItems() {
        new EpisodeSources(show).importText(ep, SOURCES, "sources.md");
        List<Entry> entries = split();
        assertThat(entries).extracting(Entry::title).contains("SynCLR：只用合成图像和合成描述来学习视觉表示");
        assertThat(links(entries.get(1))).containsExactly("https://arxiv.org/abs/2312.17742");
        assertThat(links(entries.get(2))).containsExactly("https://www.iwencai.com/");
        assertThat(links(entries.get(3))).containsExactly("https://arxiv.org/abs/2401.00134");
        assertThat(ShowFiles.entries(show).list(episode)).isEqualTo(entries);
    }

    @Test
    void sourcesImportedAfterTheSplitAreLinkedAndReportWhatMatchedNothing() {
        split();
        EpisodeSources.Outcome outcome = new EpisodeSources(show).importText(ep, SOURCES, "sources.md");
        List<Entry> stored = ShowFiles.entries(show).list(episode);
        assertThat(links(stored.get(1))).containsExactly("https://arxiv.org/abs/2312.17742");
        assertThat(links(stored.get(3))).containsExactly("https://arxiv.org/abs/2401.00134");
        assertThat(outcome.placements()).extracting(p -> p.source().line()).containsExactly(2, 3, 4);
        assertThat(outcome.placements().get(0).heard()).isEqualTo("Sinclair");
        assertThat(outcome.unmatched()).extracting(s -> s.names().get(0)).containsExactly("Mamba");
        assertThat(outcome.unlinked()).isEmpty();
        assertThat(stored.get(1).links().get(0).sourceId()).isEqualTo(outcome.sources().get(0).id());
    }

    @Test
    void undoingAnImportPutsTheRundownSourcesAndGlossaryBackInOneTransactionAndRedoImportsAgain() {
        ShowFiles.glossary(show).add(GlossaryTerm.of("同花顺").withCategory(TermCategory.ORG));
        ShowFiles.reread(show);
        List<Entry> before = split();
        EpisodeSources.Outcome imported = new EpisodeSources(show).importText(ep, SOURCES, "sources.md");
        List<Entry> after = ShowFiles.entries(show).list(episode);
        assertThat(after).as("titles re-derived, links attached").isNotEqualTo(before);

        long writes = show.transactionCounts()[1];
        Undoable redo = imported.undo().undo();

        assertThat(show.transactionCounts()[1] - writes).as("write transactions").isEqualTo(1);
        assertThat(ShowFiles.entries(show).list(episode)).isEqualTo(before);
        assertThat(ep.state().entries()).isEqualTo(before);
        assertThat(ShowFiles.sources(show).list(episode)).isEmpty();
        assertThat(ep.state().sources()).isEmpty();
        assertThat(ShowFiles.glossary(show).list()).as("the term known before stays").extracting(GlossaryTerm::term)
                .containsExactly("同花顺");
        assertThat(ep.state().findings()).noneMatch(f -> f.suggestion().equals("SynCLR"));

        redo.undo();
        assertThat(ShowFiles.sources(show).list(episode)).hasSize(4);
        assertThat(ShowFiles.glossary(show).list()).extracting(GlossaryTerm::term).contains("SynCLR", "Unicron");
        assertThat(ShowFiles.entries(show).list(episode)).extracting(Entry::title)
                .isEqualTo(after.stream().map(Entry::title).toList());
        assertThat(links(ShowFiles.entries(show).list(episode).get(1))).containsExactly("https://arxiv.org/abs/2312.17742");
    }

    @Test
    void importingAgainAddsNothingTwiceAndKeepsTheLinksTheHostTyped() {
        split();
        Entry first = ep.state().entries().get(1);
        Link typed = new Link(LinkKind.CODE, "https://github.com/google-research/syn-rep-learn");
        new Rundown(show).edit(ep, first.withLinks(List.of(typed))); // the host types a link: LINKS is theirs now
        EpisodeSources sources = new EpisodeSources(show);
        sources.importText(ep, SOURCES, "sources.md");
        EpisodeSources.Outcome again = sources.importText(ep, SOURCES, "sources.md");
        assertThat(again.termsAdded()).isEmpty();
        assertThat(again.undo()).as("an import that changed nothing is no step to undo").isSameAs(Undoable.NOTHING);
        assertThat(ShowFiles.sources(show).list(episode)).hasSize(4);
        assertThat(ShowFiles.entries(show).list(episode).get(1).links()).extracting(Link::url)
                .containsExactly(typed.url(), "https://arxiv.org/abs/2312.17742");
    }

    /** The demo's entries were written by a person: importing sources links them and keeps what was written. */
    @Test
    void importingSourcesIntoTheDemoKeepsItsWrittenTitlesAndSummaries() throws Exception {
        Path demo = dir.resolve("demo.showdesk");
        DemoShow.create(demo);
        try (OpenShow d = OpenShow.open(demo)) {
            long id = ShowFiles.episodes(d).list().get(0).id();
            OpenEpisode open = new Episodes(d).open(id);
            List<Entry> before = open.state().entries();

            new EpisodeSources(d).importText(open, "- RichDreamer — https://arxiv.org/abs/2311.16918\n", "sources.md");

            List<Entry> after = open.state().entries();
            assertThat(after).extracting(Entry::title).containsExactlyElementsOf(before.stream().map(Entry::title).toList());
            for (int i = 0; i < before.size(); i++) {
                if (before.get(i).isEdited(EntryField.SUMMARY)) assertThat(after.get(i).summary()).isEqualTo(before.get(i).summary());
                // a summary the demo leaves to Showdesk is derived, without the item's number ("第三条是…")
                else assertThat(after.get(i).summary()).doesNotStartWith("第");
            }
            assertThat(after).flatExtracting(Entry::links).extracting(Link::url).contains("https://arxiv.org/abs/2311.16918");
        }
    }

    @Test
    void aListWithABadLineIsRefusedWithItsLineNumberAndChangesNothing() {
        String bad = SOURCES + "5. Evil — javascript:alert(1)\n6. [Broken](https://example.com\n";
        long changes = ShowFiles.store(show).changeCount();
        assertThatThrownBy(() -> new EpisodeSources(show).importText(ep, bad, "sources.md"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("sources.md: 2 lines cannot be read, so nothing was imported:")
                .hasMessageContaining("\n  line 6: ")
                .hasMessageContaining("\n  line 7: ")
                .hasMessageNotContaining("line 6: line 6");
        assertThat(ShowFiles.sources(show).list(episode)).isEmpty();
        assertThat(ShowFiles.glossary(show).list()).isEmpty();
        assertThat(ShowFiles.store(show).changeCount()).isEqualTo(changes);
    }

    @Test
    void aFileThatIsNotUtf8OrMissingIsExplained() throws Exception {
        Path gbk = dir.resolve("gbk.md");
        Files.write(gbk, "同花顺 — https://www.iwencai.com/".getBytes("GBK"));
        assertThatThrownBy(() -> new EpisodeSources(show).importFile(ep, gbk))
                .isInstanceOf(InputException.class).hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> new EpisodeSources(show).importFile(ep, dir.resolve("none.md")))
                .isInstanceOf(InputException.class).hasMessageContaining("does not exist");
    }

    private static List<String> links(Entry e) {
        return e.links().stream().map(Link::url).toList();
    }
}
