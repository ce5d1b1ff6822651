package org.showdesk.app;

import org.showdesk.media.AudioDecoder;
import org.showdesk.media.AudioNotDecodedException;
import org.showdesk.media.ClockTime;
import org.showdesk.media.Loudness;
import org.showdesk.media.MediaInfo;
import org.showdesk.media.MediaLocator;
import org.showdesk.media.MediaTools;
import org.showdesk.media.PauseFinder;
import org.showdesk.media.Span;
import org.showdesk.media.Syllables;
import org.showdesk.media.TimeEstimator;
import org.showdesk.model.Cue;
import org.showdesk.model.Entry;
import org.showdesk.model.EntryField;
import org.showdesk.model.Episode;
import org.showdesk.model.MediaFile;
import org.showdesk.model.ShowdeskException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * An episode's audio or video: attach it, find it again when it moved, estimate times for an untimed transcript from
 * it, set an entry's start from the playhead, and shift every exported time by an offset. Reading a file and decoding
 * it happen before anything is written, so a refused file leaves the show exactly as it was; every change is one
 * transaction.
 */
public final class EpisodeMedia {
    /** How an estimate was made: sentence starts on pauses heard in the audio, or shared out by syllables. */
    public enum Method {
        PAUSES, SYLLABLES;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public record Attached(Episode episode, Path file, String format, long durationMs, boolean video, String readWith,
                           List<String> notes) {
        public Attached {
            notes = List.copyOf(notes);
        }
    }

    /** Where the episode's media is now. {@code file} is null for NONE and MISSING; {@code message} is for the host. */
    public record Located(Status status, Path file, String message) {
        public enum Status { NONE, FOUND, MOVED, MISSING }
    }

    /**
     * @param cues       how many cues got a time
     * @param entries    how many entries' starts now follow their first cue (those the host set are kept)
     * @param pausesUsed sentence starts placed on a pause heard in the audio
     * @param pausesSeen pauses heard between the first and the last word
     * @param notes      why pauses were not used, what was found again, what to check
     * @param undo       puts the times back as they were (none, or the previous estimate): one step of the history
     */
    public record Estimated(Method method, int cues, int entries, int pausesUsed, int pausesSeen, List<String> notes,
                            Undoable undo) {
        public Estimated {
            notes = List.copyOf(notes);
        }
    }

    private final OpenShow show;
    private final MediaTools tools;

    public EpisodeMedia(OpenShow show) {
        this(show, MediaTools.onThisMachine());
    }

    /** With the given ffmpeg/ffprobe (or none): tests use it to act as a machine without them. */
    public EpisodeMedia(OpenShow show, MediaTools tools) {
        this.show = show;
        this.tools = tools;
    }

    /** Milliseconds for a time a host typed ("83.5", "1:23.5", "-2"), or a message saying how to write one. */
    public static long parseTime(String text) {
        return ClockTime.parse(text);
    }

    /** "1:23.5": how times are written back to the host. */
    public static String formatTime(long ms) {
        return ClockTime.format(ms);
    }

    /**
     * Attaches {@code file} to the episode, replacing any media attached before. The file is checked (it must be
     * audio or video the player can play) before anything is written.
     *
     * @throws org.showdesk.model.InputException when the file is not playable media; the show is unchanged
     */
    public Attached attach(OpenEpisode episode, Path file) {
        Episode before = episode.state().episode();
        long episodeId = before.id();
        MediaInfo info = tools.probe().probe(file);
        MediaFile media = new MediaFile(MediaLocator.storedPath(file, showFolder()), info.durationMs());
        show.episodes().saveMedia(episodeId, media);
        updateEpisode(episode, before.withMedia(media));
        List<String> notes = new ArrayList<>(info.warnings());
        if (before.media() != null && before.timesEstimated() && before.media().durationMs() != info.durationMs()) {
            notes.add("The times of this episode were estimated from the media attached before ("
                    + ClockTime.format(before.media().durationMs()) + " long); estimate them again for this one.");
        }
        return new Attached(episode.state().episode(), file.toAbsolutePath().normalize(), info.format(),
                info.durationMs(), info.video(), info.readWith(), notes);
    }

    /** Detaches the media (the file itself is left alone). */
    public void detach(OpenEpisode episode) {
        show.episodes().saveMedia(episode.id(), null);
        updateEpisode(episode, episode.state().episode().withMedia(null));
    }

    private static void updateEpisode(OpenEpisode episode, Episode now) {
        episode.update(episode.state().withEpisode(now), EnumSet.of(OpenEpisode.Aspect.EPISODE),
                OpenEpisode.Cause.ACTION);
    }

