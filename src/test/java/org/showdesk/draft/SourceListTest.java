package org.showdesk.draft;

import org.junit.jupiter.api.Test;
import org.showdesk.model.Source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SourceListTest {
    @Test
    void everyCommonShapeOfTitleAndLinkIsRead() {
        SourceList.Parsed parsed = SourceList.parse("""
                # 本期来源
                1. SynCLR: Learning Vision from Models Rivals Learning Vision from Data — https://arxiv.org/abs/2312.17742
                - [Personalized Restoration via Dual-Pivot Tuning](https://arxiv.org/abs/2312.17234)
                Hyper-VolTran: Fast and Generalizable One-Shot Image to 3D Object Structure via HyperNetworks
                https://arxiv.org/abs/2312.16218
                City-on-Web: Real-time Neural Rendering of Large-scale Scenes on the Web — arXiv:2312.16457
                MathPile: A Billion-Token-Scale Pretraining Corpus for Math — arxiv.org/abs/2312.17120
                * Ferret <https://github.com/apple/ml-ferret>
                """);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.sources()).extracting(Source::url).containsExactly(
                "https://arxiv.org/abs/2312.17742", "https://arxiv.org/abs/2312.17234", "https://arxiv.org/abs/2312.16218",
                "https://arxiv.org/abs/2312.16457", "https://arxiv.org/abs/2312.17120", "https://github.com/apple/ml-ferret");
        assertThat(parsed.sources()).extracting(Source::line).containsExactly(2, 3, 4, 6, 7, 8);
        assertThat(parsed.sources().get(2).title()).startsWith("Hyper-VolTran: Fast");
        assertThat(parsed.sources()).extracting(s -> s.names().isEmpty() ? "" : s.names().get(0)).containsExactly(
                "SynCLR", "", "Hyper-VolTran", "City-on-Web", "MathPile", "Ferret");
    }

    @Test
    void aLineMayNameSeveralWorksAndTheirMaker() {
        List<Source> sources = SourceList.parse("""
                同花顺 HithinkGPT 问财 — https://www.iwencai.com/
                Ola Krutrim — https://www.olakrutrim.com/
                钉钉 IDC《2024 AIGC应用层十大趋势白皮书》
                Meta Llama 3 — https://llama.meta.com/llama3/
                Runway Gen-3 Alpha — https://runwayml.com/research/introducing-gen-3-alpha
                The LLM Surgeon — https://arxiv.org/abs/2312.17244
                Dual Pivot Tuning — https://arxiv.org/abs/2312.17234
                Safe Superintelligence Inc. — https://ssi.inc
                """).sources();
        assertThat(sources.get(0).names()).containsExactly("同花顺", "HithinkGPT", "问财");
        assertThat(sources.get(1).names()).contains("Krutrim", "Ola");
        assertThat(sources.get(2).names()).contains("2024 AIGC应用层十大趋势白皮书", "钉钉", "IDC");
        assertThat(sources.get(2).url()).isEmpty();
        assertThat(sources.get(3).names()).contains("Llama 3");
        assertThat(sources.get(4).names()).contains("Gen-3 Alpha");
        assertThat(sources.get(5).names()).containsExactly("LLM Surgeon");
        assertThat(sources.get(6).names()).as("descriptive words stay one name").containsExactly("Dual Pivot Tuning");
        assertThat(sources.get(7).names()).containsExactly("Safe Superintelligence");
    }

    @Test
    void aPaperTitleNamesItsWorkByTheHeadOrTheBracket() {
        List<Source> sources = SourceList.parse("""
                The Truth is in There: Improving Reasoning in Language Models with Layer-Selective Rank Reduction (LASER) — https://arxiv.org/abs/2312.13558
                Learning to Reason with LLMs (OpenAI o1) — https://openai.com/index/learning-to-reason-with-llms/
                Amazon to invest up to $4 billion in Anthropic — https://www.aboutamazon.com/news/a
                Diffusion Models Are Real-Time Game Engines — https://arxiv.org/abs/2408.14837
                """).sources();
        assertThat(sources.get(0).names()).containsExactly("LASER");
        assertThat(sources.get(1).names()).contains("o1");
        assertThat(sources.get(2).names()).isEmpty();
        assertThat(sources.get(3).names()).as("a sentence of ordinary words names nothing").isEmpty();
    }

    @Test
    void aSecondLinkUnderAWorkIsTheSameWorkAndAListOfLinksIsSeveralWorks() {
        List<Source> sources = SourceList.parse("""
                Zephyr: Direct Distillation of LM Alignment — arxiv.org/abs/2310.16944
                  code: https://github.com/huggingface/alignment-handbook
                https://github.com/KwaiKEG/KwaiAgents
                https://arxiv.org/abs/2312.09979v2
                """).sources();
        assertThat(sources).extracting(Source::title).containsExactly("Zephyr: Direct Distillation of LM Alignment",
                "Zephyr: Direct Distillation of LM Alignment", "KwaiAgents", "arXiv:2312.09979");
        assertThat(sources.get(1).names()).containsExactly("Zephyr");
        assertThat(sources.get(2).names()).containsExactly("KwaiAgents");
    }

    @Test
    void badLinesAreReportedWithTheirNumberAndTheRestIsRead() {
        SourceList.Parsed parsed = SourceList.parse("""
                Good — https://example.com/a
                Broken [Title](https://example.com/b
                Evil — javascript:alert(1)
                Empty [Title]()
                """);
        assertThat(parsed.problems()).extracting(SourceList.Problem::line).containsExactly(2, 3, 4);
        assertThat(parsed.problems().get(0).message()).contains("not closed");
        assertThat(parsed.problems().get(1).message()).contains("javascript");
        assertThat(parsed.sources()).extracting(Source::title).containsExactly("Good");
    }

    @Test
    void theFixtureListsReadWithoutProblems() throws IOException {
        for (String name : List.of("weekly-sources-a", "weekly-sources-b")) {
            SourceList.Parsed parsed = SourceList.parse(resource(name + ".sources.md"));
            assertThat(parsed.problems()).as(name).isEmpty();
            assertThat(parsed.sources()).as(name).allSatisfy(s -> assertThat(s.url()).startsWith("https://"));
        }
    }

    static String resource(String name) throws IOException {
        try (InputStream in = SourceListTest.class.getResourceAsStream("/draft/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
