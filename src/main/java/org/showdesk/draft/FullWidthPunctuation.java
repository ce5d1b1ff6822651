package org.showdesk.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese punctuation for drafted text. ASR leaves half-width commas between Chinese words ("推出Sinclair,不用…");
 * a written summary uses full-width ones (，。：；？！) wherever Chinese is on either side, and leaves English
 * ("Frames, Synthetic Images") and numbers (3.5, 10:30) alone. Commas ASR put between the items of a short
 * list ("文本,图像,音频和视频") become the enumeration comma 、.
 */
final class FullWidthPunctuation {
    private static final Pattern URL = Pattern.compile("(?i)https?://\\S+");
    /** A noun of a list: short, and without the words that make a clause a statement ("速度很快", "效果也好"). */
    private static final Pattern SHORT_ITEM = Pattern.compile(
            "(?![^，]*[很也都是了在能会要就不没把被让更最太])(?:[\\p{IsHan}A-Za-z0-9]{1,4}|[\\p{IsHan}A-Za-z0-9]{1,6}(?:等|和|与|及|或)[\\p{IsHan}A-Za-z0-9]{0,4})");

    private FullWidthPunctuation() {
    }

    static String apply(String text) {
        boolean chineseText = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        StringBuilder out = new StringBuilder();
        Matcher url = URL.matcher(text);
        int at = 0;
        while (url.find()) {
            out.append(convert(text.substring(at, url.start()), chineseText));
            out.append(url.group());
            at = url.end();
        }
        out.append(convert(text.substring(at), chineseText));
        return enumerations(out.toString());
    }

    /** @param chineseText in a Chinese sentence ASR's "MathPile,Tokens" (no space after) is a Chinese comma too */
    private static String convert(String s, boolean chineseText) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char full = fullWidthOf(c);
            if (full == 0) {
                out.append(c);
                continue;
            }
            char before = previousNonSpace(s, i);
            char after = nextNonSpace(s, i);
            boolean numberInside = (c == '.' || c == ':' || c == ',') && Character.isDigit(before) && Character.isDigit(after);
            boolean chinese = isHan(before) || (c != '.' && isHan(after))
                    || (c == ',' && chineseText && i + 1 < s.length() && s.charAt(i + 1) != ' ');
            if (c == '.' && !(isHan(before) && (after == 0 || isHan(after)))) chinese = false; // "3.5", "Inc."
            if ((c == '?' || c == '!') && !isHan(before)) chinese = false;
            if (!chinese || numberInside) {
                out.append(c);
                continue;
            }
            while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') out.setLength(out.length() - 1);
            out.append(full);
            while (i + 1 < s.length() && s.charAt(i + 1) == ' ') i++;
        }
        return out.toString();
    }

    /** "理解文本，图像，音频和视频" → "理解文本、图像、音频和视频": short pieces between commas are a list. */
    private static String enumerations(String text) {
        String[] clauses = text.split("，", -1);
        if (clauses.length < 3) return text;
        List<String> out = new ArrayList<>();
        out.add(clauses[0]);
        for (int i = 1; i < clauses.length; i++) {
            String c = clauses[i];
            boolean item = isItem(c);
            boolean listGoesOn = i + 1 < clauses.length && isItem(clauses[i + 1]);
            boolean previousItem = i >= 2 && isItem(clauses[i - 1]) && out.get(out.size() - 1).equals(clauses[i - 1]);
            if (item && (listGoesOn || previousItem || c.matches(".*(?:等|和|与|及|或).*"))
                    && endsWithHan(out.get(out.size() - 1))) {
                out.set(out.size() - 1, out.get(out.size() - 1) + "、" + c);
            } else {
                out.add(c);
            }
        }
        return String.join("，", out);
    }

    /** A short piece between commas, the last one of a sentence without its full stop. */
    private static boolean isItem(String clause) {
        return SHORT_ITEM.matcher(clause.replaceFirst("[。！？!?]$", "")).matches();
    }

    private static boolean endsWithHan(String s) {
        return !s.isEmpty() && (isHan(s.charAt(s.length() - 1)) || Character.isLetterOrDigit(s.charAt(s.length() - 1)));
    }

    private static char fullWidthOf(char c) {
        return switch (c) {
            case ',' -> '，';
            case ';' -> '；';
            case ':' -> '：';
            case '?' -> '？';
            case '!' -> '！';
            case '.' -> '。';
            default -> 0;
        };
    }

    private static char previousNonSpace(String s, int i) {
        for (int k = i - 1; k >= 0; k--) if (s.charAt(k) != ' ') return s.charAt(k);
        return 0;
    }

    private static char nextNonSpace(String s, int i) {
        for (int k = i + 1; k < s.length(); k++) if (s.charAt(k) != ' ') return s.charAt(k);
        return 0;
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
