package org.showdesk.draft;

import org.showdesk.model.Entry;
import org.showdesk.model.EntryKind;
import org.showdesk.model.EpisodeContent;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.Output;
import org.showdesk.model.OutputFormat;
import org.showdesk.model.Source;
import org.showdesk.model.TermCategory;
import org.showdesk.model.Transcript;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names a host's sources spell with an ampersand ("AT&T", "Q&A-Net") or join with a small word ("Chat with RTX",
 * "Mixture of Experts") stay whole from the list of sources to the titles, organizations and tags.
 */
class SourceNamesWholeTest {
    private static final String SOURCES = """
            - [Q&A-Net <v2>: Answering Questions over Charts and Forms](https://example.org/qa-net)
            - [Chat with RTX: run a chatbot on the documents of your own PC](https://example.org/chat-rtx)
            - AT&T Call Notes — https://example.org/att-notes
            - Stable Video Diffusion: turning still pictures into short clips — https://example.org/svd
            - [Mixture of Experts — routing tokens to a few small networks](https://example.org/moe)
            - [Attention Is All You Need: a look back](https://example.org/attention)
            """;

    private final List<Source> sources = SourceList.parse(SOURCES).sources();

    @Test
    void theSourcesGiveTheWholeNameBeforeTheColonOrDash() {
        assertThat(sources).extracting(Source::names).containsExactly(
                List.of("Q&A-Net"),
                List.of("Chat with RTX"),
                List.of("AT&T Call Notes", "AT&T"),
                List.of("Stable Video Diffusion"),
                List.of("Mixture of Experts"),
                List.of());
    }

    @Test
    void titlesOrganizationsTagsAndHashtagsKeepTheWholeNames() {
        Transcript transcript = Episodes.untimed("各位好，欢迎收看本周节目。",
                "首尔一所大学的研究者推出Q&A-Net，能回答图表和表单里的问题，准确率比上一版高了一截。",
                "英伟达推出Chat with RTX，在自己的电脑上就能和本地文档对话，不用把文件传到云端。",
                "AT&T推出通话笔记工具，把客服电话自动整理成要点，先给门店员工试用。",
                "本期就到这里，下周见。");
        List<GlossaryTerm> glossary = new ArrayList<>();
        for (String name : EntrySplitter.namesOf(sources)) {
            glossary.add(GlossaryTerm.of(name).withCategory(name.equals("AT&T") ? TermCategory.ORG : TermCategory.PRODUCT));
        }
        List<Entry> entries = new EntrySplitter(glossary, sources).suggest(1, transcript);
        List<Entry> items = entries.stream().filter(e -> e.kind() == EntryKind.ITEM).toList();

        assertThat(items).hasSize(3);
        assertThat(items.get(0).title()).startsWith("Q&A-Net");
        assertThat(items.get(1).title()).startsWith("Chat with RTX：");
        assertThat(items.get(2).organizations()).containsExactly("AT&T");
        assertThat(items.get(2).title()).startsWith("AT&T");

        EpisodeContent content = Episodes.content(transcript, entries);
        Output bilibili = new Exporter().render(OutputFormat.BILIBILI, content, "本周科技", ExportOptions.defaults().withGlossary(glossary));
        assertThat(bilibili.suggestedTags()).contains("AT&T", "Q&A-Net", "Chat with RTX").doesNotContain("AT", "A-Net", "RTX");
        Output youtube = new Exporter().render(OutputFormat.YOUTUBE, content, "本周科技", ExportOptions.defaults().withGlossary(glossary));
        // A hashtag stops at "&" or a space: the name is written without them.
        assertThat(youtube.suggestedTags()).contains("ATT", "QANet", "ChatWithRTX").doesNotContain("AT", "ANet", "RTX");
        assertThat(youtube.text()).contains("#ATT", "#QANet", "#ChatWithRTX").doesNotContainPattern("#AT(?!T)|#ANet|#RTX");
    }
}
