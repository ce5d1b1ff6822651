package org.showdesk.correct;

import org.showdesk.model.GlossaryTerm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A trie whose edges are syllables (or fuzzy syllable keys), so one walk over a text tries every term at once. */
final class SyllableTrie {
    /** A term reachable at a node, with the reading that led there (for the reason shown to the host). */
    record Entry(GlossaryTerm term, List<String> reading) {
    }

    static final class Node {
        private final Map<String, Node> children = new HashMap<>(4);
        private final List<Entry> entries = new ArrayList<>(1);
        private int longestBelow;

        /** Syllable count of the longest term reachable through this node. */
        int longestBelow() {
            return longestBelow;
        }

        Node child(String key) {
            return children.get(key);
        }

        Iterable<Map.Entry<String, Node>> children() {
            return children.entrySet();
        }

        List<Entry> entries() {
            return entries;
        }
    }

    private final Node root = new Node();
    private int maxDepth;

    void add(List<String> keys, Entry entry) {
        Node node = root;
        root.longestBelow = Math.max(root.longestBelow, keys.size());
        for (String key : keys) {
            node = node.children.computeIfAbsent(key, k -> new Node());
            node.longestBelow = Math.max(node.longestBelow, keys.size());
        }
        for (Entry e : node.entries) if (e.term().equals(entry.term())) return;
        node.entries.add(entry);
        maxDepth = Math.max(maxDepth, keys.size());
    }

    Node root() {
        return root;
    }

    int maxDepth() {
        return maxDepth;
    }
}
