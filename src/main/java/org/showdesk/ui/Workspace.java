package org.showdesk.ui;

import org.showdesk.model.Backup;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.showdesk.app.BackgroundTask;
import org.showdesk.app.TaskExecutor;
import org.showdesk.app.ImportTranscript;
import org.showdesk.app.OpenShow;
import org.showdesk.model.Episode;
import org.showdesk.app.ShowBackups;
import org.showdesk.store.ProjectBackups;
import org.showdesk.model.ProjectDamagedException;
import org.showdesk.model.ProjectInUseException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The show open in the window and its episodes. Opening, creating and importing run through the
 * runner; the previous show is closed only after every save queued for it has been written.
 */
public final class Workspace {
    /** What opening a file gave: the show and its episodes, read in the background. */
    private record Opened(OpenShow show, String name, List<Episode> episodes, List<Path> recentShows) {
    }

    private final TaskExecutor runner;
    private final RecentShows recent;
    private final ReadOnlyObjectWrapper<OpenShow> show = new ReadOnlyObjectWrapper<>();
    private String showName = "";
    private List<Path> recentShows = List.of();
    private final ObservableList<Episode> episodes = FXCollections.observableArrayList();
    private final ObjectProperty<Episode> selected = new SimpleObjectProperty<>();

    public Workspace(TaskExecutor runner, RecentShows recent) {
        this.runner = runner;
        this.recent = recent;
    }

    public ReadOnlyObjectProperty<OpenShow> showProperty() {
        return show.getReadOnlyProperty();
    }

    public OpenShow show() {
        return show.get();
    }

    /** The open show's name, read when it was opened (so the title bar never reads the file). */
    public String showName() {
        return showName;
    }

    public ObservableList<Episode> episodes() {
        return episodes;
    }

    public ObjectProperty<Episode> selectedEpisodeProperty() {
        return selected;
    }

    /** The shows opened lately, most recent first, as read when the current show was opened (no disk access). */
    public List<Path> recentShows() {
        return recentShows;
    }

    /**
     * Opens the show {@code which} names (worked out in the background too, e.g. creating the demo) for
     * editing. While it opens, the correction engine is indexed for its glossary, so the first scan is
     * quick. {@code inUse} is called when another Showdesk has the file open (the window then offers
     * read-only); any other failure goes to {@code failed}.
     */
    public void open(Callable<Path> which, boolean readOnly, BiConsumer<Path, ProjectInUseException> inUse,
                     Consumer<Throwable> failed) {
        open(which, readOnly, inUse, (file, damage) -> failed.accept(damage), failed);
    }

    /** As above; a show that fails its check goes to {@code damaged} (the window offers a backup). */
    public void open(Callable<Path> which, boolean readOnly, BiConsumer<Path, ProjectInUseException> inUse,
                     BiConsumer<Path, ProjectDamagedException> damaged, Consumer<Throwable> failed) {
        Path[] file = new Path[1];
        runner.execute(BackgroundTask.of("Opening show…", () -> {
            file[0] = which.call();
            return load(file[0], readOnly);
        }).onSuccess(this::use).onFailure(e -> {
            if (e instanceof ProjectInUseException busy) inUse.accept(file[0], busy);
            else if (e instanceof ProjectDamagedException damage) damaged.accept(file[0], damage);
            else failed.accept(e);
        }));
    }

    private Opened load(Path file, boolean readOnly) {
        OpenShow opened = readOnly ? OpenShow.openReadOnly(file) : OpenShow.open(file);
        try {
            List<Episode> list = opened.episodeList();
            remember(file);
            return new Opened(opened, opened.name(), list, recent.list());
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    /** The backups of {@code file}, newest first, read in the background (each one is opened to count its episodes). */
    public void listBackups(Path file, Consumer<List<Backup>> listed, Consumer<Throwable> failed) {
        runner.execute(BackgroundTask.of("Reading backups…", () -> ShowBackups.list(file)).onSuccess(listed)
                .onFailure(failed));
    }

    /**
     * Puts backup {@code backupId} in place of {@code file} and opens the result for editing. When that
     * show is the one open here it is closed first, after every save queued for it (a restore is refused
     * while the show is open anywhere). If the restore fails, the show is opened again as it was and the
     * failure goes to {@code failed}. {@code restored} gets the backup of the state that was replaced.
     */
    public void restore(Path file, String backupId, Consumer<Optional<Backup>> restored,
                        Consumer<Throwable> failed) {
        OpenShow open = show.get();
        boolean closing = open != null && same(open.file(), file);
        if (closing) {
            selected.set(null);
            show.set(null); // the panes and the backup timer let go of it before it closes
            episodes.clear();
        }
        runner.execute(BackgroundTask.of("Restoring " + file.getFileName() + " from backup…", () -> {
            if (closing) open.close();
            RuntimeException problem = null;
            Optional<Backup> before = Optional.empty();
            try {
                before = ShowBackups.restore(file, backupId);
            } catch (RuntimeException e) {
                if (!closing) throw e; // nothing was open, so there is nothing to bring back
                problem = e;
            }
            try {
                return new Restored(load(file, false), before, problem);
            } catch (RuntimeException reopening) {
                if (problem == null) throw reopening;
                problem.addSuppressed(reopening);
                throw problem;
            }
        }).asSave().onSuccess(r -> {
            use(r.opened());
            if (r.problem() != null) failed.accept(r.problem());
            else restored.accept(r.before());
        }).onFailure(failed));
    }

    private record Restored(Opened opened, Optional<Backup> before, RuntimeException problem) {
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** Creates a new, empty show and opens it. */
    public void create(Path file, String name, Consumer<Throwable> failed) {
        runner.execute(BackgroundTask.of("Creating " + file.getFileName() + "…", () -> {
            OpenShow created = OpenShow.create(file, name);
            remember(file);
            return new Opened(created, created.name(), List.of(), recent.list());
        }).asSave().onSuccess(this::use).onFailure(failed));
    }

    private void remember(Path file) {
        try {
            recent.remember(file);
        } catch (IOException e) {
            // The show opened fine; only the convenience list could not be written.
            System.err.println("Showdesk: could not update the recent-shows list: " + e.getMessage());
        }
    }

    private void use(Opened opened) {
        OpenShow previous = show.get();
        selected.set(null);
        episodes.setAll(opened.episodes());
        showName = opened.name();
        recentShows = opened.recentShows();
        show.set(opened.show());
        if (!episodes.isEmpty()) selected.set(episodes.get(0));
        if (previous != null) runner.execute(BackgroundTask.run("Closing " + previous.file().getFileName() + "…",
                previous::close).onFailure(e -> System.err.println("Showdesk: closing the previous show failed: " + e)));
    }

    /** Reads a transcript file and adds it to the show as a new episode, which becomes the selected one. */
    public void importTranscript(Path file, Consumer<Throwable> failed) {
        OpenShow target = show.get();
        if (target == null) return;
        runner.execute(BackgroundTask.of("Importing " + file.getFileName() + "…", () -> {
            long id = new ImportTranscript(target).run(file, null, null).episode().id();
            return new Imported(id, target.episodeList());
        }).asSave().onSuccess(imported -> {
            if (show.get() != target) return;
            episodes.setAll(imported.episodes());
            episodes.stream().filter(e -> e.id() == imported.id()).findFirst().ifPresent(selected::set);
        }).onFailure(failed));
    }

    private record Imported(long id, List<Episode> episodes) {
    }

    /** Closes the show after queued saves are written; for quitting. */
    public void closeNow() {
        OpenShow s = show.get();
        show.set(null);
        if (s != null) s.close();
    }
}
