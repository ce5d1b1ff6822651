package org.showdesk.model;

import java.util.List;
import java.util.Optional;

/**
 * One rendered output, ready to copy or save.
 *
 * @param lengths        its length against the platform's limits (never cut: see {@link LengthReport#message()})
 * @param notes          what the host should know: chapters fixed or merged, links moved or left out, characters a
 *                       platform refuses
 * @param suggestedTitle for BILIBILI, YOUTUBE and WECHAT, a title to start from; empty otherwise
 * @param suggestedTags  for BILIBILI the 标签, for YOUTUBE the hashtags (without "#"); empty otherwise
 * @param parts          for BILIBILI and YOUTUBE, each field of the upload form on its own (a copy button each);
 *                       empty otherwise
 */
public record Output(OutputFormat format, String text, List<LengthReport> lengths, List<String> notes,
                     String suggestedTitle, List<String> suggestedTags, List<OutputPart> parts) {
    public Output {
        lengths = List.copyOf(lengths);
        notes = List.copyOf(notes);
        suggestedTags = List.copyOf(suggestedTags);
        parts = List.copyOf(parts);
    }

    public Output(OutputFormat format, String text, List<LengthReport> lengths, List<String> notes,
                  String suggestedTitle, List<String> suggestedTags) {
        this(format, text, lengths, notes, suggestedTitle, suggestedTags, List.of());
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

    /** The part with this {@link OutputPart#key()}, e.g. "description". */
    public Optional<OutputPart> part(String key) {
        return parts.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** The over-limit messages and the notes, one per line, for a status bar or the command line. */
    public List<String> warnings() {
        return java.util.stream.Stream.concat(
                lengths.stream().filter(LengthReport::isOver).map(LengthReport::message), notes.stream()).toList();
    }
}
