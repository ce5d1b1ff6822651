package org.showdesk.ui.entries;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.showdesk.app.Publishing;
import org.showdesk.app.Rundown;
import org.showdesk.model.Entry;
import org.showdesk.model.EntryKind;
import org.showdesk.model.EntryStatus;
import org.showdesk.model.Link;
import org.showdesk.model.LinkKind;
import org.showdesk.model.ShowdeskException;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The fields of the selected entry as the host types them. Every change becomes a new {@link Entry}
 * handed to the owner at once (the preview follows as the host types); a field that does not parse keeps
 * its last good value and says why, so a half-typed time never reaches the project file.
 */
public final class EntryEditorModel {
    /** YouTube shows about this many characters of a chapter title; entry titles become chapter titles. */
    public static final int TITLE_SOFT_LIMIT = Publishing.CHAPTER_TITLE_CHARS;
    /** A one-line summary that still reads as one line in a description. */
    public static final int SUMMARY_SOFT_LIMIT = 100;

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty organizations = new SimpleStringProperty(this, "organizations", "");
    private final StringProperty category = new SimpleStringProperty(this, "category", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty startTime = new SimpleStringProperty(this, "startTime", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObjectProperty<EntryStatus> status = new SimpleObjectProperty<>(this, "status", EntryStatus.DRAFT);
    private final ObjectProperty<EntryKind> kind = new SimpleObjectProperty<>(this, "kind", EntryKind.ITEM);
    private final ObservableList<Link> links = FXCollections.observableArrayList();
    private final StringProperty newLinkUrl = new SimpleStringProperty(this, "newLinkUrl", "");
    private final ObjectProperty<LinkKind> newLinkKind = new SimpleObjectProperty<>(this, "newLinkKind", LinkKind.PAPER);
    private final ReadOnlyStringWrapper startTimeError = new ReadOnlyStringWrapper(this, "startTimeError", "");
    private final ReadOnlyStringWrapper linkMessage = new ReadOnlyStringWrapper(this, "linkMessage", "");
    private final BooleanProperty editing = new SimpleBooleanProperty(this, "editing", false);
    private final javafx.beans.property.ReadOnlyBooleanWrapper startEstimated =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "startEstimated", false);
    private Runnable onConfirmStarts = () -> { };
    private final StringBinding titleCount = counter(title, TITLE_SOFT_LIMIT);
    private final StringBinding summaryCount = counter(summary, SUMMARY_SOFT_LIMIT);

    private final Consumer<Entry> onEdited;
    private Entry base;
    /** The entry as it was when shown: where a start time the host is typing falls back while it does not parse. */
    private Entry shownStart;
    private boolean showing;
    private boolean readOnly;

    /** @param onEdited receives the entry with the host's latest edits, on the thread that made them */
    public EntryEditorModel(Consumer<Entry> onEdited) {
        this.onEdited = onEdited;
        // Change listeners, not invalidation listeners: those stay silent until someone reads the value again.
        for (ObservableValue<?> field : List.of(title, organizations, category, summary, startTime, notes, status, kind)) {
            field.addListener((obs, was, now) -> edited());
        }
        links.addListener((ListChangeListener<Link>) change -> edited());
    }

    /** Fills the fields from {@code entry} (or clears them for {@code null}) without reporting an edit. */
    public void show(Entry entry) {
        showing = true;
        try {
            base = entry;
            Entry e = entry != null ? entry : new Entry(0, 0, EntryKind.ITEM, 0, 0, "", List.of(), "", "", List.of(),
                    null, EntryStatus.DRAFT, "");
            title.set(e.title());
            organizations.set(String.join(", ", e.organizations()));
            category.set(e.category());
            summary.set(e.summary());
            startTime.set(ClockText.format(e.startMs()));
            startEstimated.set(e.startEstimated());
            shownStart = e;
            notes.set(e.notes());
            status.set(e.status());
            kind.set(e.kind());
            links.setAll(e.links());
            newLinkUrl.set("");
            startTimeError.set("");
            linkMessage.set(String.join("\n", linkProblems(e.links())));
            editing.set(entry != null && !readOnly);
        } finally {
            showing = false;
        }
    }

    /** A show open read-only: fields are shown, never edited. */
    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        editing.set(base != null && !readOnly);
    }

