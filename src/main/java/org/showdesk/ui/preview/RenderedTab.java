package org.showdesk.ui.preview;

import org.showdesk.draft.LengthReport;

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
 */
public record RenderedTab(PreviewTab tab, String page, String plainText, String richHtml, List<LengthReport> lengths,
                          List<String> notes, String problem) {
    public RenderedTab {
        lengths = List.copyOf(lengths);
        notes = List.copyOf(notes);
    }

    public boolean failed() {
        return !problem.isEmpty();
    }

    public boolean isOverALimit() {
        return lengths.stream().anyMatch(LengthReport::isOver);
    }
}