    /**
     * Finds the episode's media: where it was stored, or in the likely places it moved to (then the show points
     * there from now on, unless it is open read-only). Never throws for a missing file: the host is told where it
     * was looked for and how to point at it, once.
     */
    public Located locate(OpenEpisode episode) {
        Located located = located(episode.id(), episode.state().episode());
        if (located.status() == Located.Status.MOVED && !show.isReadOnly()) pointAt(episode, located.file());
        return located;
    }

    private Located located(long episodeId, Episode episode) {
        if (episode.media() == null) {
            return new Located(Located.Status.NONE, null, "Episode " + episodeId + " has no media attached.");
        }
        MediaLocator.Location where = new MediaLocator(tools.probe())
                .locate(episode.media().path(), episode.media().durationMs(), showFolder());
        if (where instanceof MediaLocator.Found found) {
            return new Located(Located.Status.FOUND, found.file(), found.file().toString());
        }
        if (where instanceof MediaLocator.Moved moved) {
            return new Located(Located.Status.MOVED, moved.file(), "The media was not at " + moved.was()
                    + "; found it at " + moved.file() + (show.store().isReadOnly() ? "." : ", and the show points there now."));
        }
        MediaLocator.Missing missing = (MediaLocator.Missing) where;
        return new Located(Located.Status.MISSING, null, "The media of episode " + episodeId + " is not at "
                + missing.expected() + (missing.tried().isEmpty() ? "" : " (nor beside the show, nor under another "
                + "extension beside it)") + ". Point Showdesk at it: showdesk media " + org.showdesk.model.CommandLineText.quoted(show.file())
                + " --episode " + episodeId + " attach FILE.");
    }

    /** An episode's recording: where it is now, or where the show expects it when it cannot be found. */
    public record AttachedFile(long episodeId, String episodeTitle, Path file) {
    }

    /**
     * The media of every episode of the show, found as {@code media where} finds it (without changing the show),
     * plus the place it is stored at: files no output may ever replace.
     */
    public List<AttachedFile> attachedFiles() {
        List<AttachedFile> out = new ArrayList<>();
        for (Episode e : show.episodeList()) {
            if (e.media() == null) continue;
            Path stored = MediaLocator.resolve(e.media().path(), showFolder());
            out.add(new AttachedFile(e.id(), e.title(), stored));
            Located now = located(e.id(), e);
            if (now.file() != null && !now.file().equals(stored)) out.add(new AttachedFile(e.id(), e.title(), now.file()));
        }
        return out;
    }

    /** Stores the place a moved file was found at (its length was checked to be the same recording's). */
    private void pointAt(OpenEpisode episode, Path file) {
        Episode e = episode.state().episode();
        MediaFile now = new MediaFile(MediaLocator.storedPath(file, showFolder()), e.media().durationMs());
        show.episodes().saveMedia(e.id(), now);
        updateEpisode(episode, e.withMedia(now));
    }

