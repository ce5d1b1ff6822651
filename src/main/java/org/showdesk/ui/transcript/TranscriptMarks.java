package org.showdesk.ui.transcript;

import org.showdesk.model.Correction;
import org.showdesk.model.Entry;
import org.showdesk.model.Finding;
import org.showdesk.model.Transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * What is marked on an episode's text, located in text offsets: the applied corrections that still
 * stand, the entries' spans and the open findings. Built off the JavaFX thread from one consistent
 * read of the store.
 */
public record TranscriptMarks(List<CorrectionMark> corrections, List<EntrySpan> entries, List<Finding> findings) {

    /** An applied change and where its new text is now. */
    public record CorrectionMark(int start, int end, Correction correction) {
        public boolean manual() {
            return correction.isManual();
        }
    }

    /** An entry's stretch of text; {@code index} is its place in the rundown (0-based). */
    public record EntrySpan(int start, int end, Entry entry, int index) {
    }

    public TranscriptMarks {
        corrections = List.copyOf(corrections);
        entries = List.copyOf(entries);
        findings = List.copyOf(findings);
    }

    public static TranscriptMarks none() {
        return new TranscriptMarks(List.of(), List.of(), List.of());
    }

    static TranscriptMarks locate(Transcript t, List<Correction> corrections, List<Entry> entries,
                                  List<Finding> findings) {
        String text = t.text();
        List<CorrectionMark> marks = new ArrayList<>();
        for (Correction c : corrections) {
            if (c.isUndone() || c.after().isEmpty()) continue;
            int cue = t.indexOfCue(c.cueId());
            if (cue < 0) continue;
            int start = t.startOf(cue) + c.offsetInCue();
            // A later edit may have moved or replaced the text; then there is nothing left to mark.
            if (start + c.after().length() <= text.length() && text.startsWith(c.after(), start)) {
                marks.add(new CorrectionMark(start, start + c.after().length(), c));
            }
        }
        List<EntrySpan> spans = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            int first = t.indexOfCue(e.firstCueId());
            int last = t.indexOfCue(e.lastCueId());
            if (first < 0 || last < first) continue;
            spans.add(new EntrySpan(t.startOf(first), t.endOf(last), e, i));
        }
        return new TranscriptMarks(marks, spans, findings);
    }

    /** The finding under {@code offset}, if any. */
    public java.util.Optional<Finding> findingAt(int offset) {
        for (Finding f : findings) if (f.start() <= offset && offset < f.end()) return java.util.Optional.of(f);
        return java.util.Optional.empty();
    }

    public java.util.Optional<CorrectionMark> correctionAt(int offset) {
        for (int i = corrections.size() - 1; i >= 0; i--) {
            CorrectionMark m = corrections.get(i);
            if (m.start() <= offset && offset < m.end()) return java.util.Optional.of(m);
        }
        return java.util.Optional.empty();
    }

    public java.util.Optional<EntrySpan> entryAt(int offset) {
        for (EntrySpan s : entries) if (s.start() <= offset && offset < s.end()) return java.util.Optional.of(s);
        return java.util.Optional.empty();
    }

    /** The first finding starting after {@code offset}, wrapping round to the first. */
    public java.util.Optional<Finding> next(int offset) {
        for (Finding f : findings) if (f.start() > offset) return java.util.Optional.of(f);
        return findings.stream().findFirst();
    }

    /** The last finding starting before {@code offset}, wrapping round to the last. */
    public java.util.Optional<Finding> previous(int offset) {
        for (int i = findings.size() - 1; i >= 0; i--) if (findings.get(i).start() < offset) {
            return java.util.Optional.of(findings.get(i));
        }
        return findings.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(findings.get(findings.size() - 1));
    }
}
