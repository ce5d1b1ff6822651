package org.showdesk.draft;

import org.showdesk.model.OutputFormat;
import org.junit.jupiter.api.Test;
import org.showdesk.model.Entry;
import org.showdesk.model.EpisodeContent;
import org.showdesk.model.Transcript;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TranscriptParagraphsTest {
    private final Exporter exporter = new Exporter();

    @Test
    void aTwentyItemEpisodeIsOneParagraphPerEntry() {
        EpisodeContent content = Rundowns.weekly("weekly-research");
        String txt = exporter.render(OutputFormat.TXT, content, "AI前沿速递").text();
        List<String> paragraphs = Arrays.asList(txt.strip().split("\n\n"));
        assertThat(paragraphs).hasSize(content.entries().size()).hasSizeGreaterThanOrEqualTo(20);
        Entry second = Rundowns.items(content).get(1);
        assertThat(paragraphs.get(2)).startsWith(second.summary()).doesNotContain("\n");
        assertThat(withoutWhitespace(txt)).isEqualTo(withoutWhitespace(content.transcript().text()));
    }

    @Test
    void withoutEntriesSentencesAreGroupedIntoParagraphsAndNothingIsLost() {
        Transcript transcript = Rundowns.weekly("weekly-research").transcript();
        String txt = exporter.render(OutputFormat.TXT, Episodes.content(transcript, List.of()), "x").text();
        List<String> paragraphs = Arrays.asList(txt.strip().split("\n\n"));
        assertThat(paragraphs).hasSizeGreaterThanOrEqualTo(transcript.length() / 300);
        assertThat(paragraphs).allMatch(p -> p.endsWith("。") || p.endsWith("！") || p.endsWith("?") || p == paragraphs.get(paragraphs.size() - 1));
        assertThat(withoutWhitespace(txt)).isEqualTo(withoutWhitespace(transcript.text()));
    }

    @Test
    void cuesOutsideEveryEntryKeepTheirOwnParagraphs() {
        Transcript t = Episodes.untimed("大家好。", "Meta AI推出HyperDreamer。", "它很快。", "再见。");
        EpisodeContent content = Episodes.content(t, List.of(Episodes.item(1, 2, 3, "HyperDreamer", null, "")));
        assertThat(exporter.render(OutputFormat.TXT, content, "x").text())
                .isEqualTo("大家好。\n\nMeta AI推出HyperDreamer。它很快。\n\n再见。\n");
    }

    @Test
    void latinSentencesKeepTheSpaceBetweenThem() {
        Transcript t = Episodes.timed(1_000, "Hello everyone.\n", "Welcome back.\n", "大家好。\n");
        assertThat(exporter.render(OutputFormat.TXT, Episodes.content(t, List.of()), "x").text())
                .isEqualTo("Hello everyone. Welcome back.大家好。\n");
    }

    private static String withoutWhitespace(String s) {
        return s.replaceAll("\\s+", "");
    }
}
