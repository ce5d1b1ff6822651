package org.showdesk.ui.preview;

import org.showdesk.model.LengthReport;
import org.showdesk.model.OutputPart;

import java.util.List;

/**
 * One tab of the preview after rendering.
 *
 * @param page      the HTML the WebView loads (escaped output, or the problem explained)
 * @param plainText what "Copy" puts on the clipboard as text; empty when the output could not be made
 * @param richHtml  for the show notes, the HTML put on the clipboard beside the text; {@code null} otherwise
 * @param lengths   the output's lengths against its platform's limits
 * @param notes     what the host should know (chapters dropped, links left out, characters a platform refuses)
 * @param problem   why the output could not be made (a broken template, with its place); empty when it was
 * @param suggestedTitle for Bilibili and YouTube, the video title drafted from the title template; empty otherwise
 * @param suggestedTags  for Bilibili and YouTube, tags drafted from the rundown; empty otherwise
 */
public record RenderedTab(PreviewTab tab, String page, String plainText, String richHtml, List<LengthReport> lengths,
                          List<String> notes, String problem, String suggestedTitle, List<String> suggestedTags,
                          List<OutputPart> parts) {
    public RenderedTab {
        lengths = List.copyOf(lengths);
        notes = List.copyOf(notes);
        suggestedTags = List.copyOf(suggestedTags);
        parts = List.copyOf(parts);
    }

    /** The tab when its output could not be made: the problem shown in place of the output. */
    static RenderedTab failed(PreviewTab tab, String problem) {
        return new RenderedTab(tab, PreviewPages.problem(problem), "", null, List.of(), List.of(), problem, "", List.of(),
                List.of());
    }

    RenderedTab withRichHtml(String html) {
        return new RenderedTab(tab, page, plainText, html, lengths, notes, problem, suggestedTitle, suggestedTags, parts);
    }

    public boolean failed() {
        return !problem.isEmpty();
    }

    public boolean isOverALimit() {
        return lengths.stream().anyMatch(LengthReport::isOver);
    }
}
