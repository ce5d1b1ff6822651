package org.showdesk.ui.glossary;

import org.showdesk.model.StarterGlossary;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.showdesk.app.Glossaries;
import org.showdesk.app.TaskExecutor;
import org.showdesk.ui.common.PaneTasks;
import org.showdesk.model.GlossaryImport;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.TermCategory;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The show's glossary as a searchable table with a form for one term. Every change is written to the
 * project at once (off the FX thread) and the table is read back, so it always shows what is stored.
 */
public final class GlossaryViewModel {
    private final Glossaries glossaries;
    private final boolean readOnly;
    private java.util.function.Consumer<org.showdesk.app.Undoable> undoable = u -> { };
    private final PaneTasks work;
    private final ObservableList<GlossaryTerm> terms = FXCollections.observableArrayList();
    private final FilteredList<GlossaryTerm> visible = new FilteredList<>(terms, t -> true);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final List<Runnable> changeListeners = new java.util.ArrayList<>();

    // the form
    private final ObjectProperty<GlossaryTerm> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty term = new SimpleStringProperty(this, "term", "");
    private final ObjectProperty<TermCategory> category = new SimpleObjectProperty<>(this, "category", TermCategory.OTHER);
    private final StringProperty variants = new SimpleStringProperty(this, "variants", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final StringProperty pronunciation = new SimpleStringProperty(this, "pronunciation", "");
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);

    /** @param readOnly the show is open read-only: the glossary can be searched and exported, not changed */
    public GlossaryViewModel(Glossaries glossaries, TaskExecutor executor, boolean readOnly) {
        this.glossaries = glossaries;
        this.readOnly = readOnly;
        this.work = new PaneTasks(executor, message::set);
        search.addListener((o, was, now) -> visible.setPredicate(matching(now)));
        selected.addListener((o, was, now) -> {
            if (was != null && now != null && was.id() == now.id()) return; // the same term read again
            keepEditsOf(was);
            fillForm(now);
        });
    }

    public void load() {
        work.run("Reading the glossary", glossaries::list, this::showTerms);
    }

    private void showTerms(List<GlossaryTerm> stored) {
        long keep = selected.get() == null ? 0 : selected.get().id();
        terms.setAll(stored);
        selected.set(stored.stream().filter(t -> t.id() == keep && keep != 0).findFirst().orElse(null));
    }

