package org.showdesk.ui.transcript;

import org.showdesk.model.ShowdeskException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Find and replace over the transcript text, literal or regular expression ($1 groups in the replacement). */
public final class TextSearch {
    /** One match and what it becomes. */
    public record Match(int start, int end, String replacement) {
    }

    private final Pattern pattern;
    private final String replacement;

    private TextSearch(Pattern pattern, String replacement) {
        this.pattern = pattern;
        this.replacement = replacement;
    }

    /** @throws ShowdeskException when {@code regex} is set and the pattern or replacement is not valid */
    public static TextSearch of(String find, String replace, boolean regex, boolean matchCase) {
        int flags = (matchCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE) | (regex ? 0 : Pattern.LITERAL);
        try {
            Pattern p = Pattern.compile(find, flags);
            String r = regex ? replace : Matcher.quoteReplacement(replace);
            if (regex) p.matcher("").replaceAll(r.replaceAll("\\$\\d+", "")); // a lone "\" fails here, not half-way
            return new TextSearch(p, r);
        } catch (PatternSyntaxException e) {
            throw new ShowdeskException("Not a valid regular expression: " + e.getDescription() + " (at position "
                    + e.getIndex() + "). Untick \"Regex\" to search for the text as typed.");
        } catch (IllegalArgumentException e) {
            throw new ShowdeskException("The replacement is not valid: " + e.getMessage()
                    + ". Write \\$ for a dollar sign and $1 for the first group.");
        }
    }

    /** Every non-empty match in {@code text}, in order, each with its replacement worked out. */
    public List<Match> matches(String text) {
        List<Match> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        StringBuilder sb = new StringBuilder();
        int appendedUpTo = 0;
        while (m.find()) {
            if (m.end() == m.start()) continue;
            int before = sb.length();
            try {
                m.appendReplacement(sb, replacement);
            } catch (IndexOutOfBoundsException e) {
                throw new ShowdeskException("The replacement refers to a group the pattern does not have: "
                        + e.getMessage());
            }
            String replaced = sb.substring(before + (m.start() - appendedUpTo));
            appendedUpTo = m.end();
            out.add(new Match(m.start(), m.end(), replaced));
        }
        return out;
    }

    /** The first match starting at or after {@code from}, wrapping round. */
    public java.util.Optional<Match> next(String text, int from) {
        List<Match> all = matches(text);
        return all.stream().filter(x -> x.start() >= from).findFirst().or(() -> all.stream().findFirst());
    }

    /** The last match starting before {@code before}, wrapping round. */
    public java.util.Optional<Match> previous(String text, int before) {
        List<Match> all = matches(text);
        for (int i = all.size() - 1; i >= 0; i--) if (all.get(i).start() < before) return java.util.Optional.of(all.get(i));
        return all.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(all.get(all.size() - 1));
    }
}
