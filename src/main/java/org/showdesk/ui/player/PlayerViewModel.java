package org.showdesk.ui.player;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.showdesk.app.BackgroundTask;
import org.showdesk.app.EpisodeMedia;
import org.showdesk.app.OpenEpisode;
import org.showdesk.app.TaskExecutor;
import org.showdesk.app.Undoable;
import org.showdesk.model.Entry;
import org.showdesk.model.MediaFile;
import org.showdesk.model.ShowdeskException;
import org.showdesk.ui.common.ActionStep;
import org.showdesk.ui.common.HostMessages;
import org.showdesk.ui.common.StatusModel;
import org.showdesk.ui.common.UndoHistory;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The player of the open episode's media. It follows the {@link OpenEpisode} (the media attached to it) and changes
 * it only through {@link EpisodeMedia} on the one background executor. The media is looked for and opened only once
 * the window has put the first transcript on screen ({@link #start}), and only when the episode has media: the
 * window starts as fast with a player as without.
 *
 * <p>Media that cannot be found or played is said once, with what to do; nothing is retried on its own, so a
 * missing file never becomes a loop of errors.
 */
public final class PlayerViewModel {
    /** Where the player is: no media, looking for it, not found, opening it, playable, cannot play. */
    public enum Stage { NONE, LOCATING, MISSING, LOADING, READY, FAILED }

    public static final long SKIP_MS = 5_000;
    public static final List<Double> RATES = List.of(0.75, 1.0, 1.25, 1.5, 1.75, 2.0);
    private static final String READ_ONLY = "This show is open read-only, so its media and times cannot be changed.";

    private final EpisodeMedia media;
    private final TaskExecutor executor;
    private final Executor fx;
    private final Function<Path, Playback> opener;
    private final StatusModel status;
    private final Consumer<Throwable> errors;
    private final UndoHistory history;
    private final boolean readOnly;
    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(this, "stage", Stage.NONE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper(this, "fileName", "");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private final ReadOnlyBooleanWrapper video = new ReadOnlyBooleanWrapper(this, "video", false);
    private final ReadOnlyLongWrapper position = new ReadOnlyLongWrapper(this, "position", 0);
    private final ReadOnlyLongWrapper duration = new ReadOnlyLongWrapper(this, "duration", 0);
    private final ReadOnlyDoubleWrapper rate = new ReadOnlyDoubleWrapper(this, "rate", 1.0);
    private final ReadOnlyObjectWrapper<Playback> loaded = new ReadOnlyObjectWrapper<>(this, "loaded");
    private final Consumer<OpenEpisode.Change> listener = this::changed;
    private OpenEpisode episode;
    /** The first transcript is on screen: media may be looked for and opened from now on. */
    private boolean started;
    /** The episode's media as last followed; a change of anything else in the episode leaves the player alone. */
    private MediaFile followed;
    /** The file being opened or open; null when none. */
    private Path target;
    /** Counts openings: the result of an opening overtaken by a later one is dropped. */
    private long openings;

    /**
     * @param opener opens a file for playing, off the JavaFX thread; throws a {@link ShowdeskException} saying why
     *               it cannot ({@link MediaPlayback#open} in the window)
     */
    public PlayerViewModel(EpisodeMedia media, TaskExecutor executor, Executor fx, Function<Path, Playback> opener,
                           StatusModel status, Consumer<Throwable> errors, UndoHistory history, boolean readOnly) {
        this.media = media;
        this.executor = executor;
        this.fx = fx;
        this.opener = opener;
        this.status = status;
        this.errors = errors;
        this.history = history;
        this.readOnly = readOnly;
    }

    /** Follows another open episode (or none); its media is looked for once the player has {@link #start started}. */
    public void show(OpenEpisode next) {
        if (episode != null) episode.removeListener(listener);
        unload();
        followed = null;
        episode = next;
        stage.set(Stage.NONE);
        message.set("");
        if (next == null) return;
        next.addListener(listener);
        if (started) follow(next.state().episode().media());
    }

    /** The first transcript is on screen: from now on the episode's media is looked for and opened. */
    public void start() {
        if (started) return;
        started = true;
        if (episode != null) follow(episode.state().episode().media());
    }

    /** Stops playing and lets the media go (the show closes). */
    public void close() {
        show(null);
    }

    private void changed(OpenEpisode.Change c) {
        if (!c.touches(OpenEpisode.Aspect.EPISODE)) return;
        MediaFile now = c.state().episode().media();
        long id = c.state().episodeId();
        fx.execute(() -> {
            if (started && episode != null && episode.id() == id) follow(now);
        });
    }

    private void follow(MediaFile now) {
        if (Objects.equals(now, followed) && stage.get() != Stage.NONE) return;
        followed = now;
        if (now == null) {
            unload();
            stage.set(Stage.NONE);
            message.set("");
            return;
        }
        locate();
    }

    private void locate() {
        OpenEpisode ep = episode;
        if (target == null) stage.set(Stage.LOCATING);
        executor.execute(BackgroundTask.of("Looking for the episode's media…", () -> media.locate(ep))
                .onSuccess(where -> {
                    if (ep == episode) located(where);
                }).onFailure(e -> {
                    if (ep == episode) failed(HostMessages.of(e, "Looking for the media"));
                }));
    }

    private void located(EpisodeMedia.Located where) {
        switch (where.status()) {
            case NONE -> {
                unload();
                stage.set(Stage.NONE);
            }
            case MISSING -> {
                unload();
                message.set(forTheWindow(where.message()));
                stage.set(Stage.MISSING);
            }
            case FOUND, MOVED -> {
                if (where.status() == EpisodeMedia.Located.Status.MOVED) status.say(where.message());
                boolean sameFile = where.file().equals(target);
                if (!sameFile || stage.get() == Stage.FAILED || stage.get() == Stage.MISSING) open(where.file());
            }
        }
    }

    /** The app's message names the command that points at the file; the window offers its Attach button instead. */
    static String forTheWindow(String missing) {
        return missing.replaceFirst("\\s*Point Showdesk at it: showdesk media .*$", "") + " Attach it again to play it.";
    }

    private void open(Path file) {
        unload();
        target = file;
        long opening = ++openings;
        fileName.set(file.getFileName().toString());
        message.set("");
        stage.set(Stage.LOADING);
        executor.execute(BackgroundTask.of("Opening " + file.getFileName() + "…", () -> opener.apply(file))
                .onSuccess(p -> {
                    if (opening != openings) {
                        p.dispose();
                        return;
                    }
                    loaded.set(p);
                    p.listen(new Playback.Listener() {
                        @Override
                        public void ready(long ms, boolean isVideo) {
                            if (opening == openings) whenReady(p, ms, isVideo);
                        }

                        @Override
                        public void position(long ms) {
                            if (opening == openings) position.set(ms);
                        }

                        @Override
                        public void playing(boolean now) {
                            if (opening == openings) playing.set(now);
                        }

                        @Override
                        public void ended() {
                            if (opening != openings) return;
                            playing.set(false);
                            position.set(p.position());
                        }

                        @Override
                        public void failed(String why) {
                            if (opening == openings) PlayerViewModel.this.failed(why);
                        }
                    });
                }).onFailure(e -> {
                    if (opening == openings) failed(HostMessages.of(e, "Opening the media"));
                }));
    }

    private void whenReady(Playback p, long ms, boolean isVideo) {
        duration.set(ms);
        video.set(isVideo);
        p.setRate(rate.get());
        message.set("");
        stage.set(Stage.READY);
    }

    private void failed(String why) {
        Playback p = loaded.get();
        loaded.set(null);
        if (p != null) p.dispose();
        playing.set(false);
        message.set(why);
        stage.set(Stage.FAILED); // target stays: the same file is not opened again until the host asks
    }

    private void unload() {
        openings++;
        Playback p = loaded.get();
        loaded.set(null);
        if (p != null) p.dispose();
        target = null;
        playing.set(false);
        video.set(false);
        position.set(0);
        duration.set(0);
        fileName.set("");
    }

    /** Opens the media again after it could not be played (the host fixed the cause). */
    public void retry() {
        if (episode == null) return;
        unload();
        followed = episode.state().episode().media();
        if (followed != null) locate();
    }

    // ---- playing ----

    private Playback ready() {
        return stage.get() == Stage.READY ? loaded.get() : null;
    }

    /** Plays or pauses; false when there is nothing to play (the key is then left to others). */
    public boolean playPause() {
        Playback p = ready();
        if (p == null) return false;
        if (playing.get()) p.pause();
        else p.play();
        return true;
    }

    public boolean skip(long deltaMs) {
        Playback p = ready();
        if (p == null) return false;
        seek(p.position() + deltaMs);
        return true;
    }

    /** Moves the playhead (kept within the media); where it lands is read back from the media. */
    public boolean seek(long ms) {
        Playback p = ready();
        if (p == null) return false;
        long to = Math.max(0, duration.get() > 0 ? Math.min(ms, duration.get()) : ms);
        p.seek(to);
        return true;
    }

    public void setRate(double r) {
        rate.set(r);
        Playback p = ready();
        if (p != null) p.setRate(r);
    }

    /** One step along {@link #RATES}: {@code +1} faster, {@code -1} slower. */
    public boolean changeRate(int steps) {
        if (ready() == null) return false;
        int i = RATES.indexOf(rate.get());
        if (i < 0) i = RATES.indexOf(1.0);
        setRate(RATES.get(Math.max(0, Math.min(RATES.size() - 1, i + steps))));
        return true;
    }

    // ---- changing the episode ----

    /** Attaches {@code file} as the episode's media (replacing any), then plays it. */
    public void attach(Path file) {
        OpenEpisode ep = episode;
        if (ep == null || refusedReadOnly()) return;
        executor.execute(BackgroundTask.of("Attaching " + file.getFileName() + "…", () -> media.attach(ep, file))
                .asSave().onSuccess(a -> {
                    if (ep != episode) return;
                    status.say("Attached " + a.file().getFileName() + " (" + EpisodeMedia.formatTime(a.durationMs())
                            + (a.video() ? ", video" : ", audio") + ")." + notes(a.notes()));
                    followed = a.episode().media();
                    boolean playable = a.file().equals(target) && stage.get() != Stage.FAILED;
                    if (started && !playable) open(a.file());
                }).onFailure(errors));
    }

    /** Gives the untimed transcript times from the media (pauses heard in the audio when it can be decoded). */
    public void estimate() {
        OpenEpisode ep = episode;
        if (ep == null || refusedReadOnly()) return;
        executor.execute(BackgroundTask.of("Estimating times from the media…", () -> media.estimate(ep)).asSave()
                .onSuccess(e -> {
                    record(ep, e.undo());
                    status.say("Times estimated for " + e.cues() + " sentence(s) "
                        + (e.method() == EpisodeMedia.Method.PAUSES
                        ? "from the pauses in the audio (" + e.pausesUsed() + " of " + e.pausesSeen() + " used)"
                        : "by syllables over the media's length")
                        + "; " + e.entries() + " entry start(s) are estimates (≈) until you confirm them." + notes(e.notes()));
                })
                .onFailure(errors));
    }

    /** Takes every estimated entry start as the host's own, in one undoable step. */
    public void confirmStarts() {
        OpenEpisode ep = episode;
        if (ep == null || refusedReadOnly()) return;
        executor.execute(BackgroundTask.of("Confirming the estimated starts…", () -> media.confirmEstimatedStarts(ep))
                .asSave().onSuccess(c -> {
                    record(ep, c.undo());
                    status.say(c.count() == 0 ? "No entry has an estimated start to confirm."
                            : "Confirmed " + c.count() + " estimated start(s): they are yours now.");
                }).onFailure(errors));
    }

    /** Sets {@code entry}'s start to where the playhead really is (read back from the media), as one undoable step. */
    public void setStartOf(Entry entry) {
        OpenEpisode ep = episode;
        Playback p = ready();
        if (ep == null || refusedReadOnly()) return;
        if (p == null) {
            status.say("Nothing is playing: attach the episode's media to set a start from it.");
            return;
        }
        if (entry == null || entry.id() <= 0) {
            status.say("Select the entry in the rundown whose start is at the playhead.");
            return;
        }
        long at = p.position();
        position.set(at);
        executor.execute(BackgroundTask.of("Setting the start…", () -> media.startAtPlayhead(ep, entry.id(), at))
                .asSave().onSuccess(u -> {
                    record(ep, u);
                    status.say("\"" + (entry.title().isBlank() ? "(untitled)" : entry.title()) + "\" starts at "
                            + EpisodeMedia.formatTime(at) + ".");
                }).onFailure(errors));
    }

    private void record(OpenEpisode ep, Undoable u) {
        if (u != Undoable.NOTHING && ep == episode) history.done(new ActionStep(u, executor, errors));
    }

    boolean refusedReadOnly() {
        if (readOnly) status.say(READ_ONLY);
        return readOnly;
    }

    private static String notes(List<String> notes) {
        return notes.isEmpty() ? "" : " " + String.join(" ", notes);
    }

    public boolean hasEpisode() {
        return episode != null;
    }

    public ReadOnlyObjectProperty<Stage> stageProperty() { return stage.getReadOnlyProperty(); }
    /** Why the media is missing or cannot play; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyStringProperty fileNameProperty() { return fileName.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty playingProperty() { return playing.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty videoProperty() { return video.getReadOnlyProperty(); }
    /** The playhead in ms, as the media reports it. */
    public ReadOnlyLongProperty positionProperty() { return position.getReadOnlyProperty(); }
    public ReadOnlyLongProperty durationProperty() { return duration.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty rateProperty() { return rate.getReadOnlyProperty(); }
    /** The open media (for its picture); null while none is open. */
    ReadOnlyObjectProperty<Playback> loadedProperty() { return loaded.getReadOnlyProperty(); }
}