    /** Finds the query in the term, its variants, its note or its pronunciation, ignoring case. */
    static java.util.function.Predicate<GlossaryTerm> matching(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) return t -> true;
        return t -> t.term().toLowerCase(Locale.ROOT).contains(q)
                || t.variants().stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).contains(q))
                || t.note().toLowerCase(Locale.ROOT).contains(q)
                || t.pronunciation().toLowerCase(Locale.ROOT).contains(q);
    }

    /**
     * The host moves to another term with changes in the form not saved yet: they are saved to the term they
     * were typed for (by its id), never lost and never written to the next term.
     */
    private void keepEditsOf(GlossaryTerm was) {
        if (was == null || readOnly || term.get().isBlank() || !isDirty(was)) return;
        GlossaryTerm t = fromForm(was);
        if (terms.stream().anyMatch(x -> x.id() != t.id() && x.term().equals(t.term()))) return;
        write("Saving the term", () -> {
            glossaries.update(t);
            return t;
        }, saved -> message.set("Saved your changes to “" + saved.term() + "”."));
    }

    /** True when the form differs from {@code t} as stored. */
    public boolean isDirty(GlossaryTerm t) {
        return t != null && !fromForm(t).equals(t);
    }

    /** The term whose fields the form shows (and Save writes), whether or not the search shows it. */
    public GlossaryTerm editing() {
        return selected.get();
    }

    private void fillForm(GlossaryTerm t) {
        term.set(t == null ? "" : t.term());
        category.set(t == null ? TermCategory.OTHER : t.category());
        variants.set(t == null ? "" : String.join(", ", t.variants()));
        note.set(t == null ? "" : t.note());
        pronunciation.set(t == null ? "" : t.pronunciation());
        enabled.set(t == null || t.enabled());
    }

    /** Empties the form for a new term. */
    public void newTerm() {
        selected.set(null);
        fillForm(null);
    }

    /** The form as a term: a new one ({@code of} null) or {@code of} with the form's fields. */
    private GlossaryTerm fromForm(GlossaryTerm of) {
        List<String> v = Arrays.stream(variants.get().split("[,，、;；\\n]")).map(String::strip)
                .filter(s -> !s.isEmpty() && !s.equals(term.get().strip())).distinct().toList();
        return new GlossaryTerm(of == null ? 0 : of.id(), term.get().strip(), v, category.get(), note.get().strip(),
                pronunciation.get().strip().toLowerCase(Locale.ROOT), enabled.get(),
                of == null ? "" : of.traditional(), of == null ? "" : of.origin(), of == null ? 0 : of.originEpisodeId());
    }

    /** Adds the form as a new term; a term already in the glossary gains the form's variants instead. */
    public void addFromForm() {
        if (term.get().isBlank()) {
            message.set("Type the correct term first, e.g. 同花顺 or LoRAMoE.");
            return;
        }
        GlossaryTerm t = fromForm(null);
        boolean exists = terms.stream().anyMatch(x -> x.term().equals(t.term()));
        write("Adding the term", () -> glossaries.add(t), stored -> {
            message.set(exists ? "“" + t.term() + "” was already in the glossary; its new variants were added."
                    : "Added “" + t.term() + "”.");
            selected.set(stored);
        });
    }

    /** Saves the form over the selected term. */
    public void saveForm() {
        GlossaryTerm current = selected.get();
        if (current == null) {
            addFromForm();
            return;
        }
        if (term.get().isBlank()) {
            message.set("A term cannot be empty; delete it instead if it is no longer needed.");
            return;
        }
        GlossaryTerm t = fromForm(current);
        if (terms.stream().anyMatch(x -> x.id() != t.id() && x.term().equals(t.term()))) {
            message.set("“" + t.term() + "” is already in the glossary; edit that term instead.");
            return;
        }
        write("Saving the term", () -> {
            glossaries.update(t);
            return t;
        }, saved -> message.set("Saved “" + saved.term() + "”."));
    }

    public void deleteSelected() {
        GlossaryTerm t = selected.get();
        if (t == null) return;
        write("Deleting the term", () -> glossaries.delete(t.id()), undo -> {
            undoable.accept(undo);
            message.set("Deleted “" + t.term() + "”. Edit › Undo in the main window brings it back.");
            selected.set(null);
        });
    }

    /** Where a deletion's undo step goes: the window's one history (nowhere for a model used on its own). */
    public void setOnUndoable(java.util.function.Consumer<org.showdesk.app.Undoable> history) {
        this.undoable = history;
    }

    /** Adds every term of a text, CSV or JSON glossary file; terms already there gain the file's variants. */
    public void importFile(Path file) {
        importFile(file, single -> true);
    }

    /**
     * Adds every term of a text, CSV or JSON glossary file. The file is read completely first; when it teaches
     * one-character misrecognitions (的 → …), which match nearly everywhere, {@code confirm} is asked (on the FX
     * thread) with a description of them, and nothing is added unless it says yes.
     */
    public void importFile(Path file, java.util.function.Predicate<String> confirm) {
        if (isReadOnly()) {
            message.set("This show is open read-only, so its glossary cannot be changed.");
            return;
        }
        work.run("Reading " + file.getFileName(), () -> Glossaries.read(file), read -> {
            List<String> single = read.oneCharacterVariants();
            if (!single.isEmpty() && !confirm.test(single.size() + " misrecognition(s) of a single character ("
                    + String.join("; ", single.subList(0, Math.min(5, single.size()))) + (single.size() > 5 ? "; …" : "")
                    + ") would match nearly everywhere in a transcript. Add them anyway?")) {
                message.set("Nothing was added from " + file.getFileName() + ".");
                return;
            }
            write("Importing " + file.getFileName(), () -> {
                Glossaries.Added added = glossaries.addRead(read);
                return summary(file.getFileName().toString(), added.read(), added.newTerms());
            }, message::set);
        });
    }

    public void exportFile(Path file) {
        work.run("Exporting the glossary", () -> "Exported " + glossaries.export(file) + " terms to " + file + ".",
                message::set);
    }

    /** The starter glossaries shipped with Showdesk (AI labs, universities, models, jargon). */
    public List<StarterGlossary> starters() {
        return Glossaries.starters();
    }

    public void addStarter(StarterGlossary starter) {
        write("Adding " + starter.displayName(), () -> {
            Glossaries.Added added = glossaries.addStarter(starter);
            // Advice on a host's own list ("consider a longer form") is ours to act on for a bundled one: not shown.
            return summary(starter.displayName(), added.read(), added.newTerms(), false);
        }, message::set);
    }

    private static String summary(String source, GlossaryImport read, int added) {
        return summary(source, read, added, true);
    }

    private static String summary(String source, GlossaryImport read, int added, boolean withNotes) {
        int known = read.terms().size() - added;
        String s = source + ": " + added + " new term" + (added == 1 ? "" : "s")
                + (known > 0 ? ", " + known + " already in the glossary (their new variants were added)" : "") + ".";
        if (read.warnings().isEmpty() || !withNotes) return s;
        return s + " " + read.warnings().size() + " note" + (read.warnings().size() == 1 ? "" : "s")
                + " to look at:\n" + read.warnings().stream().limit(8).map(GlossaryImport.Warning::toString)
                .collect(java.util.stream.Collectors.joining("\n"))
                + (read.warnings().size() > 8 ? "\n…" : "");
    }

    /** True when the show is open read-only: the glossary can be searched and exported, not changed. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /** Runs a change in the background, then reads the glossary back and tells the listeners. */
    private <T> void write(String what, Supplier<T> change, Consumer<T> then) {
        if (isReadOnly()) {
            message.set("This show is open read-only, so its glossary cannot be changed. Close the other Showdesk "
                    + "that has it open, then open the show again to edit.");
            return;
        }
        work.save(what, () -> new Written<>(change.get(), glossaries.list()), done -> {
            showTerms(done.terms());
            then.accept(done.result());
            changeListeners.forEach(Runnable::run);
        });
    }

    private record Written<T>(T result, List<GlossaryTerm> terms) {
    }


    /** Called after every change of the glossary, so the window can scan the transcript again. */
    public void addGlossaryChangedListener(Runnable listener) {
        changeListeners.add(listener);
    }

    public ObservableList<GlossaryTerm> visibleTerms() { return visible; }
    public ObservableList<GlossaryTerm> allTerms() { return FXCollections.unmodifiableObservableList(terms); }
    public StringProperty searchProperty() { return search; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public void clearMessage() { message.set(""); }
    public ObjectProperty<GlossaryTerm> selectedProperty() { return selected; }
    public StringProperty termProperty() { return term; }
    public ObjectProperty<TermCategory> categoryProperty() { return category; }
    public StringProperty variantsProperty() { return variants; }
    public StringProperty noteProperty() { return note; }
    public StringProperty pronunciationProperty() { return pronunciation; }
    public BooleanProperty enabledProperty() { return enabled; }

}