    /**
     * Gives every cue of an untimed transcript a time, and every entry whose start the host did not set the start of
     * its first cue, all marked as estimates. Sentence starts are placed on pauses heard in the audio when it can be
     * decoded (ffmpeg, or the JDK for WAV); otherwise the media's length is shared out by syllables, and the notes
     * say why.
     */
    public Estimated estimate(OpenEpisode open) {
        OpenEpisode.State content = open.state();
        Episode episode = content.episode();
        long episodeId = episode.id();
        if (episode.media() == null) {
            throw new ShowdeskException("Episode " + episodeId + " has no media to estimate times from. Attach its audio "
                    + "or video first: showdesk media " + org.showdesk.model.CommandLineText.quoted(show.file()) + " --episode " + episodeId
                    + " attach FILE");
        }
        List<Cue> cues = content.transcript().cues();
        if (cues.isEmpty()) throw new ShowdeskException("Episode " + episodeId + " has no transcript text to time.");
        if (!episode.timesEstimated() && cues.stream().anyMatch(Cue::isTimed)) {
            throw new ShowdeskException("Episode " + episodeId + " has the times of the transcript it was imported from ("
                    + episode.sourceFormat() + "); estimating would replace real times with guesses, so nothing was "
                    + "changed.");
        }
        List<String> notes = new ArrayList<>();
        List<String> texts = cues.stream().map(Cue::text).toList();
        Located where = located(episodeId, episode);
        TimeEstimator.Estimate estimate = estimateFrom(episodeId, where, episode.media(), texts, notes);

        List<Cue> timed = new ArrayList<>();
        for (int i = 0; i < cues.size(); i++) {
            Cue c = cues.get(i);
            Span s = estimate.spans().get(i);
            timed.add(new Cue(c.id(), s.startMs(), s.endMs(), c.rawText(), c.text()));
        }
        List<Entry> moved = new ArrayList<>();
        for (Entry e : content.entries()) {
            if (e.isEdited(EntryField.START)) continue;
            int first = content.transcript().indexOfCue(e.firstCueId());
            if (first < 0) continue;
            moved.add(e.withStart(timed.get(first).startMs(), true));
        }
        MediaFile media = where.status() == Located.Status.MOVED
                ? new MediaFile(MediaLocator.storedPath(where.file(), showFolder()), episode.media().durationMs())
                : episode.media();
        show.store().inOneTransaction(() -> {
            if (media != episode.media()) show.episodes().saveMedia(episodeId, media);
            show.episodes().saveCueTimes(episodeId, timed, true);
            for (Entry e : moved) show.entries().save(e);
            return null;
        });
        List<Entry> entries = content.entries().stream().map(e -> moved.stream().filter(m -> m.id() == e.id())
                .findFirst().orElse(e)).toList();
        open.update(content.withText(new org.showdesk.model.Transcript(timed), content.findings(), content.corrections())
                        .withEntries(entries).withEpisode(episode.withMedia(media).withTimesEstimated(true)),
                EnumSet.of(OpenEpisode.Aspect.TEXT, OpenEpisode.Aspect.ENTRIES, OpenEpisode.Aspect.EPISODE),
                OpenEpisode.Cause.ACTION);
        int kept = content.entries().size() - moved.size();
        if (kept > 0) notes.add(kept + " entry start(s) set by the host were kept.");
        Method method = estimate.method() == TimeEstimator.Method.PAUSES ? Method.PAUSES : Method.SYLLABLES;
        Map<Long, Entry> startsBefore = new java.util.HashMap<>();
        for (Entry e : content.entries()) startsBefore.put(e.id(), e);
        Map<Long, Entry> startsAfter = new java.util.HashMap<>();
        for (Entry e : moved) startsAfter.put(e.id(), e);
        Undoable undo = timesStep(open, cues, episode.timesEstimated(), startsBefore, timed, startsAfter);
        return new Estimated(method, timed.size(), moved.size(), estimate.pausesUsed(), estimate.pausesSeen(), notes, undo);
    }

    /**
     * Taking an estimate back: the cues get the times they had (by id, so text typed since stays), the entries the
     * starts they had; doing it again puts the estimate back the same way.
     */
    private Undoable timesStep(OpenEpisode open, List<Cue> back, boolean backEstimated, Map<Long, Entry> backStarts,
                               List<Cue> again, Map<Long, Entry> againStarts) {
        return () -> {
            setTimes(open, back, backEstimated, backStarts);
            return timesStep(open, again, true, againStarts, back, backStarts);
        };
    }

    private void setTimes(OpenEpisode open, List<Cue> times, boolean estimated, Map<Long, Entry> starts) {
        OpenEpisode.State now = open.state();
        Map<Long, Cue> byId = new java.util.HashMap<>();
        for (Cue c : times) byId.put(c.id(), c);
        List<Cue> cues = now.transcript().cues().stream().map(c -> {
            Cue t = byId.get(c.id());
            return t == null ? c : new Cue(c.id(), t.startMs(), t.endMs(), c.rawText(), c.text());
        }).toList();
        List<Entry> changed = new ArrayList<>();
        List<Entry> entries = now.entries().stream().map(e -> {
            Entry had = starts.get(e.id());
            if (had == null || (java.util.Objects.equals(had.startMs(), e.startMs()) && had.startEstimated() == e.startEstimated())) {
                return e;
            }
            Entry put = e.withStart(had.startMs(), had.startEstimated());
            changed.add(put);
            return put;
        }).toList();
        long episodeId = now.episode().id();
        show.store().inOneTransaction(() -> {
            show.episodes().saveCueTimes(episodeId, cues, estimated);
            for (Entry e : changed) show.entries().save(e);
            return null;
        });
        open.update(now.withText(new org.showdesk.model.Transcript(cues), now.findings(), now.corrections())
                        .withEntries(entries).withEpisode(now.episode().withTimesEstimated(estimated)),
                EnumSet.of(OpenEpisode.Aspect.TEXT, OpenEpisode.Aspect.ENTRIES, OpenEpisode.Aspect.EPISODE),
                OpenEpisode.Cause.ACTION);
    }

