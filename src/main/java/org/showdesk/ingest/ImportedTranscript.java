package org.showdesk.ingest;

import org.showdesk.model.Cue;
import org.showdesk.model.Transcript;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;

/**
 * What a transcript file held, ready to become an episode.
 *
 * <p>Plain-text cues are sentences whose texts join back to the file's text exactly (line endings
 * normalised to {@code \n}, byte-order mark removed). A timed cue's text is the subtitle's lines,
 * markup stripped and each trimmed, joined with {@code \n}, plus a final {@code \n}, so the
 * episode text reads one subtitle per line and {@link Cue#displayText()} gives the subtitle back
 * with its line layout; subtitles with no words are left out.
 *
 * @param sourceName      the file name (or the name the caller gave), as used in messages
 * @param format          which reader produced the cues
 * @param charset         the encoding the bytes were decoded with
 * @param charsetDetected true when Showdesk chose the encoding, false when the caller named it
 * @param cues            not yet stored cues (id 0); their texts joined are the episode text
 */
public record ImportedTranscript(String sourceName, TranscriptFormat format, Charset charset,
                                 boolean charsetDetected, List<Cue> cues) {

    public ImportedTranscript {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(charset, "charset");
        cues = List.copyOf(cues);
    }

    public Transcript transcript() {
        return new Transcript(cues);
    }

    /** The episode text: all cue texts joined. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Cue c : cues) sb.append(c.text());
        return sb.toString();
    }

    public boolean isTimed() {
        return format != TranscriptFormat.TXT;
    }
}
