package org.showdesk.draft;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The topics an episode covers, read from its news items with the word list in resources/templates/topics.txt
 * (e.g. 多模态, 3D生成, AI智能体). Hashtags are chosen from them, not from whichever organization or work
 * happens to come first.
 */
final class EpisodeTopics {
    /** A topic and its words, lower-cased; a short Latin word only counts as a whole word (RAG is not in DRAGON). */
    record Topic(String hashtag, List<String> words) {
        boolean isIn(String lowerCaseText) {
            for (String w : words) {
                boolean whole = w.length() <= 3 && w.chars().allMatch(c -> c < 128);
                for (int at = lowerCaseText.indexOf(w); at >= 0; at = lowerCaseText.indexOf(w, at + 1)) {
                    if (!whole || (!latinLetterAt(lowerCaseText, at - 1) && !latinLetterAt(lowerCaseText, at + w.length()))) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static boolean latinLetterAt(String s, int i) {
            return i >= 0 && i < s.length() && s.charAt(i) >= 'a' && s.charAt(i) <= 'z';
        }
    }

    /** A topic and how many news items are about it. */
    record Covered(String hashtag, int items) {
    }

    private static final List<Topic> DEFAULT = read("/templates/topics.txt");

    private EpisodeTopics() {
    }

    /** The topics at least one of {@code itemTexts} is about, the most covered first (ties: the list's order). */
    static List<Covered> covered(List<String> itemTexts) {
        return covered(DEFAULT, itemTexts);
    }

    static List<Covered> covered(List<Topic> topics, List<String> itemTexts) {
        List<String> lower = itemTexts.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        List<Covered> out = new ArrayList<>();
        for (Topic t : topics) {
            int n = 0;
            for (String text : lower) if (t.isIn(text)) n++;
            if (n > 0) out.add(new Covered(t.hashtag(), n));
        }
        out.sort(Comparator.comparingInt(Covered::items).reversed()); // stable: ties keep the list's order
        return out;
    }

    static List<Topic> parse(String text) {
        List<Topic> topics = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.split("\t", 2);
            if (parts.length < 2) continue;
            List<String> words = new ArrayList<>();
            for (String w : parts[1].split("\\|")) if (!w.isBlank()) words.add(w.strip().toLowerCase(Locale.ROOT));
            topics.add(new Topic(parts[0].strip(), List.copyOf(words)));
        }
        return List.copyOf(topics);
    }

    private static List<Topic> read(String path) {
        try (InputStream in = EpisodeTopics.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("topic list missing from the build: " + path);
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