    /** Louder than this somewhere, or the recording holds no speech at all (speech peaks around −30 to −10 dB). */
    private static final double SPEECH_HEARD_DB = -55;
    /** People speak 3–7 syllables a second; a transcript squeezed past this into the media cannot be its text. */
    private static final double MAX_SYLLABLES_PER_SECOND = 12;

    private TimeEstimator.Estimate estimateFrom(long episodeId, Located where, MediaFile media, List<String> texts,
                                                List<String> notes) {
        if (where.status() == Located.Status.MOVED) notes.add(where.message());
        if (where.file() == null) {
            // Guessing by syllables here would replace times made from the real audio with worse ones.
            throw new ShowdeskException(where.message() + " Times are estimated from the recording itself, so nothing "
                    + "was changed: put the file back or attach it where it is now (`showdesk media "
                    + org.showdesk.model.CommandLineText.quoted(show.file()) + " --episode " + episodeId + " where` lists where it was looked for).");
        }
        String name = where.file().getFileName().toString();
        AudioDecoder decoder = tools.decoder();
        Loudness loudness;
        try {
            loudness = decoder.loudness(where.file());
        } catch (AudioNotDecodedException e) {
            if (e.noAudioTrack()) {
                throw new ShowdeskException(name + ": the media has no audio track, so there is no speech to time the "
                        + "transcript from. Nothing was changed. Attach the recording with its sound: showdesk media "
                        + org.showdesk.model.CommandLineText.quoted(show.file()) + " --episode " + episodeId + " attach FILE.");
            }
            String how = tools.ffmpeg().isPresent()
                    ? " Check the file (play it; it may be damaged)"
                    : " Install ffmpeg to place sentences on the pauses in the audio";
            notes.add("Pauses were not used: " + e.getMessage() + "." + how + "; the times were shared out by "
                    + "syllables over the media's length.");
            return checkedRate(TimeEstimator.bySyllables(texts, 0, media.durationMs()), texts, name, notes);
        }
        if (loudness.levelAt(0.99) < SPEECH_HEARD_DB) {
            throw new ShowdeskException("No speech heard in " + name + ": its " + ClockTime.format(loudness.durationMs())
                    + " are silent (the loudest moments reach " + Math.round(loudness.levelAt(0.99)) + " dB). Times "
                    + "were not estimated and nothing was changed; check that it is the episode's recording, with its "
                    + "sound, and attach the right file.");
        }
        long plays = loudness.durationMs();
        if (media.durationMs() - plays > Math.max(2_000, media.durationMs() / 20)) {
            notes.add(name + " plays for only " + ClockTime.format(plays) + ", though its length was read as "
                    + ClockTime.format(media.durationMs()) + " when it was attached: the file is probably cut short. "
                    + "Times were placed within what plays; attach the whole recording and estimate again.");
        }
        TimeEstimator.Estimate estimate = TimeEstimator.withPauses(texts, PauseFinder.find(loudness));
        if (estimate.method() != TimeEstimator.Method.PAUSES) {
            notes.add("No placement on the " + estimate.pausesSeen() + " pause(s) heard fitted the text; the times were "
                    + "shared out by syllables over the speaking part.");
        }
        return checkedRate(estimate, texts, name, notes);
    }

    /** Warns when the transcript is far too long for the time it was spread over: the media is not its recording. */
    private static TimeEstimator.Estimate checkedRate(TimeEstimator.Estimate estimate, List<String> texts, String name,
                                                      List<String> notes) {
        double syllables = texts.stream().mapToDouble(Syllables::spoken).sum();
        List<Span> spans = estimate.spans();
        if (spans.isEmpty()) return estimate;
        long spanMs = spans.get(spans.size() - 1).endMs() - spans.get(0).startMs();
        double perSecond = syllables / Math.max(1, spanMs / 1000.0);
        if (perSecond > MAX_SYLLABLES_PER_SECOND) {
            notes.add("Check the media: the transcript has about " + Math.round(syllables) + " syllables, but they "
                    + "had to be spread over " + ClockTime.format(spanMs) + " of " + name + " (" + Math.round(perSecond)
                    + " a second, where speech runs at 3–7). It may be another episode's file or cut short; these "
                    + "times cannot be trusted.");
        }
        return estimate;
    }

