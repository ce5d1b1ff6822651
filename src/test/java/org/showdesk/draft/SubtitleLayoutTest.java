package org.showdesk.draft;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SubtitleLayoutTest {
    private static List<String> lines(List<SubtitleLayout.Block> blocks) {
        return blocks.stream().flatMap(b -> b.text().lines()).toList();
    }

    /** A tiny segmenter for the test: the longest of these words at each position. */
    private static final List<String> WORDS = List.of("研究", "团队", "提出", "一种", "新的", "训练", "方法", "能够",
            "显著", "降低", "大模型", "推理", "成本", "并且", "提升", "长文本", "理解", "能力");

    private static boolean[] insideWords(String text) {
        boolean[] inside = new boolean[text.length() + 1];
        int i = 0;
        while (i < text.length()) {
            int at = i;
            String word = WORDS.stream().filter(w -> text.startsWith(w, at))
                    .max(java.util.Comparator.comparingInt(String::length)).orElse(text.substring(i, i + 1));
            for (int k = i + 1; k < i + word.length(); k++) inside[k] = true;
            i += word.length();
        }
        return inside;
    }

    /** Where each line ends, as offsets into the sentence (line texts are consecutive pieces of it). */
    private static List<Integer> lineEnds(String sentence, List<SubtitleLayout.Block> blocks) {
        List<Integer> ends = new java.util.ArrayList<>();
        int at = 0;
        for (String line : lines(blocks)) {
            at = sentence.indexOf(line, at) + line.length();
            ends.add(at);
        }
        return ends;
    }

    @Test
    void withASegmenterALineIsNotCutInsideAWordWhenACutBetweenWordsIsNear() {
        String sentence = "研究团队提出一种新的训练方法能够显著降低大模型推理成本并且提升长文本理解能力";
        boolean[] inside = insideWords(sentence);

        List<Integer> withWords = lineEnds(sentence, SubtitleLayout.layout(sentence, 0, 8_000, SubtitleLayoutTest::insideWords));
        List<Integer> withoutWords = lineEnds(sentence, SubtitleLayout.layout(sentence, 0, 8_000));

        assertThat(withoutWords).as("knowing no words, the even cut splits 降|低").anyMatch(end -> inside[end]);
        assertThat(withWords).hasSameSizeAs(withoutWords).noneMatch(end -> inside[end]);
    }

    @Test
    void aShortSentenceIsOneLineWithoutItsFullStop() {
        List<SubtitleLayout.Block> blocks = SubtitleLayout.layout("我们下周再见。\n", 1_000, 3_000);
        assertThat(blocks).containsExactly(new SubtitleLayout.Block(1_000, 3_000, "我们下周再见"));
    }

    @Test
    void aLongSentenceBecomesSubtitlesOfAtMostTwoLinesWithinTheWidthCutAtCommas() {
        String sentence = "接下来，某高校的研究团队提出了一种新的图像压缩方法，可以把存储成本降低一半，"
                + "而且解码速度几乎没有变慢，相关代码已经在网上公开。";
        List<SubtitleLayout.Block> blocks = SubtitleLayout.layout(sentence, 10_000, 22_000);
        assertThat(blocks).allSatisfy(b -> assertThat(b.text().lines().count()).isLessThanOrEqualTo(2));
        assertThat(lines(blocks)).allSatisfy(l -> assertThat(SubtitleLayout.width(l)).isLessThanOrEqualTo(20));
        assertThat(lines(blocks)).noneMatch(l -> l.endsWith("。") || l.endsWith("，"));
        // nothing is lost but the punctuation at line ends
        assertThat(String.join("", lines(blocks)).replaceAll("[，。]", ""))
                .isEqualTo(sentence.replaceAll("[，。]", ""));
        // lines end where the speaker pauses, except inside "某高校…压缩方法", which is wider than a line
        assertThat(lines(blocks)).contains("而且解码速度几乎没有变慢", "相关代码已经在网上公开");
        String pausesAt = "接下来|方法|一半|变慢|公开";
        assertThat(lines(blocks).stream().filter(l -> !l.matches(".*(" + pausesAt + ")$"))).hasSizeLessThanOrEqualTo(1);
        // the sentence's time is shared out, in order, without gaps
        assertThat(blocks.get(0).start()).isEqualTo(10_000);
        assertThat(blocks.get(blocks.size() - 1).end()).isEqualTo(22_000);
        for (int i = 1; i < blocks.size(); i++) assertThat(blocks.get(i).start()).isEqualTo(blocks.get(i - 1).end());
    }

    @Test
    void latinWordsAndNumbersAreNeverCutAndCountHalf() {
        String sentence = "另外有开发者发布了一个叫Lumen的工具，支持Llama 2.0和GPT-4o，能够给长视频生成章节和摘要，准确率达到97.9%。";
        List<String> lines = lines(SubtitleLayout.layout(sentence, 0, 10_000));
        assertThat(String.join("|", lines)).contains("Lumen", "Llama 2.0", "GPT-4o", "97.9%");
        assertThat(lines).allSatisfy(l -> assertThat(SubtitleLayout.width(l)).isLessThanOrEqualTo(20));
        assertThat(SubtitleLayout.width("Lumen的")).isEqualTo(3.5);
    }

    @Test
    void questionAndExclamationMarksStay() {
        assertThat(SubtitleLayout.layout("这是真的吗？", 0, 1_000).get(0).text()).isEqualTo("这是真的吗？");
        assertThat(SubtitleLayout.layout("太好了！", 0, 1_000).get(0).text()).isEqualTo("太好了！");
    }

    @Test
    void aSentenceThatFitsTwoLinesStaysOneSubtitleOfTwoBalancedLines() {
        List<SubtitleLayout.Block> blocks = SubtitleLayout.layout("首先，一家位于杭州的初创公司发布了新的开源语言模型。", 0, 6_000);
        assertThat(blocks).hasSize(1);
        assertThat(blocks.get(0).text().lines().toList()).hasSize(2)
                .allSatisfy(l -> assertThat(SubtitleLayout.width(l)).isBetween(8.0, 20.0));
    }
}
