package org.showdesk.correct;

import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Aho–Corasick over many fixed strings at once. Latin-edged keywords only match as whole words, so
 * "Lama" is not found inside "Lamarck"; Chinese ones match anywhere.
 *
 * @param <T> what each keyword stands for
 */
final class ExactMatcher<T> {
    record Hit<T>(int start, int end, String keyword, List<T> payloads) {
    }

    private final PayloadTrie<List<T>> trie;
    private final boolean ignoreCase;

    private ExactMatcher(Map<String, List<T>> keywords, boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
        PayloadTrie.PayloadTrieBuilder<List<T>> builder = PayloadTrie.builder();
        if (ignoreCase) builder.ignoreCase();
        keywords.forEach(builder::addKeyword);
        this.trie = builder.build();
    }

    static <T> ExactMatcher<T> build(Map<String, List<T>> keywords, boolean ignoreCase) {
        return new ExactMatcher<>(keywords, ignoreCase);
    }

    static <T> void put(Map<String, List<T>> keywords, String keyword, T payload, boolean ignoreCase) {
        String k = ignoreCase ? keyword.toLowerCase(java.util.Locale.ROOT) : keyword;
        keywords.computeIfAbsent(k, x -> new ArrayList<>(1)).add(payload);
    }

    static <T> Map<String, List<T>> newKeywordMap() {
        return new LinkedHashMap<>();
    }

    void forEachHit(String text, Consumer<Hit<T>> consumer) {
        Collection<PayloadEmit<List<T>>> emits = trie.parseText(text);
        for (PayloadEmit<List<T>> emit : emits) {
            int start = emit.getStart();
            int end = emit.getEnd() + 1;
            if (!LatinText.isWholeWord(text, start, end)) continue;
            consumer.accept(new Hit<>(start, end, emit.getKeyword(), emit.getPayload()));
        }
    }

    boolean ignoresCase() {
        return ignoreCase;
    }
}
