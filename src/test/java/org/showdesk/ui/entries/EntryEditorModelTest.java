package org.showdesk.ui.entries;

import org.junit.jupiter.api.Test;
import org.showdesk.model.Entry;
import org.showdesk.model.EntryKind;
import org.showdesk.model.EntryStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EntryEditorModelTest {
    @Test
    void typingInAnotherFieldKeepsAStartFromTheMediaToTheMillisecondAndStillAnEstimate() {
        List<Entry> edits = new ArrayList<>();
        EntryEditorModel editor = new EntryEditorModel(edits::add);
        editor.show(new Entry(7, 1, EntryKind.ITEM, 1, 2, "旧标题", List.of(), "", "", List.of(), 83_456L,
                EntryStatus.DRAFT, "", true, Set.of()));
        assertThat(editor.startTimeProperty().get()).isEqualTo("1:23");
        assertThat(editor.startEstimatedProperty().get()).isTrue();

        editor.titleProperty().set("新标题");
        assertThat(edits.get(edits.size() - 1).startMs()).isEqualTo(83_456L);
        assertThat(edits.get(edits.size() - 1).startEstimated()).isTrue();

        editor.startTimeProperty().set("1:30");
        assertThat(edits.get(edits.size() - 1).startMs()).isEqualTo(90_000L);
        assertThat(edits.get(edits.size() - 1).startEstimated()).as("a start typed by the host is no estimate").isFalse();
        assertThat(editor.startEstimatedProperty().get()).isFalse();
    }
}
