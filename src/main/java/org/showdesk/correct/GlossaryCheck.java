package org.showdesk.correct;

import org.showdesk.model.GlossaryTerm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Collects terms as a file is read: merges duplicates and warns about terms that will raise false
 * alarms, whatever the file format.
 */
final class GlossaryCheck {
    private static final int SHORT_LATIN = 3;

    private final String source;
    private final Map<String, GlossaryTerm> byKey = new LinkedHashMap<>();
    private final Map<String, Integer> lineByKey = new LinkedHashMap<>();
    private final List<GlossaryImport.Warning> warnings = new ArrayList<>();

    GlossaryCheck(String source) {
        this.source = source;
    }

    void warn(int line, String message) {
        warnings.add(new GlossaryImport.Warning(source, line, message));
    }

    void add(int line, GlossaryTerm term) {
        String key = term.term().strip().toLowerCase(Locale.ROOT);
        GlossaryTerm earlier = byKey.get(key);
        if (earlier == null) {
            byKey.put(key, term);
            lineByKey.put(key, line);
            return;
        }
        Set<String> variants = new LinkedHashSet<>(earlier.variants());
        variants.addAll(term.variants());
        byKey.put(key, earlier.withVariants(List.copyOf(variants)));
        warn(line, term.term() + " is already on line " + lineByKey.get(key)
                + "; merged the two (misrecognitions combined, the first line's other fields kept)");
    }

    GlossaryImport result() {
        for (Map.Entry<String, GlossaryTerm> e : byKey.entrySet()) warnAboutFalseAlarms(lineByKey.get(e.getKey()), e.getValue());
        return new GlossaryImport(List.copyOf(byKey.values()), warnings);
    }

    private void warnAboutFalseAlarms(int line, GlossaryTerm term) {
        String t = term.term();
        String key = LatinText.key(t);
        if (key != null && LatinText.hasLatinLetter(key)) {
            if (key.length() <= SHORT_LATIN) {
                warn(line, t + " is very short: sound-alike matching skips it, and it may match by accident;"
                        + " list its misrecognitions instead");
            } else if (!t.contains(" ") && CommonEnglish.isCommon(t)) {
                warn(line, t + " is also an ordinary English word: only different spellings of it will be flagged,"
                        + " never the lower-case word");
            }
        } else if (ChineseReadings.isAllHan(t)) {
            if (t.length() == 1) {
                warn(line, t + " is a single character: it sounds like too many others and is matched only exactly");
            } else if (ChineseWords.frequencyWaiting(t) >= ChineseWords.EVERYDAY_FREQUENCY) {
                warn(line, t + " is an everyday word: its homophones will often be false alarms; consider a longer form");
            }
        }
        for (String variant : term.variants()) {
            if (byKey.containsKey(variant.strip().toLowerCase(Locale.ROOT))) {
                warn(line, "misrecognition " + variant + " of " + t + " is itself a glossary term; it will not be flagged");
            }
        }
    }
}
