package org.showdesk.draft;

import org.junit.jupiter.api.Test;
import org.showdesk.model.Entry;
import org.showdesk.model.EntryField;
import org.showdesk.model.EntryKind;
import org.showdesk.model.Link;
import org.showdesk.model.LinkKind;
import org.showdesk.model.Source;
import org.showdesk.model.Transcript;

import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SourceLinkerTest {
    private final Transcript transcript = Episodes.untimed(
            "大家好,欢迎收看本期周报。",
            "苹果的研究者推出Ferret UI,一个理解手机界面的多模态模型。",
            "它的效果超过了GPT-4V。",
            "谷歌的研究者推出Infinity Attention,让模型处理无限长的输入。",
            "Meta开源了Lama 3,有8B和70B两个尺寸,在多项评测中超过了Gemma。",
            "这期节目就到这里,拜拜。");
    private final List<Source> sources = List.of(
            source(1, "Ferret-UI: Grounded Mobile UI Understanding with Multimodal LLMs", "https://arxiv.org/abs/2404.05719", "Ferret-UI"),
            source(2, "Efficient Infinite Context Transformers with Infini-attention", "arXiv:2404.07143", "Infini-attention"),
            source(3, "Meta Llama 3", "https://llama.meta.com/llama3/", "Meta Llama 3", "Meta", "Llama 3"),
            source(4, "Meta Llama 3", "https://github.com/meta-llama/llama3", "Meta Llama 3", "Meta", "Llama 3"),
            source(5, "Gemma: Open Models", "https://ai.google.dev/gemma", "Gemma"),
            source(6, "Some other paper", "https://example.com/other"));
    private final NameSpotter spotter = NameSpotter.alike(EntrySplitter.namesOf(sources));

    @Test
    void eachWorkGoesToTheItemThatNamesItInItsFirstSentenceNotOneThatOnlyComparesWithIt() {
        List<Entry> entries = new EntrySplitter(List.of()).suggest(1, transcript);
        SourceLinker.Result result = new SourceLinker(spotter).link(entries, transcript, sources);
        assertThat(urls(result.entries().get(1))).containsExactly("https://arxiv.org/abs/2404.05719");
        assertThat(urls(result.entries().get(2))).as("by sound and by the words of the title")
                .containsExactly("https://arxiv.org/abs/2404.07143");
        assertThat(urls(result.entries().get(3))).as("a work's paper and code go together; Gemma is only compared with")
                .containsExactly("https://llama.meta.com/llama3/", "https://github.com/meta-llama/llama3");
        assertThat(result.entries().get(3).links().get(1).kind()).isEqualTo(LinkKind.CODE);
        assertThat(result.entries().get(3).links().get(0).title()).isEqualTo("Meta Llama 3");
        assertThat(result.unmatched()).extracting(Source::id).containsExactly(5L, 6L);
        assertThat(result.entries().get(0).links()).as("the intro gets none").isEmpty();
    }

    @Test
    void aLinkTheHostTypedIsNeverRepeatedNorRemovedAndSaysWhereItsSourceBelongs() {
        List<Entry> entries = new java.util.ArrayList<>(new EntrySplitter(List.of()).suggest(1, transcript));
        Link typed = new Link(LinkKind.PAPER, "https://arxiv.org/pdf/2404.07143v1.pdf");
        entries.set(1, entries.get(1).withLinks(List.of(typed, new Link(LinkKind.OTHER, "https://example.com/mine"))));
        SourceLinker.Result result = new SourceLinker(spotter).link(entries, transcript, sources);
        assertThat(result.entries().get(1).links()).as("the host put the Infini-attention paper here")
                .containsExactly(typed, new Link(LinkKind.OTHER, "https://example.com/mine"),
                        result.entries().get(1).links().get(2));
        assertThat(urls(result.entries().get(1))).contains("https://arxiv.org/abs/2404.05719");
        assertThat(result.entries().get(2).links()).isEmpty();
        assertThat(result.matches()).filteredOn(m -> m.source().id() == 2)
                .extracting(SourceLinker.Match::reason).containsExactly(SourceLinker.Reason.HOST_TYPED);
    }

    @Test
    void linkingAgainMovesSourceLinksWithTheirItemButLeavesLinksTheHostEdited() {
        List<Entry> entries = new java.util.ArrayList<>(new EntrySplitter(List.of()).suggest(1, transcript));
        Link stale = new Link(LinkKind.PAPER, "https://arxiv.org/abs/2404.05719", "Ferret-UI", 1);
        entries.set(2, entries.get(2).withLinks(List.of(stale)));
        entries.set(3, entries.get(3).withLinks(List.of(stale)).withEdited(EnumSet.of(EntryField.LINKS)));
        SourceLinker.Result result = new SourceLinker(spotter).link(entries, transcript, sources);
        assertThat(result.entries().get(2).links()).extracting(Link::url).doesNotContain("https://arxiv.org/abs/2404.05719");
        assertThat(result.entries().get(3).links()).as("the host edited these links: only added to").contains(stale);
        SourceLinker.Result again = new SourceLinker(spotter).link(result.entries(), transcript, sources);
        assertThat(again.changed()).as("linking twice changes nothing more").isEmpty();
    }

    @Test
    void itemsWithoutAnyLinkAreReported() {
        List<Entry> entries = new EntrySplitter(List.of()).suggest(1, transcript);
        SourceLinker.Result result = new SourceLinker(spotter).link(entries, transcript, List.of(sources.get(0)));
        assertThat(result.unlinked()).extracting(e -> e.kind()).containsOnly(EntryKind.ITEM);
        assertThat(result.unlinked()).hasSize(2);
    }

    private static List<String> urls(Entry e) {
        return e.links().stream().map(Link::url).toList();
    }

    private static Source source(long id, String title, String url, String... names) {
        String u = url.startsWith("arXiv:") ? "https://arxiv.org/abs/" + url.substring(6) : url;
        return new Source(id, 1, title, u, List.of(names), (int) id);
    }
}
