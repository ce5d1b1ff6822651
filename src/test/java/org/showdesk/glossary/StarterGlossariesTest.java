package org.showdesk.glossary;

import org.showdesk.model.StarterGlossary;
import org.junit.jupiter.api.Test;
import org.showdesk.correct.HanLpDictionary;
import org.showdesk.correct.CorrectionEngine;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.TermCategory;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StarterGlossariesTest {
    @Test
    void fiveStarterGlossariesAreListedWithDisplayNames() {
        assertThat(StarterGlossaries.list()).extracting(StarterGlossary::displayName)
                .containsExactly("AI labs and companies / AI 公司与实验室", "Universities and institutes / 高校与研究机构",
                        "Models and products / 模型与产品", "AI jargon / AI 术语", "People in AI news / AI 新闻人物");
    }

    @Test
    void togetherTheStartersHoldOver1500TermsInChineseAndEnglishForms() {
        List<String> terms = StarterGlossaries.all().stream().map(GlossaryTerm::term).toList();
        assertThat(terms).hasSizeGreaterThanOrEqualTo(1500);
        assertThat(terms).contains("清华大学", "Tsinghua University", "黄仁勋", "Jensen Huang", "通义千问", "Qwen",
                "混合专家模型", "Mixture of Experts", "智谱", "Zhipu AI");
    }

    @Test
    void peopleAreFiledAsPeople() {
        StarterGlossary people = StarterGlossaries.list().get(4);
        assertThat(StarterGlossaries.load(people).terms()).hasSizeGreaterThan(150)
                .allMatch(t -> t.category() == TermCategory.PERSON);
    }

    @Test
    void eachStarterHoldsOverTwoHundredTermsWithItsCategory() {
        for (StarterGlossary starter : StarterGlossaries.list()) {
            List<GlossaryTerm> terms = StarterGlossaries.load(starter).terms();
            assertThat(terms).as(starter.id()).hasSizeGreaterThan(200);
            assertThat(terms).as(starter.id()).allMatch(t -> t.category() == starter.category());
        }
    }

    @Test
    void theUniversitiesStarterLetsTheEngineHearAMisheardUniversity() {
        StarterGlossary universities = StarterGlossaries.list().get(1);
        List<GlossaryTerm> terms = StarterGlossaries.load(universities).terms();
        assertThat(terms).filteredOn(t -> t.term().equals("北京邮电大学"))
                .singleElement().extracting(GlossaryTerm::category).isEqualTo(TermCategory.ORG);
        HanLpDictionary.load();
        var findings = CorrectionEngine.build(terms, List.of(), HanLpDictionary.load()).scan("北京油电大学和清华大学的研究者推出新方法。");
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.found()).isEqualTo("北京油电大学");
            assertThat(f.suggestion()).isEqualTo("北京邮电大学");
        });
        assertThat(findings).noneMatch(f -> f.found().contains("清华大学"));
    }

    @Test
    void startersHaveNoDuplicatesWithinAFile() {
        for (StarterGlossary starter : StarterGlossaries.list()) {
            assertThat(StarterGlossaries.load(starter).warnings())
                    .as(starter.id()).noneMatch(w -> w.message().contains("already on line"));
        }
    }
}
