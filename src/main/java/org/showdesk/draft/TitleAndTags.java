package org.showdesk.draft;

import org.showdesk.model.Entry;
import org.showdesk.model.EntryField;
import org.showdesk.model.EntryKind;
import org.showdesk.model.EpisodeContent;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.Transcript;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an episode is about, for Bilibili's 标签, YouTube's hashtags and the title: the host's own tags, the
 * show, the topics most of its items share, and its most important names — works and organizations ranked
 * by how much the episode says about them, names the glossary or the host confirmed first (a name ASR
 * misheard is in neither).
 */
final class TitleAndTags {
    /** Bilibili refuses longer tags. */
    static final int MAX_TAG_CHARS = 20;
    /** YouTube ignores every hashtag of a video that has more than 15. */
    static final int MAX_HASHTAGS = 15;
    /** Longer hashtags read as noise. */
    static final int MAX_HASHTAG_CHARS = 30;
    /** Topics among the tags: broad enough to be searched, few enough to leave room for names. */
    private static final int TOPICS_AMONG_TAGS = 2;
    /** Past the first two, a topic becomes a hashtag only when this many items share it: one item is a name's job. */
    private static final int TOPIC_ITEMS_FOR_HASHTAG = 2;
    private static final int TOPICS_AMONG_HASHTAGS = 5;

    /**
     * @param works the items' work names in rundown order, for a title's headline
     * @param names works and organizations, the most important first
     */
    record Subjects(List<String> hostTags, String show, List<EpisodeTopics.Covered> topics, List<String> names,
                    List<String> works) {
        List<String> topicNames(int max, int minItemsPastTwo) {
            List<String> out = new ArrayList<>();
            for (EpisodeTopics.Covered t : topics) {
                if (out.size() >= max) break;
                if (out.size() < 2 || t.items() >= minItemsPastTwo) out.add(t.hashtag());
            }
            return out;
        }
    }

    private TitleAndTags() {
    }

    static Subjects of(EpisodeContent content, String showName, List<GlossaryTerm> glossary) {
        Set<String> confirmed = new HashSet<>();
        for (GlossaryTerm t : glossary) if (t.enabled()) confirmed.add(t.term().toLowerCase(Locale.ROOT));
        Transcript transcript = content.transcript();
        String episodeText = transcript.text();
        List<String> itemTexts = new ArrayList<>();
        List<String> works = new ArrayList<>();
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (Entry e : content.entries()) {
            if (e.kind() != EntryKind.ITEM) continue;
            itemTexts.add(e.title() + "\n" + e.summary() + "\n" + spanText(e, transcript));
            String work = workName(e.title());
            if (!work.isEmpty()) {
                works.add(work);
                candidate(candidates, work).add(e.isEdited(EntryField.TITLE) || confirmed.contains(work.toLowerCase(Locale.ROOT)));
            }
            for (String org : e.organizations()) {
                String o = org.strip();
                if (!o.isEmpty()) candidate(candidates, o).add(e.isEdited(EntryField.ORGANIZATIONS) || confirmed.contains(o.toLowerCase(Locale.ROOT)));
            }
        }
        List<Candidate> ranked = new ArrayList<>(candidates.values());
        for (Candidate c : ranked) c.mentions = count(episodeText, c.name);
        ranked.sort(Comparator.comparing((Candidate c) -> !c.confirmed).thenComparing(Comparator.comparingInt(Candidate::score).reversed()));
        List<EpisodeTopics.Covered> topics = EpisodeTopics.covered(itemTexts);
        String show = showName == null ? "" : showName.strip();
        return new Subjects(content.episode().tags(), show, topics, ranked.stream().map(c -> c.name).toList(), works);
    }

