package org.showdesk.app;

import org.showdesk.ingest.ImportedTranscript;
import org.showdesk.ingest.TranscriptReader;
import org.showdesk.model.Episode;
import org.showdesk.model.InputException;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Brings a transcript file into a show as a new episode. The file is read and checked completely
 * before anything is written, and the episode with all its cues is stored in one transaction, so a
 * bad file leaves the show exactly as it was.
 */
public final class ImportTranscript {
    private final OpenShow show;

    public ImportTranscript(OpenShow show) {
        this.show = show;
    }

    /**
     * What was imported: the stored episode, how its file was read, and an episode of the show that already had
     * exactly this transcript (the same content), if any.
     *
     * @param format  txt, srt, vtt or whisper-json
     * @param charset the encoding it was read with
     */
    public record Result(Episode episode, String format, String charset, boolean charsetDetected, int cues,
                         Optional<Episode> sameContentAs) {
    }

    /** A transcript file read and checked, not yet stored: see {@link #read}. */
    public static final class Read {
        private final ImportedTranscript transcript;
        private final Path file;

        private Read(ImportedTranscript transcript, Path file) {
            this.transcript = transcript;
            this.file = file;
        }
    }

    /**
     * The encoding named on the command line: {@code auto} (or nothing) detects it, any other name must be one
     * Java knows.
     */
    public static Charset encoding(String option) {
        return TranscriptReader.encodingOption(option);
    }

    /**
     * @param title          the episode title, or null/blank to use the file name without extension
     * @param encodingOrNull null to detect the encoding
     */
    public Result run(Path file, String title, Charset encodingOrNull) {
        return run(read(file, encodingOrNull), title);
    }

    /**
     * Reads and checks a transcript file without a show: the command line reads before it opens (and locks)
     * the show, so a slow or refused file never keeps the show from its host.
     */
    public static Read read(Path file, Charset encodingOrNull) {
        ImportedTranscript t = TranscriptReader.read(file, encodingOrNull);
        if (t.cues().isEmpty()) {
            throw new InputException(t.sourceName(), 0, "there is no text in it to import.");
        }
        return new Read(t, file);
    }

    /** Stores a transcript {@link #read} before as a new episode, in one transaction. */
    public Result run(Read read, String title) {
        ImportedTranscript t = read.transcript;
        Path file = read.file;
        String name = title == null || title.isBlank() ? baseName(file) : title.strip();
        StringBuilder raw = new StringBuilder();
        for (var cue : t.cues()) raw.append(cue.rawText());
        Optional<Episode> same = show.episodes().withOriginalText(raw.toString(), t.cues().size());
        long id = show.episodes().insert(name, file.getFileName().toString(), t.format().id(), t.charset().name(), t.cues());
        return new Result(show.episodes().get(id), t.format().id(), t.charset().name(), t.charsetDetected(),
                t.cues().size(), same);
    }

    static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
