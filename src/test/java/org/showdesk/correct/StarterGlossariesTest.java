package org.showdesk.correct;

import org.junit.jupiter.api.Test;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.TermCategory;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StarterGlossariesTest {
    @Test
    void fourStarterGlossariesAreListedWithDisplayNames() {
        assertThat(StarterGlossaries.list()).extracting(StarterGlossaries.Starter::displayName)
                .containsExactly("AI labs and companies / AI 公司与实验室", "Universities and institutes / 高校与研究机构",
                        "Models and products / 模型与产品", "AI jargon / AI 术语");
    }

    @Test
    void eachStarterHoldsOverAHundredTermsWithItsCategory() {
        for (StarterGlossaries.Starter starter : StarterGlossaries.list()) {
            List<GlossaryTerm> terms = StarterGlossaries.load(starter).terms();
            assertThat(terms).as(starter.id()).hasSizeGreaterThan(100);
            assertThat(terms).as(starter.id()).allMatch(t -> t.category() == starter.category());
        }
    }

    @Test
    void theUniversitiesKnowTheMisheardBupt() {
        StarterGlossaries.Starter universities = StarterGlossaries.list().get(1);
        GlossaryTerm bupt = StarterGlossaries.load(universities).terms().stream()
                .filter(t -> t.term().equals("北京邮电大学")).findFirst().orElseThrow();
        assertThat(bupt.variants()).contains("北京油电大学");
        assertThat(bupt.category()).isEqualTo(TermCategory.ORG);
    }

    @Test
    void startersHaveNoDuplicatesWithinAFile() {
        for (StarterGlossaries.Starter starter : StarterGlossaries.list()) {
            assertThat(StarterGlossaries.load(starter).warnings())
                    .as(starter.id()).noneMatch(w -> w.message().contains("already on line"));
        }
    }
}
