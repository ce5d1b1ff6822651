package org.showdesk.draft;

import org.showdesk.model.Cue;
import org.showdesk.model.Entry;
import org.showdesk.model.EpisodeContent;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.TermCategory;
import org.showdesk.model.Transcript;
import org.showdesk.text.ChineseTypography;
import org.showdesk.text.TraditionalChinese;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One episode being drafted with its options: what every output of one render shares (typography, chapters,
 * what the episode is about, the Traditional converter), each made once and only when an output needs it.
 */
final class Draft {
    final EpisodeContent content;
    final String showName;
    final ExportOptions options;
    private final ChineseTypography typography;
    private Chapters.Plan chapters;
    private TitleAndTags.Subjects subjects;
    private TraditionalChinese converter;

    Draft(EpisodeContent content, String showName, ExportOptions options) {
        this.content = content;
        this.showName = showName == null ? "" : showName;
        this.options = options;
        List<String> names = new ArrayList<>();
        names.add(this.showName);
        for (GlossaryTerm t : options.glossary()) if (t.enabled()) names.add(t.term());
        this.typography = new ChineseTypography(options.spacing(), names);
    }

    /** Drafted text (a title, a summary) in the show's typography; URLs, code and names stay as they are. */
    String typeset(String text) {
        return text == null || text.isEmpty() ? "" : typography.fix(text);
    }

    Chapters.Plan chapters() {
        if (chapters == null) {
            chapters = Chapters.plan(content.entries(), content.transcript(), content.episode().timeOffsetMs(),
                    content.episode().timesEstimated());
        }
        return chapters;
    }

    TitleAndTags.Subjects subjects() {
        if (subjects == null) subjects = TitleAndTags.of(content, showName, options.glossary());
        return subjects;
    }

    List<String> tags() {
        return TitleAndTags.tags(subjects());
    }

    List<String> hashtags() {
        return TitleAndTags.hashtags(subjects());
    }

    boolean traditional() {
        return options.script().isTraditional();
    }

    /** Rendered text in the requested script (itself for Simplified). */
    String inScript(String text) {
        return traditional() ? converter().convert(text) : text;
    }

    /** The transcript with every cue's text in the requested script; cue ids and times unchanged. */
    Transcript transcriptInScript() {
        if (!traditional()) return content.transcript();
        List<Cue> cues = new ArrayList<>();
        for (Cue c : content.transcript().cues()) cues.add(c.withText(converter().convert(c.text())));
        return new Transcript(cues);
    }

    /** For a Traditional output of {@code simplified}: the Chinese names converted by character, for the host to check. */
    void noteNamesWithoutOwnForm(String simplified, List<String> notes) {
        if (!traditional()) return;
        Map<String, String> forms = converter().namesWithoutOwnForm(simplified);
        if (forms.isEmpty()) return;
        List<String> pairs = new ArrayList<>();
        forms.forEach((s, t) -> pairs.add(s + " → " + t));
        notes.add("Names written in Traditional character by character (they have no Traditional form in the glossary; "
                + "add one there where it differs): " + String.join(", ", pairs) + ".");
    }

    private TraditionalChinese converter() {
        if (converter == null) {
            List<TraditionalChinese.Name> names = new ArrayList<>();
            if (!showName.isBlank()) names.add(new TraditionalChinese.Name(showName, ""));
            for (GlossaryTerm t : options.glossary()) {
                if (!t.enabled()) continue;
                // Jargon reads better in the region's own words (软件 → 軟體) unless the host gave its form.
                if (t.category() != TermCategory.JARGON || !t.traditional().isEmpty()) {
                    names.add(new TraditionalChinese.Name(t.term(), t.traditional()));
                }
            }
            // An organization is a name too, wherever it appears: Taiwan wording would turn the company 欧拉 (Ola)
            // into 尤拉, the mathematician Euler. A glossary form, added first, wins over these.
            for (Entry e : content.entries()) {
                for (String org : e.organizations()) names.add(new TraditionalChinese.Name(org, ""));
            }
            converter = new TraditionalChinese(options.script(), names);
        }
        return converter;
    }
}
