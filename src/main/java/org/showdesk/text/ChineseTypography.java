package org.showdesk.text;

import org.showdesk.model.LatinSpacing;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese typography as published text needs it, the way ASR and quick typing get it wrong: half-width
 * punctuation inside Chinese sentences ("推出X,可以…"), "..." for an ellipsis, and the gap between Chinese and
 * Latin words, which a show either always has or never has ({@link LatinSpacing}).
 *
 * <p>It only lists fixes ({@link #problems}); {@link #apply} makes them. Web addresses, e-mail addresses, code
 * in backticks and the names it is given are never touched, and Latin text keeps its own punctuation: a
 * comma between two English words stays a comma.
 */
public final class ChineseTypography {
    private static final String STOP = "\\s\\p{IsHan}，。；：！？、（）【】《》「」“”";
    private static final Pattern UNTOUCHABLE = Pattern.compile(
            "(?i)(?:https?://|www\\.|(?:mailto|tel|ftp|file|data|javascript|magnet):)[^" + STOP + "]*[^" + STOP + ",.;:!?)]"
                    + "|`[^`\\n]*`"
                    + "|[a-z0-9._%+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)+"
                    + "|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|org|net|io|ai|cn|dev|edu|gov|co|me|app|tv|info)\\b(?:/[^" + STOP + "]*)?");
    /** Punctuation that is Chinese in itself: the text beside it is Chinese context, and it wants no spaces. */
    private static final String FULL_WIDTH = "，。、；：！？（）【】《》「」『』“”‘’…—～";
    private static final String CLOSING = "）】》」』”’";
    /** A name can only be hurt by typography if it holds punctuation, spaces or Chinese next to Latin. */
    private static final Pattern AT_RISK = Pattern.compile("[\\s,.:;!?()\\[\\]\"…]|\\p{IsHan}[A-Za-z0-9]|[A-Za-z0-9]\\p{IsHan}");

    private final LatinSpacing spacing;
    private final List<String> names;

    /**
     * @param protectedNames names to leave exactly as spelled (glossary terms, the show's name), e.g.
     *                       "AI大模型周报" keeps its missing space whatever the style says
     */
    public ChineseTypography(LatinSpacing spacing, Collection<String> protectedNames) {
        this.spacing = spacing;
        this.names = protectedNames.stream().filter(n -> n != null && !n.isBlank() && AT_RISK.matcher(n).find())
                .distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    public ChineseTypography(LatinSpacing spacing) {
        this(spacing, List.of());
    }

    /** The text with every fix made. */
    public String fix(String text) {
        return apply(text, problems(text));
    }

    /** The fixes the text needs, in order, not overlapping. */
    public List<TypographyFix> problems(String text) {
        return new Scan(text, protectedSpans(text)).run();
    }

    /**
     * Makes {@code fixes} (as {@link #problems} returns them, or a subset) in {@code text}.
     *
     * @throws IllegalArgumentException when two fixes overlap or one lies outside the text
     */
    public static String apply(String text, List<TypographyFix> fixes) {
        List<TypographyFix> sorted = new ArrayList<>(fixes);
        sorted.sort(Comparator.comparingInt(TypographyFix::start).thenComparingInt(TypographyFix::end));
        StringBuilder sb = new StringBuilder(text.length() + 16);
        int at = 0;
        for (TypographyFix f : sorted) {
            if (f.start() < at || f.end() > text.length()) {
                throw new IllegalArgumentException("fix " + f + " overlaps another or lies outside the text");
            }
            sb.append(text, at, f.start()).append(f.replacement());
            at = f.end();
        }
        return sb.append(text, at, text.length()).toString();
    }

    /** For each char, the number of the protected span holding it (1, 2, …), or 0. */
    private int[] protectedSpans(String text) {
        int[] span = new int[text.length()];
        int id = 0;
        Matcher m = UNTOUCHABLE.matcher(text);
        while (m.find()) mark(span, m.start(), m.end(), ++id);
        for (String name : names) {
            for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
                if (isFree(span, i, i + name.length())) mark(span, i, i + name.length(), ++id);
            }
        }
        return span;
    }

    private static boolean isFree(int[] span, int from, int to) {
        for (int k = from; k < to; k++) if (span[k] != 0) return false;
        return true;
    }

    private static void mark(int[] span, int from, int to, int id) {
        for (int k = from; k < to; k++) if (span[k] == 0) span[k] = id;
    }

    /** One pass over one text. */
    /** A decision to replace {@code length} chars at a position with a full-width form. */
    private record Mark(int length, String replacement, String reason, boolean takesSpaces) {
    }

    /**
     * One pass over one text. Marks are decided first, over and over until nothing changes, on a view of
     * the text in which every decided mark already reads as its full-width form: "中,," decides both commas,
     * so fixing the result again finds nothing more. Then the fixes are written out.
     */
    private final class Scan {
        private final String t;
        private final int[] span;
        private final char[] view;
        private final Map<Integer, Mark> marks = new TreeMap<>();
        private final Set<Integer> skipped = new HashSet<>();
        private final List<int[]> brackets = new ArrayList<>();
        private final List<int[]> quotes = new ArrayList<>();
        private final List<TypographyFix> out = new ArrayList<>();

        Scan(String text, int[] span) {
            this.t = text;
            this.span = span;
            this.view = text.toCharArray();
        }

        List<TypographyFix> run() {
            findPairs();
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int i = 0; i < t.length(); i++) {
                    if (span[i] == 0 && !marks.containsKey(i) && !skipped.contains(i)) changed |= decide(i);
                }
                for (int[] p : brackets) changed |= decideBrackets(p);
                for (int[] q : quotes) changed |= decideQuotes(q);
            }
            int covered = 0;
            for (int i = 0; i < t.length(); i++) {
                if (i > 0) spacingBefore(i);
                if (i < covered || span[i] != 0) continue;
                Mark m = marks.get(i);
                if (m != null) {
                    covered = emit(i, m, covered);
                } else if (FULL_WIDTH.indexOf(t.charAt(i)) >= 0) {
                    covered = Math.max(covered, spacesBesideFullWidth(i, covered));
                }
            }
            out.sort(Comparator.comparingInt(TypographyFix::start).thenComparingInt(TypographyFix::end));
            List<TypographyFix> kept = new ArrayList<>();
            for (TypographyFix f : out) {
                TypographyFix last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
                boolean overlaps = last != null && (f.start() < last.end()
                        || (f.start() == last.start() && f.end() == last.end()));
                if (!overlaps) kept.add(f);
            }
            return kept;
        }

        private boolean decide(int i) {
            char c = t.charAt(i);
            switch (c) {
                case ',' -> {
                    if (isDigit(at(i - 1)) && isDigit(at(i + 1))) return false; // 1,000
                    // English puts a space after a comma; "MathPile,Tokens达到…" is ASR writing a Chinese sentence.
                    boolean unspacedInChinese = isLatinLetter(at(i - 1)) && isLatinLetter(at(i + 1)) && lineHasHan(i);
                    return (chinese(prev(i)) || chinese(next(i)) || unspacedInChinese) && mark(i, 1, "，", true);
                }
                case ';' -> {
                    return (chinese(prev(i)) || chinese(next(i))) && mark(i, 1, "；", true);
                }
                case ':' -> {
                    // "LoRAMoE:LoRA专家…": a title's "Name:" with no space after it, in a Chinese line.
                    boolean unspacedInChinese = isLatinLetter(at(i - 1)) && isLatinLetter(at(i + 1)) && lineHasHan(i);
                    return (chinese(prev(i)) || (chinese(next(i)) && !isDigit(prev(i))) || unspacedInChinese)
                            && mark(i, 1, "：", true);
                }
                case '!', '?' -> {
                    // "Yahoo!推出…": after a Latin word the mark may be part of a name.
                    boolean chineseContext = chinese(prev(i)) || (chinese(next(i)) && !isLatinLetter(prev(i)));
                    return chineseContext && mark(i, 1, c == '!' ? "！" : "？", true);
                }
                case '.' -> {
                    return period(i);
                }
                case '…' -> {
                    boolean alone = prev(i) != '…' && next(i) != '…';
                    return alone && isHan(prev(i)) && mark(i, 1, "……", true);
                }
                default -> {
                    return false;
                }
            }
        }

        private boolean period(int i) {
            int run = 1;
            while (i + run < t.length() && t.charAt(i + run) == '.' && span[i + run] == 0) run++;
            if (run >= 3) {
                for (int k = 1; k < run; k++) skipped.add(i + k);
                return (chinese(prev(i)) || chinese(next(i + run - 1))) && mark(i, run, "……", true);
            }
            if (run != 1 || at(i - 1) == '.') return false;
            char before = prev(i), after = at(i + 1);
            boolean ends = after == 0 || Character.isWhitespace(after) || chinese(after) || after == '"';
            return (isHan(before) || CLOSING.indexOf(before) >= 0) && ends && mark(i, 1, "。", true);
        }

        private boolean mark(int i, int length, String replacement, boolean takesSpaces) {
            String reason = replacement.equals("……") ? "…… is the Chinese ellipsis"
                    : "full-width " + replacement + " in Chinese text";
            marks.put(i, new Mark(length, replacement, reason, takesSpaces));
            for (int k = i; k < i + length; k++) view[k] = replacement.charAt(0);
            return true;
        }

        /** Matching () and [] on one line, and "…" quotes paired in order. */
        private void findPairs() {
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (span[i] != 0) continue;
                if (c == '(' || c == '[') {
                    char close = c == '(' ? ')' : ']';
                    int depth = 0;
                    for (int k = i; k < t.length() && t.charAt(k) != '\n'; k++) {
                        if (span[k] != 0) continue;
                        if (t.charAt(k) == c) depth++;
                        if (t.charAt(k) == close && --depth == 0) {
                            brackets.add(new int[]{i, k});
                            break;
                        }
                    }
                } else if (c == '"' && !skipped.contains(i)) {
                    int j = i + 1;
                    while (j < t.length() && t.charAt(j) != '"' && t.charAt(j) != '\n') j++;
                    if (j < t.length() && t.charAt(j) == '"' && span[j] == 0) {
                        quotes.add(new int[]{i, j});
                        skipped.add(j);
                    }
                }
            }
            skipped.clear();
        }

        private boolean decideBrackets(int[] p) {
            int open = p[0], close = p[1];
            if (marks.containsKey(open)) return false;
            boolean round = t.charAt(open) == '(';
            boolean chineseAround = round && (chinese(prev(open)) || chinese(next(close)));
            if (!containsHan(open + 1, close) && !chineseAround) return false;
            String reason = "full-width brackets in Chinese text";
            marks.put(open, new Mark(1, round ? "（" : "【", reason, true));
            marks.put(close, new Mark(1, round ? "）" : "】", reason, true));
            view[open] = round ? '（' : '【';
            view[close] = round ? '）' : '】';
            return true;
        }

        private boolean decideQuotes(int[] q) {
            if (marks.containsKey(q[0]) || !containsHan(q[0] + 1, q[1])) return false;
            String reason = "Chinese quotation marks around Chinese text";
            marks.put(q[0], new Mark(1, "“", reason, true));
            marks.put(q[1], new Mark(1, "”", reason, true));
            view[q[0]] = '“';
            view[q[1]] = '”';
            return true;
        }

        /** Writes one decided mark; a full-width mark takes the spaces beside it, which it no longer needs. */
        private int emit(int i, Mark m, int covered) {
            int s = i, e = i + m.length();
            if (m.takesSpaces()) {
                while (s > covered && isSpace(t.charAt(s - 1)) && span[s - 1] == 0 && !indentation(s - 1)) s--;
                while (e < t.length() && isSpace(t.charAt(e)) && span[e] == 0 && !lineEndAfter(e)) e++;
            }
            add(s, e, m.replacement(), m.reason());
            return e;
        }

        /** Full-width marks carry their own spacing; spaces beside them (not indentation, not line ends) go. */
        private int spacesBesideFullWidth(int i, int covered) {
            String reason = "no space beside full-width punctuation";
            if (i > covered && isSpace(t.charAt(i - 1)) && !indentation(i - 1)) {
                int s = i;
                while (s > covered && isSpace(t.charAt(s - 1)) && span[s - 1] == 0) s--;
                add(s, i, "", reason);
            }
            int e = i + 1;
            while (e < t.length() && isSpace(t.charAt(e)) && span[e] == 0 && !lineEndAfter(e)) e++;
            if (e > i + 1) add(i + 1, e, "", reason);
            return e;
        }

        private boolean indentation(int k) {
            int j = k;
            while (j >= 0 && isSpace(t.charAt(j))) j--;
            return j < 0 || t.charAt(j) == '\n';
        }

        private boolean lineEndAfter(int k) {
            int j = k;
            while (j < t.length() && isSpace(t.charAt(j))) j++;
            return j == t.length() || t.charAt(j) == '\n';
        }

        /** The gap between char i-1 and char i, by the show's style. */
        private void spacingBefore(int i) {
            if (spacing == LatinSpacing.KEEP) return;
            if (span[i - 1] != 0 && span[i - 1] == span[i]) return;
            if (spacing == LatinSpacing.SPACE) {
                if ((isHan(t.charAt(i - 1)) && startsLatinWord(i)) || (endsLatinWord(i - 1) && isHan(t.charAt(i)))) {
                    add(i, i, " ", "a space between Chinese and Latin text (the show's style)");
                }
                return;
            }
            // NO_SPACE: at the first char after a run of spaces, look at what the run separates.
            if (isSpace(t.charAt(i)) || !isSpace(t.charAt(i - 1))) return;
            int s = i - 1;
            while (s > 0 && isSpace(t.charAt(s - 1))) s--;
            if (s == 0 || !isFree(span, s, i)) return;
            if ((isHan(t.charAt(s - 1)) && startsLatinWord(i)) || (endsLatinWord(s - 1) && isHan(t.charAt(i)))) {
                add(s, i, "", "no space between Chinese and Latin text (the show's style)");
            }
        }

        private boolean startsLatinWord(int i) {
            if (!isLatinAlnum(t.charAt(i))) return false;
            for (int k = i; k < t.length(); k++) {
                char c = t.charAt(k);
                if (isLatinLetter(c)) return true;
                if (!isLatinAlnum(c) && !(isConnector(c) && k + 1 < t.length() && isLatinAlnum(t.charAt(k + 1)))) return false;
            }
            return false;
        }

        private boolean endsLatinWord(int i) {
            char last = t.charAt(i);
            if (!isLatinAlnum(last) && last != '+' && last != '#') return false;
            for (int k = i; k >= 0; k--) {
                char c = t.charAt(k);
                if (isLatinLetter(c)) return true;
                if (!isLatinAlnum(c) && c != '+' && c != '#' && !(isConnector(c) && k > 0 && isLatinAlnum(t.charAt(k - 1)))) {
                    return false;
                }
            }
            return false;
        }

        private boolean lineHasHan(int i) {
            int from = t.lastIndexOf('\n', i) + 1, to = t.indexOf('\n', i);
            return containsHan(from, to < 0 ? t.length() : to);
        }

        private boolean containsHan(int from, int to) {
            for (int k = from; k < to; k++) if (isHan(t.charAt(k))) return true;
            return false;
        }

        /** The nearest char before i on the same line that is not a space, as decided so far; 0 at a line start. */
        private char prev(int i) {
            for (int k = i - 1; k >= 0; k--) {
                char c = view[k];
                if (c == '\n') return 0;
                if (!isSpace(c)) return c;
            }
            return 0;
        }

        private char next(int i) {
            for (int k = i + 1; k < view.length; k++) {
                char c = view[k];
                if (c == '\n') return 0;
                if (!isSpace(c)) return c;
            }
            return 0;
        }

        private char at(int i) {
            return i >= 0 && i < view.length ? view[i] : 0;
        }

        private void add(int from, int to, String replacement, String reason) {
            if (!isFree(span, from, to)) return;
            if (t.substring(from, to).equals(replacement)) return;
            out.add(new TypographyFix(from, to, replacement, reason));
        }
    }


    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean chinese(char c) {
        return c != 0 && (isHan(c) || FULL_WIDTH.indexOf(c) >= 0);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isLatinAlnum(char c) {
        return isLatinLetter(c) || isDigit(c);
    }

    private static boolean isConnector(char c) {
        return c == '-' || c == '_' || c == '.' || c == '+' || c == '\'' || c == '/' || c == '&';
    }
}