    /**
     * Bilibili's 标签: the host's tags (all of them, even past the limit: that is reported, not cut), the show, the
     * two most covered topics, then the most important names, up to 10.
     */
    static List<String> tags(Subjects s) {
        List<String> out = new ArrayList<>();
        for (String t : s.hostTags()) addIfNew(out, t.strip());
        List<String> rest = new ArrayList<>();
        rest.add(s.show());
        rest.addAll(s.topicNames(TOPICS_AMONG_TAGS, 0));
        rest.addAll(s.names());
        for (String t : rest) {
            if (out.size() >= PlatformLimits.BILIBILI_TAGS) break;
            if (PlatformLimits.characters(t) <= MAX_TAG_CHARS) addIfNew(out, t);
        }
        return out;
    }

    /**
     * YouTube's hashtags, without "#": the host's tags, the show, the topics several items share, then names,
     * up to 15. YouTube shows the first three above the title, so those are the show and its two main topics.
     */
    static List<String> hashtags(Subjects s) {
        List<String> all = new ArrayList<>(s.hostTags());
        all.add(s.show());
        all.addAll(s.topicNames(TOPICS_AMONG_HASHTAGS, TOPIC_ITEMS_FOR_HASHTAG));
        all.addAll(s.names());
        List<String> out = new ArrayList<>();
        for (String t : all) {
            if (out.size() >= MAX_HASHTAGS) break;
            String tag = asHashtag(t);
            if (!tag.isEmpty() && tag.length() <= MAX_HASHTAG_CHARS) addIfNew(out, tag);
        }
        return out;
    }

    /**
     * A hashtag ends at the first space or punctuation mark (an "&" too), so only letters and digits are kept,
     * each Latin word after a space capitalised to stay readable: "LLM Surgeon" → "LLMSurgeon", "Chat with RTX"
     * → "ChatWithRTX", "iPhone 16" → "iPhone16", "AT&T" → "ATT" (the company's own handle), "Q&A-Net" → "QANet".
     */
    static String asHashtag(String s) {
        StringBuilder sb = new StringBuilder();
        boolean wordStart = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.appendCodePoint(wordStart && c < 128 ? Character.toUpperCase(c) : c);
                wordStart = false;
            } else {
                wordStart = Character.isWhitespace(c);
            }
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    /** The work an item title names: "SynCLR：只用合成数据学视觉表示" → "SynCLR"; a short title without "：" is the name. */
    static String workName(String title) {
        String t = title == null ? "" : title.strip();
        int colon = t.indexOf('：');
        if (colon < 0) colon = t.indexOf(": ");
        if (colon < 0) {
            // "Unicron:大模型训练故障恢复", as a host types it without switching to a full-width colon (not "https://")
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<=[A-Za-z0-9)]):(?=[^/\\s])").matcher(t);
            if (m.find()) colon = m.start();
        }
        if (colon > 0) return t.substring(0, colon).strip();
        return PlatformLimits.characters(t) <= MAX_TAG_CHARS ? t : "";
    }

    /** The first non-blank line of the rendered title template. */
    static String firstLine(String rendered) {
        for (String line : rendered.split("\n")) if (!line.isBlank()) return line.strip();
        return "";
    }

    private static void addIfNew(List<String> out, String tag) {
        if (tag.isEmpty()) return;
        for (String o : out) if (o.equalsIgnoreCase(tag)) return;
        out.add(tag);
    }

    private static String spanText(Entry e, Transcript t) {
        int from = t.indexOfCue(e.firstCueId()), to = t.indexOfCue(e.lastCueId());
        if (from < 0 || to < from) return "";
        return t.text().substring(t.startOf(from), t.endOf(to));
    }

    private static int count(String text, String name) {
        int n = 0;
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) n++;
        return n;
    }

    private static Candidate candidate(Map<String, Candidate> candidates, String name) {
        return candidates.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new Candidate(name));
    }

    private static final class Candidate {
        final String name;
        int items;
        int mentions;
        boolean confirmed;

        Candidate(String name) {
            this.name = name;
        }

        void add(boolean confirmedHere) {
            items++;
            confirmed |= confirmedHere;
        }

        /** An organization behind several items outranks a work named once; mentions break the rest. */
        int score() {
            return 3 * items + mentions;
        }
    }
}
