package org.showdesk.draft;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OrganizationFinderTest {
    private final OrganizationFinder finder = new OrganizationFinder(List.of());

    @Test
    void aSubjectThatRunsOnIntoWhatWasSaidIsNoOrganization() {
        assertThat(finder.find("星河出行表示这个功能下个月", "星河出行表示这个功能下个月上线。")).isEmpty();
    }

    @Test
    void shortMakersAndSuffixedNamesOfAnyLengthAreStillFound() {
        assertThat(finder.find("星河出行", "星河出行推出了新的语音助手。")).containsExactly("星河出行");
        assertThat(finder.find("中国科学院自动化研究所和快手", "中国科学院自动化研究所和快手推出了新模型。"))
                .containsExactly("中国科学院自动化研究所", "快手");
    }

    @Test
    void howTheRoundupIntroducesAnItemIsNotPartOfTheMakersName() {
        assertThat(finder.find("第三条来自浙江大学", "第三条来自浙江大学，研究者推出了新方法。")).containsExactly("浙江大学");
        assertThat(finder.find("德国的Aleph Alpha", "德国的Aleph Alpha开源了新模型。")).containsExactly("Aleph Alpha");
    }
}
