package org.showdesk.draft;

import org.showdesk.model.Cue;
import org.showdesk.model.Entry;
import org.showdesk.model.EntryKind;
import org.showdesk.model.EntryStatus;
import org.showdesk.model.Episode;
import org.showdesk.model.EpisodeContent;
import org.showdesk.model.Link;
import org.showdesk.model.LinkKind;
import org.showdesk.model.Transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whole episodes for output tests, made from the hand-labelled split fixtures (src/test/resources/draft/):
 * the true entries with the host's titles, the item's first sentence as its summary (with the ASR's
 * half-width commas), the organization its first sentence names, and one paper link per item.
 */
public final class Rundowns {
    private static final Pattern ORGANIZATION = Pattern.compile("^(.{2,20}?)(?:等)?的(?:研究者|研究人员|研究团队)");

    private Rundowns() {
    }

    /** A fixture's episode, timed (about a quarter second per character), entries as a host would finish them. */
    public static EpisodeContent weekly(String fixture) {
        return weekly(fixture, UnaryOperator.identity());
    }

    /** The same with every item changed, e.g. to drop its link or lengthen its summary. */
    static EpisodeContent weekly(String fixture, UnaryOperator<Entry> changeItem) {
        SplitFixture f = SplitFixture.load(fixture, true);
        List<Cue> cues = f.transcript().cues();
        List<Entry> entries = new ArrayList<>();
        List<SplitFixture.Segment> segments = f.segments();
        for (int k = 0; k < segments.size(); k++) {
            SplitFixture.Segment s = segments.get(k);
            int last = k + 1 < segments.size() ? segments.get(k + 1).firstCue() - 1 : cues.size() - 1;
            String first = cues.get(s.firstCue()).text();
            String title = s.title() == null ? "" : s.title();
            List<String> orgs = new ArrayList<>();
            Matcher m = ORGANIZATION.matcher(first);
            if (m.find()) orgs.add(m.group(1));
            List<Link> links = s.kind() == EntryKind.ITEM
                    ? List.of(new Link(LinkKind.PAPER, String.format("https://arxiv.org/abs/2401.%05d", 10_000 + k))) : List.of();
            Entry e = new Entry(k + 1, 7, s.kind(), cues.get(s.firstCue()).id(), cues.get(last).id(), title, orgs,
                    s.category() == null ? "" : s.category(), first, links, null, EntryStatus.DRAFT, "");
            entries.add(s.kind() == EntryKind.ITEM ? changeItem.apply(e) : e);
        }
        Episode episode = new Episode(7, "AI前沿速递 2024年第3期", fixture + ".txt", "txt", Episodes.IMPORTED,
                cues.size(), f.transcript().length());
        return new EpisodeContent(episode, f.transcript(), entries, List.of());
    }

    static List<Entry> items(EpisodeContent content) {
        return content.entries().stream().filter(e -> e.kind() == EntryKind.ITEM).toList();
    }

    static EpisodeContent withTranscript(EpisodeContent content, Transcript transcript) {
        return new EpisodeContent(content.episode(), transcript, content.entries(), content.corrections());
    }
}
