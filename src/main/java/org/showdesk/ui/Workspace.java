package org.showdesk.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.showdesk.app.EpisodeCheck;
import org.showdesk.app.ImportTranscript;
import org.showdesk.app.OpenShow;
import org.showdesk.model.Episode;
import org.showdesk.store.ProjectInUseException;
import org.showdesk.ui.common.TaskRunner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The show open in the window and its episodes. Opening, creating and importing run through the
 * runner; the previous show is closed only after every save queued for it has been written.
 */
public final class Workspace {
    /** What opening a file gave: the show and its episodes, read in the background. */
    private record Opened(OpenShow show, String name, List<Episode> episodes, EpisodeCheck check,
                          List<Path> recentShows) {
    }

    private final TaskRunner runner;
    private final RecentShows recent;
    private final ReadOnlyObjectWrapper<OpenShow> show = new ReadOnlyObjectWrapper<>();
    private String showName = "";
    private EpisodeCheck check;
    private List<Path> recentShows = List.of();
    private final ObservableList<Episode> episodes = FXCollections.observableArrayList();
    private final ObjectProperty<Episode> selected = new SimpleObjectProperty<>();

    public Workspace(TaskRunner runner, RecentShows recent) {
        this.runner = runner;
        this.recent = recent;
    }

    public ReadOnlyObjectProperty<OpenShow> showProperty() {
        return show.getReadOnlyProperty();
    }

    public OpenShow show() {
        return show.get();
    }

    /** The correction workflow of the open show (its engine indexed while the show opened). */
    public EpisodeCheck check() {
        return check;
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
        Path[] file = new Path[1];
        runner.run("Opening show…", () -> {
            file[0] = which.call();
            OpenShow opened = readOnly ? OpenShow.openReadOnly(file[0]) : OpenShow.open(file[0]);
            try {
                List<Episode> list = opened.episodes().list();
                String name = opened.name();
                EpisodeCheck check = new EpisodeCheck(opened);
                check.engine();
                remember(file[0]);
                return new Opened(opened, name, list, check, recent.list());
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }, this::use, e -> {
            if (e instanceof ProjectInUseException busy) inUse.accept(file[0], busy);
            else failed.accept(e);
        });
    }

    /** Creates a new, empty show and opens it. */
    public void create(Path file, String name, Consumer<Throwable> failed) {
        runner.run("Creating " + file.getFileName() + "…", () -> {
            OpenShow created = OpenShow.create(file, name);
            remember(file);
            return new Opened(created, created.name(), List.of(), new EpisodeCheck(created), recent.list());
        }, this::use, failed);
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
        check = opened.check();
        show.set(opened.show());
        if (!episodes.isEmpty()) selected.set(episodes.get(0));
        if (previous != null) runner.run("Closing " + previous.file().getFileName() + "…", () -> {
            previous.close();
            return null;
        }, x -> { }, e -> System.err.println("Showdesk: closing the previous show failed: " + e));
    }

    /** Reads a transcript file and adds it to the show as a new episode, which becomes the selected one. */
    public void importTranscript(Path file, Consumer<Throwable> failed) {
        OpenShow target = show.get();
        if (target == null) return;
        runner.run("Importing " + file.getFileName() + "…", () -> {
            long id = new ImportTranscript(target).run(file, null, null).episode().id();
            return new Imported(id, target.episodes().list());
        }, imported -> {
            if (show.get() != target) return;
            episodes.setAll(imported.episodes());
            episodes.stream().filter(e -> e.id() == imported.id()).findFirst().ifPresent(selected::set);
        }, failed);
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
