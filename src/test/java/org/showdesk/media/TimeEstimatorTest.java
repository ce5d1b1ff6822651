package org.showdesk.media;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The estimator on timelines built here, where the truth is known by construction: a speaker whose pace drifts,
 * who pauses at commas as long as between some sentences, and who runs two sentences together.
 */
class TimeEstimatorTest {
    /** Sentences of different lengths, with commas, as a host's roundup reads. */
    private static final List<String> SENTENCES = List.of(
            "大家好，欢迎来到本周的节目。",
            "第一条新闻，一家公司发布了新的翻译模型，支持三十种语言。",
            "它在测试中表现很好。",
            "第二条，研究者提出了一种更省电的训练方法，可以把能耗降低四成，而且效果几乎不变。",
            "这项工作已经开源。",
            "第三条，一款新的耳机加入了实时字幕功能。",
            "用户反馈说，识别的准确率比上一代高了不少。",
            "接下来是融资消息，一家机器人公司完成了新一轮融资。",
            "金额没有公布。",
            "最后，一个开源社区发起了方言语音的收集计划，欢迎大家参与。",
            "今天就到这里。",
            "我们下周见。");

    /** Builds a recording's pauses from a speaker model, and remembers where each sentence truly starts. */
    private static final class Speaker {
        final List<Pause> pauses = new ArrayList<>();
        final List<Double> starts = new ArrayList<>();
        double at = 1.2;
        final double speechStart = at;

        void say(String sentence, double secondsPerChar, double commaPause) {
            starts.add(at);
            String[] phrases = sentence.split("，");
            for (int p = 0; p < phrases.length; p++) {
                at += phrases[p].replaceAll("[。！？]", "").length() * secondsPerChar;
                if (p < phrases.length - 1) pause(commaPause);
            }
        }

        void pause(double seconds) {
            if (seconds > 0) pauses.add(new Pause(ms(at), ms(at + seconds)));
            at += seconds;
        }

        Pauses heard() {
            return new Pauses(pauses, ms(speechStart), ms(at));
        }

        static long ms(double seconds) {
            return Math.round(seconds * 1000);
        }
    }

    private static double meanError(Speaker s, TimeEstimator.Estimate e) {
        double sum = 0;
        for (int i = 0; i < s.starts.size(); i++) sum += Math.abs(e.spans().get(i).startMs() / 1000.0 - s.starts.get(i));
        return sum / s.starts.size();
    }

    private static double maxError(Speaker s, TimeEstimator.Estimate e) {
        double max = 0;
        for (int i = 0; i < s.starts.size(); i++) max = Math.max(max, Math.abs(e.spans().get(i).startMs() / 1000.0 - s.starts.get(i)));
        return max;
    }

    @Test
    void followsASpeakerWhoSpeedsUpThroughTheShow() {
        Speaker s = new Speaker();
        double[] gaps = {0.6, 0.4, 0.9, 0.5, 0.7, 0.4, 1.0, 0.5, 0.8, 0.6, 0.5};
        for (int i = 0; i < SENTENCES.size(); i++) {
            // from 0.30 s to 0.20 s a character: the second half is much faster than the first
            s.say(SENTENCES.get(i), 0.30 - 0.10 * i / (SENTENCES.size() - 1), 0.2);
            if (i < gaps.length) s.pause(gaps[i]);
        }
        TimeEstimator.Estimate plain = TimeEstimator.bySyllables(SENTENCES, s.ms(s.speechStart), s.ms(s.at));
        TimeEstimator.Estimate e = TimeEstimator.withPauses(SENTENCES, s.heard());
        assertThat(e.method()).isEqualTo(TimeEstimator.Method.PAUSES);
        assertThat(maxError(s, e)).isLessThan(0.05);
        assertThat(meanError(s, plain)).as("the drift is real: syllables alone miss it").isGreaterThan(1.0);
    }

    @Test
    void commaPausesAsLongAsSentencePausesDoNotMisleadIt() {
        Speaker s = new Speaker();
        double[] gaps = {0.5, 0.35, 0.8, 0.4, 0.6, 0.35, 0.9, 0.45, 0.7, 0.5, 0.4};
        for (int i = 0; i < SENTENCES.size(); i++) {
            s.say(SENTENCES.get(i), 0.24, 0.45);
            if (i < gaps.length) s.pause(gaps[i]);
        }
        TimeEstimator.Estimate e = TimeEstimator.withPauses(SENTENCES, s.heard());
        assertThat(meanError(s, e)).isLessThan(0.3);
        assertThat(maxError(s, e)).isLessThan(1.5);
    }

    @Test
    void twoSentencesRunTogetherStayCloseAndTheRestStayExact() {
        Speaker s = new Speaker();
        double[] gaps = {0.6, 0.5, 0.0, 0.7, 0.5, 0.8, 0.4, 0.6, 0.0, 0.5, 0.7};
        for (int i = 0; i < SENTENCES.size(); i++) {
            s.say(SENTENCES.get(i), 0.25, 0.2);
            if (i < gaps.length) s.pause(gaps[i]);
        }
        TimeEstimator.Estimate e = TimeEstimator.withPauses(SENTENCES, s.heard());
        assertThat(e.method()).isEqualTo(TimeEstimator.Method.PAUSES);
        assertThat(maxError(s, e)).isLessThan(1.0);
        assertThat(meanError(s, e)).isLessThan(0.2);
    }

    @Test
    void anEmptiedCueGetsNoTimeOfItsOwn() {
        List<String> texts = List.of("大家好。", "  ", "我们开始。");
        TimeEstimator.Estimate e = TimeEstimator.bySyllables(texts, 0, 10_000);
        assertThat(e.spans().get(1).startMs()).isEqualTo(e.spans().get(2).startMs());
        assertThat(e.spans().get(1).endMs()).isEqualTo(e.spans().get(1).startMs());
    }

    @Test
    void bySyllablesSharesTheTimeByWhatIsSaid() {
        // 4 characters, then 8: the second sentence starts about a third of the way in (plus the pause after the first)
        TimeEstimator.Estimate e = TimeEstimator.bySyllables(List.of("一二三四。", "一二三四五六七八。"), 0, 14_000);
        assertThat(e.spans().get(0).startMs()).isZero();
        assertThat(e.spans().get(1).startMs()).isBetween(4_000L, 6_000L);
        assertThat(e.spans().get(1).endMs()).isEqualTo(14_000);
    }
}
