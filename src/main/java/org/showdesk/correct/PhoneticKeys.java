package org.showdesk.correct;

import org.apache.commons.codec.language.DoubleMetaphone;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Buckets of Latin terms by Double Metaphone code, plus every code with one letter deleted, so a
 * lookup finds terms whose code is equal or one edit away (ANKRM for "UniChrome" meets ANKRN for
 * Unicron through ANKR) without comparing against every term.
 *
 * @param <T> what a bucket holds
 */
final class PhoneticKeys<T> {
    private static final int MAX_CODE_LENGTH = 8;

    private final Map<String, List<T>> buckets = new HashMap<>();

    static String[] codes(String letters) {
        DoubleMetaphone metaphone = new DoubleMetaphone();
        metaphone.setMaxCodeLen(MAX_CODE_LENGTH);
        String primary = metaphone.doubleMetaphone(letters);
        String alternate = metaphone.doubleMetaphone(letters, true);
        if (primary == null || primary.isEmpty()) return new String[0];
        return primary.equals(alternate) || alternate == null || alternate.isEmpty()
                ? new String[]{primary} : new String[]{primary, alternate};
    }

    void add(String code, T value, boolean withDeletions) {
        for (String key : withDeletions ? neighbourhood(code) : Set.of(code)) {
            List<T> bucket = buckets.computeIfAbsent(key, k -> new ArrayList<>(1));
            if (!bucket.contains(value)) bucket.add(value);
        }
    }

    /** Values whose code (or a one-deletion form of it) meets {@code code} or one of its deletions. */
    Set<T> near(String code, boolean withDeletions) {
        Set<T> found = new LinkedHashSet<>();
        for (String key : withDeletions ? neighbourhood(code) : Set.of(code)) {
            List<T> bucket = buckets.get(key);
            if (bucket != null) found.addAll(bucket);
        }
        return found;
    }

    private static Set<String> neighbourhood(String code) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(code);
        if (code.length() >= 3) {
            for (int i = 0; i < code.length(); i++) keys.add(code.substring(0, i) + code.substring(i + 1));
        }
        return keys;
    }
}
