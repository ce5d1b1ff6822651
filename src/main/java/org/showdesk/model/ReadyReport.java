package org.showdesk.model;

import java.util.ArrayList;
import java.util.List;

/** What still needs the host before an episode is published; ready when empty. */
public record ReadyReport(List<ReadyItem> items) {
    public ReadyReport {
        items = List.copyOf(items);
    }

    public boolean isReady() {
        return items.isEmpty();
    }

    /** This report with more items, e.g. open findings and unmatched sources, which the draft package cannot see. */
    public ReadyReport with(List<ReadyItem> more) {
        List<ReadyItem> all = new ArrayList<>(items);
        all.addAll(more);
        return new ReadyReport(all);
    }

    public List<ReadyItem> of(ReadyItem.Kind kind) {
        return items.stream().filter(i -> i.kind() == kind).toList();
    }
}
