package org.showdesk.app;

import org.showdesk.model.Correction;
import org.showdesk.model.Entry;
import org.showdesk.model.Episode;
import org.showdesk.model.Finding;
import org.showdesk.model.Source;
import org.showdesk.model.Transcript;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The episode a window or a command works on, held once in memory: its transcript, the open findings, the
 * entries, the correction history and the host's sources. Everything that shows the episode observes this
 * object; only the use cases of this package change it, each after saving the change in one transaction, so
 * what is in memory is what is in the file.
 *
 * <p>Listeners are called on the thread that made the change (the window's background thread, or the
 * command's own thread); a window adapts them to its own thread.
 */
public final class OpenEpisode {
    /** What part of the episode a change touched. */
    public enum Aspect { EPISODE, TEXT, FINDINGS, ENTRIES, CORRECTIONS, SOURCES }

    /**
     * Why it changed. TYPED: the host typed the text in the editor, which already shows it (only marks
     * follow); everything else is to be shown as it now is.
     */
    public enum Cause { OPENED, TYPED, ACTION, RESCAN }

    /** The whole episode at one moment; immutable. */
    public record State(Episode episode, Transcript transcript, List<Finding> findings, List<Entry> entries,
                        List<Correction> corrections, List<Source> sources, boolean wordBoundaries) {
        public State {
            findings = List.copyOf(findings);
            entries = List.copyOf(entries);
            corrections = List.copyOf(corrections);
            sources = List.copyOf(sources);
        }

        public long episodeId() {
            return episode.id();
        }

        public String text() {
            return transcript.text();
        }

        State withText(Transcript t, List<Finding> f, List<Correction> c) {
            return new State(episode.withCounts(t.size(), t.length()), t, f, entries, c, sources, wordBoundaries);
        }

        State withFindings(List<Finding> f, boolean words) {
            return new State(episode, transcript, f, entries, corrections, sources, words);
        }

        State withEntries(List<Entry> e) {
            return new State(episode, transcript, findings, e, corrections, sources, wordBoundaries);
        }

        State withEpisode(Episode e) {
            return new State(e, transcript, findings, entries, corrections, sources, wordBoundaries);
        }

        State withSources(List<Source> s) {
            return new State(episode, transcript, findings, entries, corrections, s, wordBoundaries);
        }
    }

    /** One change: the state after it and what it touched. */
    public record Change(State state, Set<Aspect> aspects, Cause cause) {
        public boolean touches(Aspect a) {
            return aspects.contains(a);
        }
    }

    private final OpenShow show;
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private volatile State state;

    OpenEpisode(OpenShow show, State initial) {
        this.show = show;
        this.state = initial;
    }

    public long id() {
        return state.episodeId();
    }

    public State state() {
        return state;
    }

    /** The show this episode belongs to. */
    public OpenShow show() {
        return show;
    }

    public void addListener(Consumer<Change> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Change> listener) {
        listeners.remove(listener);
    }

    /**
     * Only use cases call this, after the change is saved. A listener that fails is a bug of its own: it is
     * logged, and neither the other listeners nor the saved change are affected.
     */
    void update(State next, Set<Aspect> aspects, Cause cause) {
        state = next;
        Change change = new Change(next, Set.copyOf(aspects.isEmpty() ? EnumSet.noneOf(Aspect.class) : aspects), cause);
        for (Consumer<Change> l : listeners) {
            try {
                l.accept(change);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "a view of the episode failed to follow a change", e);
            }
        }
    }

    private static final System.Logger LOG = System.getLogger("org.showdesk.app");
}