    /** The entry behind the fields got an id or a new span from the store; the fields stay as typed. */
    void rebase(Entry entry) {
        base = entry;
    }

    /** Checks and normalizes the typed link (arXiv ids become https://arxiv.org/abs/ID) and adds it. */
    public boolean addLink() {
        if (base == null) return false;
        String url;
        try {
            url = Rundown.normalizeLink(newLinkUrl.get());
        } catch (ShowdeskException refused) {
            linkMessage.set(refused.getMessage());
            return false;
        }
        links.add(new Link(newLinkKind.get(), url));
        newLinkUrl.set("");
        return true;
    }

    public void removeLink(int index) {
        if (index >= 0 && index < links.size()) links.remove(index);
    }

    private void edited() {
        if (showing || base == null) return;
        Long startMs = base.startMs();
        boolean refused = false;
        try {
            // The field shows whole seconds: unless the host changed it, the start keeps its milliseconds (and
            // stays an estimate when it was one).
            if (!startTime.get().strip().equals(ClockText.format(base.startMs()))) startMs = ClockText.parse(startTime.get());
            startTimeError.set("");
        } catch (ShowdeskException e) {
            startTimeError.set(e.getMessage());
            // Typed key by key, "9:9" was a time on the way to "9:99": a refused time leaves the start as it was
            // when the entry was shown, not as the last keystroke left it.
            refused = true;
            startMs = shownStart.startMs();
        }
        linkMessage.set(String.join("\n", linkProblems(links)));
        Entry edited = base.withKind(kind.get()).withFields(title.get().strip(), splitOrganizations(organizations.get()),
                category.get().strip(), summary.get().strip(), List.copyOf(links), startMs, status.get(), notes.get());
        if (refused) edited = edited.withStart(shownStart.startMs(), shownStart.startEstimated());
        if (edited.equals(base)) return;
        base = edited;
        startEstimated.set(edited.startEstimated());
        onEdited.accept(edited);
    }

    static List<String> splitOrganizations(String text) {
        return Arrays.stream(text.split("[,，、;；]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static List<String> linkProblems(List<Link> links) {
        return Rundown.linkProblems(links);
    }

    private static StringBinding counter(StringProperty text, int softLimit) {
        return Bindings.createStringBinding(() -> {
            String t = text.get().strip();
            return t.codePointCount(0, t.length()) + " / " + softLimit;
        }, text);
    }

    public StringProperty titleProperty() { return title; }
    public StringProperty organizationsProperty() { return organizations; }
    public StringProperty categoryProperty() { return category; }
    public StringProperty summaryProperty() { return summary; }
    public StringProperty startTimeProperty() { return startTime; }
    public StringProperty notesProperty() { return notes; }
    public ObjectProperty<EntryStatus> statusProperty() { return status; }
    public ObjectProperty<EntryKind> kindProperty() { return kind; }
    public ObservableList<Link> links() { return links; }
    public StringProperty newLinkUrlProperty() { return newLinkUrl; }
    public ObjectProperty<LinkKind> newLinkKindProperty() { return newLinkKind; }
    public ReadOnlyStringProperty startTimeErrorProperty() { return startTimeError.getReadOnlyProperty(); }
    /** A refused link, or the problems of the entry's links (duplicates); empty when all is well. */
    public ReadOnlyStringProperty linkMessageProperty() { return linkMessage.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty editingProperty() { return editing; }
    /** True while the entry's start is an estimate from the media that the host has not confirmed. */
    public ReadOnlyBooleanProperty startEstimatedProperty() { return startEstimated.getReadOnlyProperty(); }

    /** What "Confirm starts" does (the window's player confirms every estimated start of the episode). */
    public void setOnConfirmStarts(Runnable action) {
        onConfirmStarts = action;
    }

    public void confirmStarts() {
        onConfirmStarts.run();
    }
    /** "12 / 70": characters of the title against what a YouTube chapter shows. */
    public StringBinding titleCount() { return titleCount; }
    public StringBinding summaryCount() { return summaryCount; }

    public boolean isTitleLong() {
        String t = title.get().strip();
        return t.codePointCount(0, t.length()) > TITLE_SOFT_LIMIT;
    }

    public boolean isSummaryLong() {
        String t = summary.get().strip();
        return t.codePointCount(0, t.length()) > SUMMARY_SOFT_LIMIT;
    }
}