    /**
     * Sets an entry's start to the playhead: the host's own time, no longer an estimate, and kept by later estimates.
     */
    public Entry setEntryStart(OpenEpisode open, long entryId, long playheadMs) {
        startAtPlayhead(open, entryId, playheadMs);
        return open.state().entries().stream().filter(e -> e.id() == entryId).findFirst().orElseThrow();
    }

    /**
     * {@link #setEntryStart} as an action of the window: it returns how to take it back, for the window's undo
     * history. It goes through the rundown's edit, so the start is remembered as typed by the host.
     */
    public Undoable startAtPlayhead(OpenEpisode open, long entryId, long playheadMs) {
        Episode episode = open.state().episode();
        long episodeId = episode.id();
        if (playheadMs < 0) throw new ShowdeskException("A start time cannot be negative (" + ClockTime.format(playheadMs) + ").");
        if (episode.media() != null && episode.media().durationMs() > 0 && playheadMs > episode.media().durationMs()) {
            throw new ShowdeskException(ClockTime.format(playheadMs) + " is past the end of the media ("
                    + ClockTime.format(episode.media().durationMs()) + ").");
        }
        Entry entry = open.state().entries().stream().filter(e -> e.id() == entryId).findFirst()
                .orElseThrow(() -> new ShowdeskException("Episode " + episodeId + " has no entry " + entryId + "."));
        return new Rundown(show).edit(open, entry.withStart(playheadMs, false)); // the host's own start, remembered as typed
    }

    /** How many estimated starts were confirmed, and how to take that back. */
    public record Confirmed(int count, Undoable undo) {
    }

    /**
     * Accepts the estimated starts of the episode's entries as the host's own: no longer marked, and kept by later
     * estimates. Returns how many were confirmed.
     */
    public int confirmStarts(OpenEpisode open) {
        return confirmEstimatedStarts(open).count();
    }

    /** {@link #confirmStarts} as an action of the window, with how to take it back. */
    public Confirmed confirmEstimatedStarts(OpenEpisode open) {
        List<Entry> before = open.state().entries();
        List<Entry> confirmed = new ArrayList<>();
        for (Entry e : before) {
            if (!e.startEstimated()) continue;
            EnumSet<EntryField> edited = e.edited().isEmpty() ? EnumSet.noneOf(EntryField.class) : EnumSet.copyOf(e.edited());
            edited.add(EntryField.START);
            confirmed.add(e.withStart(e.startMs(), false).withEdited(edited));
        }
        if (confirmed.isEmpty()) return new Confirmed(0, Undoable.NOTHING);
        show.store().inOneTransaction(() -> {
            for (Entry e : confirmed) show.entries().save(e);
            return null;
        });
        List<Entry> entries = before.stream().map(e -> confirmed.stream().filter(c -> c.id() == e.id())
                .findFirst().orElse(e)).toList();
        open.update(open.state().withEntries(entries), EnumSet.of(OpenEpisode.Aspect.ENTRIES), OpenEpisode.Cause.ACTION);
        return new Confirmed(confirmed.size(), () -> new Rundown(show).restore(open, before, entries));
    }

    /** Shifts every time in the subtitle exports (an intro bumper before the recording: positive; a cut: negative). */
    public Episode setTimeOffset(OpenEpisode open, long offsetMs) {
        if (Math.abs(offsetMs) > 24L * 3_600_000) {
            throw new ShowdeskException("An offset of " + ClockTime.format(offsetMs) + " is longer than a day; "
                    + "write it as seconds or minutes:seconds.");
        }
        show.episodes().saveTimeOffset(open.id(), offsetMs);
        updateEpisode(open, open.state().episode().withTimeOffset(offsetMs));
        return open.state().episode();
    }

    /**
     * What is odd about the episode's offset, if anything: longer than its media, every subtitle would start after
     * the recording ends (an intro bumper is a few seconds; 99:00 is more likely a slip for 0:99).
     */
    public static java.util.Optional<String> offsetWarning(Episode e) {
        if (e.media() == null || e.media().durationMs() <= 0) return java.util.Optional.empty();
        if (Math.abs(e.timeOffsetMs()) < e.media().durationMs()) return java.util.Optional.empty();
        return java.util.Optional.of("The offset (" + formatTime(e.timeOffsetMs()) + ") is as long as the episode's media ("
                + formatTime(e.media().durationMs()) + ") or longer: every exported time would fall "
                + (e.timeOffsetMs() > 0 ? "after the recording ends" : "before it starts")
                + ". Check the value; an intro bumper is usually a few seconds.");
    }

    private Path showFolder() {
        Path parent = show.file().toAbsolutePath().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }
}
