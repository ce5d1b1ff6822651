package org.showdesk.draft;

import org.showdesk.model.Cue;
import org.showdesk.model.Entry;
import org.showdesk.model.Transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * The corrected transcript as plain text in paragraphs: one per entry, so the text reads like the rundown;
 * without entries, sentences grouped into paragraphs of a readable length. Cues outside every entry make
 * paragraphs of their own, so no word is lost.
 */
final class TranscriptParagraphs {
    /** A paragraph of sentences ends at the first sentence end past this many characters. */
    static final int SENTENCE_GROUP_CHARS = 150;

    private TranscriptParagraphs() {
    }

    static String txt(Transcript transcript, List<Entry> entries) {
        List<String> paragraphs = new ArrayList<>();
        int next = 0;
        for (Entry e : entries) {
            int from = transcript.indexOfCue(e.firstCueId()), to = transcript.indexOfCue(e.lastCueId());
            if (from < next || to < from) continue; // overlapping or unknown spans: their cues fall to the groups
            if (from > next) paragraphs.addAll(sentenceGroups(transcript.cues().subList(next, from)));
            add(paragraphs, join(transcript.cues().subList(from, to + 1)));
            next = to + 1;
        }
        paragraphs.addAll(sentenceGroups(transcript.cues().subList(next, transcript.size())));
        return paragraphs.isEmpty() ? "" : String.join("\n\n", paragraphs) + "\n";
    }

    private static List<String> sentenceGroups(List<Cue> cues) {
        List<String> out = new ArrayList<>();
        List<Cue> group = new ArrayList<>();
        int chars = 0;
        for (Cue c : cues) {
            group.add(c);
            chars += c.displayText().length();
            if (chars >= SENTENCE_GROUP_CHARS && endsSentence(c.displayText())) {
                add(out, join(group));
                group.clear();
                chars = 0;
            }
        }
        add(out, join(group));
        return out;
    }

    private static boolean endsSentence(String text) {
        String t = text.strip();
        if (t.isEmpty()) return false;
        char last = t.charAt(t.length() - 1);
        return "。！？!?….”」".indexOf(last) >= 0;
    }

    /** Cue texts joined into one line: a space only between two Latin words, as a sentence would be written. */
    private static String join(List<Cue> cues) {
        StringBuilder sb = new StringBuilder();
        for (Cue c : cues) {
            for (String line : c.displayText().split("\n")) {
                String t = line.strip();
                if (t.isEmpty()) continue;
                if (sb.length() > 0 && isLatin(sb.charAt(sb.length() - 1)) && isLatin(t.charAt(0))) sb.append(' ');
                sb.append(t);
            }
        }
        return sb.toString();
    }

    private static boolean isLatin(char c) {
        return c < 128 && !Character.isWhitespace(c) || Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    private static void add(List<String> paragraphs, String text) {
        if (!text.isBlank()) paragraphs.add(text);
    }
}
