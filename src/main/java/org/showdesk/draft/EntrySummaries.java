package org.showdesk.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The summary a host publishes for an item: one or two whole sentences, at most {@value #MAX} characters, in
 * Chinese punctuation. It is the item's first real sentence — the one that says who made what — when that fits;
 * a longer one loses, in this order, the English glosses ASR heard ("，Mixer of Experts"), asides in brackets,
 * lists of examples and then its last clauses, and always ends as a sentence ends. A short first sentence is
 * followed by the next one when both fit, unless that one only explains a word ("Clip就是…").
 */
final class EntrySummaries {
    static final int MAX = 100;
    private static final int SHORT = 45;
    private static final Pattern LATIN_GLOSS = Pattern.compile("^(?:也就是|即|英文(?:叫|是)?)?\\s*[A-Za-z][A-Za-z0-9 \\-']*$");
    private static final Pattern BRACKETS = Pattern.compile("（[^（）]{0,40}）|\\([^()]{0,40}\\)");
    private static final Pattern EXAMPLES = Pattern.compile("(?:比如|例如|包括)[^，。；]{2,40}?等等?");
    private static final Pattern EXPLAINS = Pattern.compile("^[A-Za-z0-9\\- ]{1,40}(?:就是|是指|指的是|全称|代表)|^(?:也就是|即)");
    private static final String ENDS = "。！？!?";

    private EntrySummaries() {
    }

    /**
     * @param sentences the item's sentences from its first real one on, names already spelled as the sources do
     * @param name      the work's name, which a shortened sentence keeps
     */
    static String of(List<String> sentences, String name) {
        if (sentences.isEmpty()) return "";
        String first = whole(sentences.get(0), name);
        if (first.length() < SHORT && sentences.size() > 1) {
            String next = FullWidthPunctuation.apply(sentences.get(1).strip());
            boolean explains = EXPLAINS.matcher(next).find() || EntryTitles.hanCount(next) < 4;
            if (!explains && endsSentence(next) && first.length() + next.length() <= MAX) return first + next;
        }
        return first;
    }

    /** One sentence in Chinese punctuation, shortened to {@value #MAX} characters at clause boundaries. */
    static String whole(String sentence, String name) {
        String s = FullWidthPunctuation.apply(sentence.strip());
        if (s.isEmpty()) return s;
        if (!endsSentence(s)) s = s + (FullWidthPunctuation.isHan(s.charAt(s.length() - 1)) ? "。" : ".");
        if (s.length() <= MAX) return s;
        char end = s.charAt(s.length() - 1);
        List<String> clauses = new ArrayList<>(List.of(s.substring(0, s.length() - 1).split("，")));
        clauses.removeIf(c -> clauses.indexOf(c) > 0 && LATIN_GLOSS.matcher(c.strip()).matches() && !c.contains(name));
        String joined = String.join("，", clauses);
        if (joined.length() + 1 > MAX) joined = BRACKETS.matcher(joined).replaceAll("");
        if (joined.length() + 1 > MAX) joined = EXAMPLES.matcher(joined).replaceAll("");
        List<String> kept = new ArrayList<>(List.of(joined.split("，")));
        while (kept.size() > 1 && String.join("，", kept).length() + 1 > MAX) kept.remove(kept.size() - 1);
        String out = String.join("，", kept).replaceAll("[，、；：]+$", "");
        if (out.length() + 1 > MAX) out = cutAtPause(out);
        return out + (ENDS.indexOf(end) >= 0 ? end : '。');
    }

    /** A single clause too long for a summary: cut after the last 、 or 的-phrase that fits, never inside a word. */
    private static String cutAtPause(String clause) {
        Matcher pause = Pattern.compile("[、；]").matcher(clause);
        int cut = -1;
        while (pause.find() && pause.start() < MAX - 1) cut = pause.start();
        return cut > MAX / 2 ? clause.substring(0, cut) : clause.substring(0, MAX - 1);
    }

    private static boolean endsSentence(String s) {
        return !s.isEmpty() && ENDS.indexOf(s.charAt(s.length() - 1)) >= 0;
    }
}
