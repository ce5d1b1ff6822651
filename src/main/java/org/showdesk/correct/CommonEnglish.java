package org.showdesk.correct;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Ordinary English words ("clip", "laser", "chrome"). A transcript word that is one of these is
 * taken at face value by the sound-alike detectors: ASR spells real words correctly, it mangles names.
 */
final class CommonEnglish {
    private static final Set<String> WORDS = load();

    private CommonEnglish() {
    }

    /** The word or its stem without a plural or verb ending (images, layers, trained, clipping, tuning for tune). */
    static boolean isCommon(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (WORDS.contains(w)) return true;
        for (String ending : new String[]{"s", "es", "ed", "d", "ing"}) {
            if (w.length() > ending.length() + 2 && w.endsWith(ending)
                    && WORDS.contains(w.substring(0, w.length() - ending.length()))) {
                return true;
            }
            // tune → tuning, prune → pruned: the silent e goes before -ing and -ed
            if ((ending.equals("ing") || ending.equals("ed")) && w.length() > ending.length() + 2 && w.endsWith(ending)
                    && WORDS.contains(w.substring(0, w.length() - ending.length()) + "e")) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = CommonEnglish.class.getResourceAsStream("common-english-words.txt")) {
            if (in == null) throw new IllegalStateException("common-english-words.txt is missing from the build");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#")) continue;
                for (String w : line.trim().split("\\s+")) {
                    if (!w.isEmpty()) words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
