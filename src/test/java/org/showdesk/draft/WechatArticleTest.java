package org.showdesk.draft;

import org.showdesk.model.Output;
import org.showdesk.model.OutputFormat;
import org.showdesk.model.LengthReport;
import org.junit.jupiter.api.Test;
import org.showdesk.model.EpisodeContent;
import org.showdesk.model.Link;
import org.showdesk.model.LinkKind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class WechatArticleTest {
    private final Exporter exporter = new Exporter();

    @Test
    void aTwentyItemEpisodeHasNumberedReferencesInTheTextAndAPlainTextReferenceList() {
        EpisodeContent content = Rundowns.weekly("weekly-research");
        Output out = exporter.render(OutputFormat.WECHAT, content, "AI前沿速递");
        String html = out.text();
        int list = html.indexOf("参考资料");
        assertThat(list).isPositive();
        String body = html.substring(0, list), references = html.substring(list);

        List<String> inText = all("\\[(\\d+)\\]", body);
        assertThat(inText).hasSizeGreaterThanOrEqualTo(18).doesNotHaveDuplicates();
        for (String n : inText) {
            String url = String.format("https://arxiv.org/abs/2401.%05d", 10_000 + Integer.parseInt(n));
            assertThat(references).containsPattern("\\[" + n + "\\] [^<]*：" + Pattern.quote(url) + "</p>");
        }
        assertThat(html).doesNotContain("<a href=\"http", "<a ", "<script", "<img", "<style", "class=");
        assertThat(html).contains("<h1 style=", "<h2 style=", "<p style=").startsWith("<!DOCTYPE html>");
        assertThat(body).contains("1. AlphaGeometry", "能够解答奥数级别的平面几何题。[1]", "Google DeepMind");
    }

    @Test
    void markupAndLinksInEntriesStayTextAndNothingBecomesClickable() {
        EpisodeContent content = Rundowns.weekly("weekly-research", e -> e.id() != 2 ? e : e.withFields(
                "<script>alert(1)</script>", List.of("<b>Org</b>"), "",
                "看 [这里](https://evil.example) 和 <a href=\"https://evil.example\">链接</a> ![图](https://evil.example/x.png)",
                List.of(new Link(LinkKind.CODE, "javascript:alert(2)"), new Link(LinkKind.PAPER, "2312.17742")),
                e.startMs(), e.status(), e.notes()));
        Output out = exporter.render(OutputFormat.WECHAT, content, "AI前沿速递");
        String html = out.text().toLowerCase();
        assertThat(html).doesNotContain("<script", "<a ", "href=\"", "<img", "src=\"", "<b>", "javascript:");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;org&lt;/b&gt;", "https://arxiv.org/abs/2312.17742");
        assertThat(out.notes()).anyMatch(n -> n.contains("javascript:alert(2)") && n.contains("Left out"));
    }

    @Test
    void itsLengthIsReportedAgainstTheDraftApisDocumentedLimit() {
        Output out = exporter.render(OutputFormat.WECHAT, Rundowns.weekly("weekly-research"), "AI前沿速递");
        assertThat(out.lengths()).extracting(LengthReport::limit).containsExactly(20_000L, 0L);
        assertThat(out.lengths().get(0).count()).isBetween(1_000L, (long) out.text().length());
        assertThat(out.fileExtension()).isEqualTo("html");
        assertThat(OutputFormat.WECHAT.fileName("ep3")).isEqualTo("ep3-wechat.html");
        assertThat(OutputFormat.parse("公众号")).isEqualTo(OutputFormat.WECHAT);
    }

    @Test
    void theClipboardFragmentIsTheStyledArticleAlone() {
        String fragment = exporter.wechatFragment(Rundowns.weekly("weekly-research"), "AI前沿速递", ExportOptions.defaults());
        assertThat(fragment).startsWith("<section style=").endsWith("</section>\n").contains("[20]")
                .doesNotContain("<html", "<body", "<head");
    }

    private static List<String> all(String regex, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) out.add(m.group(1));
        return out;
    }
}
