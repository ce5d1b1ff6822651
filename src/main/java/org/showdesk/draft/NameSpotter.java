package org.showdesk.draft;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where the names of an episode's sources are said in a text, as they were heard: written the same
 * way, or misheard. This package finds the names written alike ({@link #alike}); the app layer adds what the
 * correction engine hears ("Sinclair" for SynCLR) by combining spotters with {@link #or}.
 */
@FunctionalInterface
public interface NameSpotter {
    /**
     * @param start      where the heard form starts in the text (Java chars)
     * @param heard      the text as said
     * @param name       the name as the sources spell it
     * @param confidence 1 for the same spelling, lower for case or spacing, lower still for a sound-alike
     */
    record Spot(int start, int end, String heard, String name, double confidence) {
        public boolean exact() {
            return heard.equals(name);
        }
    }

    /** The spots in {@code text}, in text order, never overlapping. */
    List<Spot> spot(String text);

    /** {@code text} with each spot at least {@code minConfidence} sure written as the sources spell its name. */
    static String respell(String text, List<Spot> spots, double minConfidence) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Spot s : spots) {
            if (s.start() < at || s.end() > text.length() || s.confidence() < minConfidence) continue;
            out.append(text, at, s.start()).append(s.name());
            at = s.end();
        }
        return out.append(text.substring(at)).toString();
    }

    /** No names at all. */
    static NameSpotter none() {
        return text -> List.of();
    }

    /**
     * The names where they are written alike: the same letters ignoring case, spaces and hyphens between
     * Latin letters or digits ("Dual Pivot Tuning" for Dual-Pivot Tuning, "LoraMOE" for LoRAMoE, "Qwen 2 VL"
     * for Qwen2-VL); a Latin name only as a whole word, so "Sora" is not found in "Open-Sora".
     */
    static NameSpotter alike(Collection<String> names) {
        List<String> sorted = new ArrayList<>(new LinkedHashSet<>(names));
        sorted.removeIf(n -> n.strip().length() < 2);
        sorted.sort(Comparator.comparingInt(String::length).reversed()); // longest first wins an overlap
        List<Pattern> patterns = sorted.stream().map(NameSpotter::alikePattern).toList();
        return text -> {
            TreeMap<Integer, Spot> chosen = new TreeMap<>();
            for (int k = 0; k < sorted.size(); k++) {
                Matcher m = patterns.get(k).matcher(text);
                while (m.find()) {
                    String heard = m.group();
                    double confidence = heard.equals(sorted.get(k)) ? 1.0 : 0.9;
                    Spots.put(chosen, new Spot(m.start(), m.end(), heard, sorted.get(k), confidence));
                }
            }
            return List.copyOf(chosen.values());
        };
    }

    /** This spotter's spots, then {@code other}'s where they do not overlap one of these. */
    default NameSpotter or(NameSpotter other) {
        return text -> {
            TreeMap<Integer, Spot> chosen = new TreeMap<>();
            for (Spot s : spot(text)) Spots.put(chosen, s);
            for (Spot s : other.spot(text)) Spots.put(chosen, s);
            return List.copyOf(chosen.values());
        };
    }

    private static Pattern alikePattern(String name) {
        StringBuilder regex = new StringBuilder();
        String n = name.strip();
        boolean latinStart = isLatin(n.charAt(0));
        if (latinStart) regex.append("(?<![A-Za-z0-9\\-])"); // "Sora" is not the Sora of "Open-Sora"
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == ' ' || c == '-') {
                regex.append("[\\s\\-]?");
                continue;
            }
            regex.append(Pattern.quote(String.valueOf(c)));
            if (i + 1 < n.length() && isLatin(c) && isLatin(n.charAt(i + 1))) regex.append("[\\s\\-]?");
        }
        if (isLatin(n.charAt(n.length() - 1))) regex.append("(?![A-Za-z0-9]|-[A-Za-z0-9])");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static boolean isLatin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** Keeps spots apart: the first one put at a place stays. */
    final class Spots {
        private Spots() {
        }

        static void put(TreeMap<Integer, Spot> chosen, Spot s) {
            var before = chosen.floorEntry(s.start());
            if (before != null && before.getValue().end() > s.start()) return;
            var after = chosen.ceilingEntry(s.start());
            if (after != null && after.getKey() < s.end()) return;
            chosen.put(s.start(), s);
        }
    }
}
