package org.showdesk.draft;

import org.showdesk.model.TemplateException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TemplateSetTest {
    private final TemplateSet defaults = TemplateSet.defaults();

    @Test
    void everyDefaultTemplateIsShippedAndValid() {
        for (String name : TemplateSet.NAMES) {
            assertThat(defaults.body(name)).isNotBlank();
            TemplateSet.check(name, defaults.body(name));
        }
    }

    /** A host reads the default in the templates' README: it must be the one drafts are written with. */
    @Test
    void theReadmeNamesTheSpacingDraftsReallyUseByDefaultAndSaysWhereToChangeIt() throws IOException {
        String readme;
        try (InputStream in = TemplateSetTest.class.getResourceAsStream("/templates/README.md")) {
            assertThat(in).as("templates/README.md on the class path").isNotNull();
            readme = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        }
        Matcher named = Pattern.compile("`latin-spacing`: `([a-z-]+)`, the default").matcher(readme);
        assertThat(named.find()).as("the README names the default of latin-spacing").isTrue();
        assertThat(named.group(1)).isEqualTo(ExportOptions.defaults().spacing().id());
        assertThat(readme).contains("Show ▸ Chinese–Latin spacing in drafts");
    }

    @Test
    void aTemplateStoredInTheShowReplacesTheDefaultOfTheSameNameOnly() {
        TemplateSet show = defaults.withOverrides(Map.of("bilibili", "{{show}}：{{episode.title}}"));
        assertThat(show.isOverridden("bilibili")).isTrue();
        assertThat(show.isOverridden("youtube")).isFalse();
        assertThat(show.render("bilibili", Map.of("show", "AI周报", "episode", Map.of("title", "第1期"))))
                .isEqualTo("AI周报：第1期");
        assertThat(show.body("youtube")).isEqualTo(defaults.body("youtube"));
    }

    @Test
    void anUnclosedSectionIsReportedAtItsOpeningTag() {
        String body = "标题\n本期内容：\n  {{#items}}{{title}}\n";
        TemplateException e = catchThrowableOfType(() -> TemplateSet.check("bilibili", body), TemplateException.class);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.getMessage()).isEqualTo(
                "Template \"bilibili\", line 3, column 3: section {{#items}} is never closed — add {{/items}}.");
    }

    @Test
    void aMismatchedCloseNamesBothTagsAndWhereTheyAre() {
        String body = "{{#items}}\n{{#links}}{{url}}{{/items}}";
        TemplateException e = catchThrowableOfType(() -> TemplateSet.check("md", body), TemplateException.class);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(18);
        assertThat(e.problem()).contains("{{/items}}", "{{#links}}", "line 2, column 1");
    }

    @Test
    void aTagLeftOpenIsReportedWithItsPosition() {
        TemplateException e = catchThrowableOfType(() -> TemplateSet.check("youtube", "ok\nab {{title\n"), TemplateException.class);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(4);
        assertThat(e.problem()).contains("never closed");
    }

    @Test
    void strayClosesEmptyTagsAndOddNamesAreErrorsNotCrashes() {
        assertThatThrownBy(() -> TemplateSet.check("t", "{{/items}}")).isInstanceOf(TemplateException.class)
                .hasMessageContaining("never opened");
        assertThatThrownBy(() -> TemplateSet.check("t", "a {{}}")).isInstanceOf(TemplateException.class)
                .hasMessageContaining("line 1, column 3").hasMessageContaining("empty");
        assertThatThrownBy(() -> TemplateSet.check("t", "{{ti tle}}")).isInstanceOf(TemplateException.class)
                .hasMessageContaining("not a field name");
    }

    @Test
    void aMisspelledFieldIsReportedWhenRenderingWithLineAndColumn() {
        TemplateSet show = defaults.withOverrides(Map.of("bilibili", "{{show}}\n  {{titel}}"));
        TemplateException e = catchThrowableOfType(() -> show.render("bilibili", Map.of("show", "AI周报")),
                TemplateException.class);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.problem()).contains("no field \"titel\"");
    }

    @Test
    void templatesCannotReachIntoJavaObjectsOrIncludeFiles() {
        // With reflection a template could call getClass().getClassLoader() on any value it is given.
        TemplateSet show = defaults.withOverrides(Map.of("t", "{{show.class.name}}", "u", "{{#show}}{{bytes}}{{/show}}"));
        assertThatThrownBy(() -> show.render("t", Map.of("show", "AI周报"))).isInstanceOf(TemplateException.class)
                .hasMessageContaining("no field");
        assertThatThrownBy(() -> show.render("u", Map.of("show", "AI周报"))).isInstanceOf(TemplateException.class);
        assertThatThrownBy(() -> TemplateSet.check("t", "{{> /etc/passwd}}")).isInstanceOf(TemplateException.class)
                .hasMessageContaining("not supported");
        assertThatThrownBy(() -> TemplateSet.check("t", "{{=<% %>=}}")).isInstanceOf(TemplateException.class)
                .hasMessageContaining("delimiters");
    }

    @Test
    void onlyTheMarkdownTemplatesEscapeValuesAndOnlyForMarkdown() {
        TemplateSet show = defaults.withOverrides(Map.of("bilibili", "{{x}}", "md", "{{x}}", "wechat", "{{x}}"));
        Map<String, Object> values = Map.of("x", "a<b> & *c*", "items", List.of());
        assertThat(show.render("bilibili", values)).isEqualTo("a<b> & *c*");
        assertThat(show.render("md", values)).isEqualTo("a\\<b\\> \\& \\*c\\*");
        assertThat(show.render("wechat", values)).isEqualTo("a\\<b\\> \\& \\*c\\*");
    }

    @Test
    void aListOfTagsCanBeWrittenWithTheDot() {
        TemplateSet show = defaults.withOverrides(Map.of("t", "{{#tags}}#{{.}} {{/tags}}"));
        assertThat(show.render("t", Map.of("tags", List.of("SynCLR", "MIT")))).isEqualTo("#SynCLR #MIT ");
    }

    @Test
    void anUnknownTemplateNameIsAClearError() {
        assertThatThrownBy(() -> defaults.body("tiktok")).isInstanceOf(TemplateException.class)
                .hasMessageContaining("bilibili, youtube, md, wechat, title");
    }
}
