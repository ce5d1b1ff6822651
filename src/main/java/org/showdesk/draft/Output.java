package org.showdesk.draft;

import java.util.List;

/**
 * One rendered output, ready to copy or save.
 *
 * @param lengths        its length against the platform's limits (never cut: see {@link LengthReport#message()})
 * @param notes          what the host should know: chapters fixed or dropped, links left out, characters a
 *                       platform refuses
 * @param suggestedTitle for BILIBILI and YOUTUBE, a video title to start from; empty otherwise
 * @param suggestedTags  for BILIBILI and YOUTUBE, tags to start from (organizations and works); empty otherwise
 */
public record Output(OutputFormat format, String text, List<LengthReport> lengths, List<String> notes,
                     String suggestedTitle, List<String> suggestedTags) {
    public Output {
        lengths = List.copyOf(lengths);
        notes = List.copyOf(notes);
        suggestedTags = List.copyOf(suggestedTags);
    }

    public String mediaType() {
        return format.mediaType();
    }

    public String fileExtension() {
        return format.extension();
    }

    public boolean isOverAnyLimit() {
        return lengths.stream().anyMatch(LengthReport::isOver);
    }

    /** The over-limit messages and the notes, one per line, for a status bar or the command line. */
    public List<String> warnings() {
        return java.util.stream.Stream.concat(
                lengths.stream().filter(LengthReport::isOver).map(LengthReport::message), notes.stream()).toList();
    }
}
