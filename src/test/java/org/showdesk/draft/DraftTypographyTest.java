package org.showdesk.draft;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Chinese punctuation and name spotting, the small pieces titles, summaries and links are made of. */
class DraftTypographyTest {
    @Test
    void asrCommasBetweenChineseBecomeFullWidthAndEnglishAndNumbersStayAsTheyAre() {
        assertThat(FullWidthPunctuation.apply("微软推出Phi-2,只有27亿参数;它在3.5秒内答完,效果不错."))
                .isEqualTo("微软推出Phi-2，只有27亿参数；它在3.5秒内答完，效果不错。");
        assertThat(FullWidthPunctuation.apply("论文叫Frames, Synthetic Images and Captions,很有意思"))
                .isEqualTo("论文叫Frames, Synthetic Images and Captions，很有意思");
        assertThat(FullWidthPunctuation.apply("见https://example.com/a,b页面")).isEqualTo("见https://example.com/a,b页面");
    }

    @Test
    void commasBetweenTheShortItemsOfAListBecomeEnumerationCommas() {
        assertThat(FullWidthPunctuation.apply("可以理解文本,图像,音频和视频,并生成回答。"))
                .isEqualTo("可以理解文本、图像、音频和视频，并生成回答。");
        assertThat(FullWidthPunctuation.apply("模型很小,速度很快,效果也好。")).isEqualTo("模型很小，速度很快，效果也好。");
    }

    @Test
    void namesAreSpottedWrittenAlikeButOnlyAsWholeWords() {
        NameSpotter spotter = NameSpotter.alike(List.of("Dual-Pivot Tuning", "LoRAMoE", "Sora", "Qwen2-VL"));
        List<NameSpotter.Spot> spots = spotter.spot("推出Dual Pivot Tuning和LoraMOE,还有Open-Sora与Qwen 2 VL,以及Sora本身。");
        assertThat(spots).extracting(NameSpotter.Spot::heard, NameSpotter.Spot::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Dual Pivot Tuning", "Dual-Pivot Tuning"),
                org.assertj.core.groups.Tuple.tuple("LoraMOE", "LoRAMoE"),
                org.assertj.core.groups.Tuple.tuple("Qwen 2 VL", "Qwen2-VL"),
                org.assertj.core.groups.Tuple.tuple("Sora", "Sora"));
        assertThat(spots.get(3).exact()).isTrue();
    }

    @Test
    void respellingWritesTheSureSpotsAsTheSourcesSpellThem() {
        String text = "团队推出Synclear,以及Sinclair。";
        List<NameSpotter.Spot> spots = List.of(new NameSpotter.Spot(4, 12, "Synclear", "SynCLR", 0.9),
                new NameSpotter.Spot(16, 24, "Sinclair", "SynCLR", 0.4));
        assertThat(NameSpotter.respell(text, spots, 0.6)).isEqualTo("团队推出SynCLR,以及Sinclair。");
    }
}
