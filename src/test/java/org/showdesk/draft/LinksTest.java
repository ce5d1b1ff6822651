package org.showdesk.draft;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.showdesk.model.Link;
import org.showdesk.model.LinkKind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinksTest {

    @ParameterizedTest
    @ValueSource(strings = {"2312.17742", "arXiv:2312.17742v2", "arxiv:2312.17742", "https://arxiv.org/abs/2312.17742v1",
            "http://arxiv.org/abs/2312.17742", "arxiv.org/pdf/2312.17742", "https://arxiv.org/pdf/2312.17742v3.pdf",
            "https://www.arxiv.org/html/2312.17742v1", " https://arxiv.org/abs/2312.17742。"})
    void everyWayOfWritingAnArxivPaperBecomesItsAbstractPage(String written) {
        assertThat(Links.normalize(written)).isEqualTo("https://arxiv.org/abs/2312.17742");
    }

    @Test
    void oldStyleArxivIdsAreRecognizedToo() {
        assertThat(Links.normalize("arXiv:hep-th/9901001v1")).isEqualTo("https://arxiv.org/abs/hep-th/9901001");
    }

    @Test
    void plainWebAddressesBecomeHttps() {
        assertThat(Links.normalize("http://github.com/showdesk/showdesk")).isEqualTo("https://github.com/showdesk/showdesk");
        assertThat(Links.normalize("github.com/showdesk/showdesk")).isEqualTo("https://github.com/showdesk/showdesk");
    }

    @Test
    void aClosingBracketThatBelongsToTheAddressIsKept() {
        assertThat(Links.normalize("https://en.wikipedia.org/wiki/Mamba_(deep_learning)"))
                .isEqualTo("https://en.wikipedia.org/wiki/Mamba_(deep_learning)");
        assertThat(Links.normalize("（https://example.org/page）")).isEqualTo("https://example.org/page");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(document.cookie)", "file:///etc/passwd",
            "ftp://example.org/x", "data:text/html,<script>alert(1)</script>", "mailto:host@example.org"})
    void anythingButAWebPageIsRefusedWithAReason(String written) {
        assertThatThrownBy(() -> Links.normalize(written))
                .isInstanceOf(InvalidLinkException.class)
                .hasMessageContaining("only web addresses (http:// or https://)");
    }

    @Test
    void emptySpacedOrHostlessLinksSayWhatIsWrong() {
        assertThatThrownBy(() -> Links.normalize("  ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> Links.normalize("https://github.com/a b")).hasMessageContaining("contains spaces");
        assertThatThrownBy(() -> Links.normalize("https://localhost/x")).hasMessageContaining("no site name");
    }

    @Test
    void theSamePaperLinkedTwiceInDifferentFormsIsFlaggedAsADuplicate() {
        List<Link> links = List.of(new Link(LinkKind.PAPER, "https://arxiv.org/pdf/2312.17742v1.pdf"),
                new Link(LinkKind.CODE, "https://github.com/x/y"),
                new Link(LinkKind.OTHER, "arXiv:2312.17742v2"),
                new Link(LinkKind.PROJECT, "http://www.github.com/x/y/"));
        List<LinkIssue> issues = Links.check(links);
        assertThat(issues).extracting(LinkIssue::index, LinkIssue::problem, LinkIssue::firstIndex).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, LinkIssue.Problem.DUPLICATE, 0),
                org.assertj.core.groups.Tuple.tuple(3, LinkIssue.Problem.DUPLICATE, 1));
        assertThat(issues.get(0).message()).contains("Link 3", "link 1", "https://arxiv.org/abs/2312.17742");
    }

    @Test
    void invalidLinksAreReportedAndLeftOutOfWhatIsPublished() {
        List<Link> links = List.of(new Link(LinkKind.CODE, "javascript:alert(1)"), new Link(LinkKind.PAPER, "2401.00001"));
        assertThat(Links.check(links)).singleElement().satisfies(issue -> {
            assertThat(issue.problem()).isEqualTo(LinkIssue.Problem.INVALID);
            assertThat(issue.message()).startsWith("Link 1:");
        });
        assertThat(Links.publishable(links)).containsExactly(new Link(LinkKind.PAPER, "https://arxiv.org/abs/2401.00001"));
    }

    @Test
    void arxivIdIsEmptyForOtherSites() {
        assertThat(Links.arxivId("https://github.com/2312.17742")).isEmpty();
        assertThat(Links.arxivId("arxiv.org/pdf/2312.17742v2")).contains("2312.17742");
    }
}
