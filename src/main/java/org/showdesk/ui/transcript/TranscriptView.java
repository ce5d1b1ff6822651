package org.showdesk.ui.transcript;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.util.Duration;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.util.UndoUtils;
import org.showdesk.model.Finding;
import org.showdesk.ui.common.Icons;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The transcript pane. The editor shows the saved text; the host's typing is gathered into bursts
 * (a pause, or a jump to another place, ends one) and each burst is saved as one hand edit. Marks
 * arrive from the view model already styled; a result for text the host has since changed is
 * skipped, as the next one is on its way.
 *
 * <p>Keys: F8 / Shift+F8 next / previous finding (selects it), Ctrl+Enter accepts the selected
 * finding, Ctrl+Backspace rejects it (otherwise it deletes a word as usual), Ctrl+Z / Ctrl+Shift+Z
 * undo / redo, Ctrl+F find, Ctrl+H replace.
 */
public final class TranscriptView {
    static final Duration TYPING_PAUSE = Duration.millis(500);

    private final TranscriptViewModel model;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final BorderPane root = new BorderPane();
    private final FindBar findBar;
    private final Label counts = new Label();
    private final PauseTransition typingPause = new PauseTransition(TYPING_PAUSE);
    private final Popup hover = new Popup();
    private final Label hoverText = new Label();
    private final ShownBreaks breaks = new ShownBreaks();
    private boolean settingText;
    /** The stretch typed in the current burst, in current text offsets; null when nothing is pending. */
    private int[] burst;
    private ContextMenu openMenu;
    /** The sentence being played, drawn like a second selection; made when first needed. */
    private org.fxmisc.richtext.SelectionImpl<java.util.Collection<String>, String, java.util.Collection<String>> playing;
    private final boolean readOnly;

    public TranscriptView(TranscriptViewModel model, boolean readOnly) {
        this.model = model;
        this.readOnly = readOnly;
        area.setWrapText(true);
        area.setEditable(!readOnly);
        area.setId("transcript");
        area.getStyleClass().add("transcript-area");
        area.setUndoManager(UndoUtils.noOpUndoManager()); // the view model owns undo: it must match the saved history
        // Shown while the area is empty: before the episode is read, and for an episode without text.
        Label waiting = new Label();
        waiting.setId("transcript-placeholder");
        waiting.getStyleClass().add("empty-state");
        waiting.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.snapshot() == null ? "Reading the transcript…" : "This episode has no text.",
                model.snapshotProperty()));
        area.setPlaceholder(waiting, Pos.CENTER);
        findBar = new FindBar(area, this, model);
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.setTop(new VBox(header(), findBar.view()));
        root.setCenter(scroll);
        root.getStyleClass().addAll("pane", "transcript-pane");

        area.plainTextChanges().subscribe(this::typed);
        typingPause.setOnFinished(e -> saveTyping());
        model.snapshotProperty().addListener((obs, old, s) -> show(s));
        model.changingProperty().addListener((obs, was, busy) -> area.setEditable(!readOnly && !busy));
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        area.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && area.getSelection().getLength() == 0) {
                area.hit(e.getX(), e.getY()).getCharacterIndex().ifPresent(i -> openFindingAt(breaks.toModel(i)));
            }
        });
        hoverText.getStyleClass().add("hover-card");
        hoverText.setId("finding-card");
        area.addEventFilter(KeyEvent.KEY_TYPED, e -> hover.hide());
        hover.getContent().add(hoverText);
        area.setMouseOverTextDelay(java.time.Duration.ofMillis(350));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN,
                e -> hoverAt(breaks.toModel(e.getCharacterIndex()), e.getScreenPosition()));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hover.hide());
        show(model.snapshot()); // the window may build this view after the episode was read
    }

    private Node header() {
        Label title = new Label("Transcript");
        title.getStyleClass().add("pane-title");
        counts.getStyleClass().add("pane-subtitle");
        counts.setId("finding-count");
        Button previous = new Button(null, Icons.previous());
        previous.setTooltip(new Tooltip("Previous finding (Shift+F8)"));
        previous.setOnAction(e -> selectFinding(false));
        Button next = new Button(null, Icons.next());
        next.setTooltip(new Tooltip("Next finding (F8)"));
        next.setOnAction(e -> selectFinding(true));
        previous.getStyleClass().addAll("flat", "small");
        next.getStyleClass().addAll("flat", "small");
        javafx.scene.control.ToggleButton style = new javafx.scene.control.ToggleButton();
        style.setId("show-style");
        style.getStyleClass().addAll("flat", "small");
        style.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                "style " + model.styleCountProperty().get(), model.styleCountProperty()));
        style.setTooltip(new Tooltip("Show the style fixes too: Chinese typography (ASR's half-width commas…) and the "
                + "spelling style of names. They are never counted as recognition errors."));
        style.selectedProperty().bindBidirectional(model.showStyleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, counts, style, spacer, legend(), previous, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("pane-header");
        return bar;
    }

    private Node legend() {
        HBox legend = new HBox(8);
        for (String band : new String[]{"high", "mid", "low"}) {
            Label l = new Label(band);
            l.getStyleClass().addAll("legend", "legend-" + band);
            legend.getChildren().add(l);
        }
        Label fixed = new Label("fixed");
        fixed.getStyleClass().addAll("legend", "legend-fixed");
        legend.getChildren().add(fixed);
        legend.setAlignment(Pos.CENTER_LEFT);
        return legend;
    }

    public Node view() {
        return root;
    }

    /** The editor itself, for focus and tests. */
    public StyleClassedTextArea area() {
        return area;
    }

    /** Tells {@code listener} the caret's text offset whenever it moves (for selecting the entry there). */
    public void setOnCaretMoved(java.util.function.IntConsumer listener) {
        area.caretPositionProperty().addListener((obs, old, at) -> listener.accept(breaks.toModel(at)));
    }

    /** Highlights a stretch of the text (an entry picked elsewhere) and scrolls to its start. */
    public void reveal(int start, int end) {
        int from = Math.max(0, Math.min(breaks.toDisplay(start), area.getLength()));
        int to = Math.max(from, Math.min(breaks.toDisplayEnd(end), area.getLength()));
        area.selectRange(to, from); // caret at the start, so following the caret shows where the entry begins
        area.requestFollowCaret();
    }

    /**
     * Marks text offsets {@code [start, end)} as the sentence being played (style class {@code playhead-sentence}),
     * or nothing for an empty range. Drawn behind the text like a second selection: the text's styles are not
     * touched, so it costs no restyling and survives every restyle.
     */
    public void markPlaying(int start, int end) {
        if (end <= start) {
            if (playing != null) playing.selectRange(0, 0);
            return;
        }
        if (playing == null) {
            playing = new org.fxmisc.richtext.SelectionImpl<>("playhead", area,
                    path -> path.getStyleClass().add("playhead-sentence"));
            area.addSelection(playing);
        }
        int from = Math.max(0, Math.min(breaks.toDisplay(start), area.getLength()));
        playing.selectRange(from, Math.max(from, Math.min(breaks.toDisplayEnd(end), area.getLength())));
    }

    /** The text offsets marked as being played, {@code [start, end)}; empty (0, 0) when none is. */
    public javafx.scene.control.IndexRange markedPlaying() {
        if (playing == null || playing.getLength() == 0) return new javafx.scene.control.IndexRange(0, 0);
        return new javafx.scene.control.IndexRange(breaks.toModel(playing.getStartPosition()),
                breaks.toModel(playing.getEndPosition()));
    }

    /**
     * Ctrl+click (⌘-click on macOS) on the text tells {@code listener} the offset clicked, instead of moving the
     * caret or opening a finding: a plain click keeps doing that.
     */
    public void setOnShortcutClick(java.util.function.IntConsumer listener) {
        javafx.event.EventHandler<javafx.scene.input.MouseEvent> take = e -> {
            if (!e.isShortcutDown() || e.getButton() != MouseButton.PRIMARY) return;
            e.consume();
            if (e.getEventType() == javafx.scene.input.MouseEvent.MOUSE_CLICKED && e.isStillSincePress()) {
                area.hit(e.getX(), e.getY()).getCharacterIndex().ifPresent(i -> listener.accept(breaks.toModel(i)));
            }
        };
        area.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, take);
        area.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_DRAGGED, take);
        area.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, take);
        area.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_CLICKED, take);
    }

    /** The text as the host has it now, typing included; the editor's extra paragraph breaks are not part of it. */
    public String text() {
        return breaks.text(area.getText());
    }

    /** Selects text offsets {@code [start, end)} and scrolls to them. */
    public void select(int start, int end) {
        area.selectRange(breaks.toDisplay(start), breaks.toDisplayEnd(end));
        area.requestFollowCaret();
    }

    int selectionStart() {
        return breaks.toModel(area.getSelection().getStart());
    }

    int selectionEnd() {
        return breaks.toModel(area.getSelection().getEnd());
    }

    public void showFind(boolean withReplace) {
        findBar.show(withReplace && !readOnly); // a read-only show can be searched, not changed
    }

    private void show(TranscriptViewModel.Snapshot s) {
        if (s == null) return;
        String shown = s.paragraphs().display(s.text());
        boolean newEpisode = s.episodeId() != shownEpisode;
        // The host's own typing is never overwritten by a save's result; the next result will match it.
        boolean inStep = burst == null && text().equals(s.text());
        if (s.replacesText() || newEpisode || inStep) {
            String current = area.getText();
            if (!current.equals(shown)) {
                TextDiff d = TextDiff.between(current, shown);
                settingText = true;
                try {
                    area.replaceText(d.start(), d.end(), d.replacement());
                } finally {
                    settingText = false;
                }
            }
            breaks.reset(s.paragraphs());
            burst = null;
            typingPause.stop();
            if (newEpisode) {
                area.moveTo(0);
                area.showParagraphAtTop(0);
            }
            shownEpisode = s.episodeId();
            restyle(newEpisode || s.replacesText() && applied == null ? null : applied, s.styles());
            if (newEpisode || entriesShown != s.marks().entries()) markEntryStarts(s);
            entriesShown = s.marks().entries();
        }
        int n = s.marks().findings().size();
        counts.setText(n == 0 ? "no findings" : n == 1 ? "1 finding" : n + " findings");
    }

    /** The styles last given to the editor, to restyle only what changed. */
    private StyleSpans<Collection<String>> applied;
    private List<TranscriptMarks.EntrySpan> entriesShown;

    /**
     * Gives the editor {@code next}: only the stretch between the first and the last span that differ from what
     * it has ({@code before}; null: all of it), so a keystroke's save restyles a sentence, not 30,000 characters.
     */
    private void restyle(StyleSpans<Collection<String>> before, StyleSpans<Collection<String>> next) {
        int length = area.getLength();
        if (next.length() != length) return; // a newer text is on its way with its own styles
        int[] changed = before == null ? new int[]{0, length} : StyleDiff.changed(before, next);
        applied = next;
        if (changed == null) return;
        if (changed[0] == 0 && changed[1] == length) {
            area.setStyleSpans(0, next);
        } else {
            area.setStyleSpans(changed[0], next.subView(changed[0], changed[1]));
        }
    }

    private long shownEpisode = -1;

    /** Each entry's first paragraph gets a rule above and an accent at its left: where news items begin. */
    private void markEntryStarts(TranscriptViewModel.Snapshot s) {
        java.util.Set<Integer> starts = new java.util.HashSet<>();
        for (TranscriptMarks.EntrySpan e : s.marks().entries()) {
            if (e.start() == 0 && e.index() == 0) continue;
            starts.add(area.offsetToPosition(breaks.toDisplay(e.start()),
                    org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor());
        }
        for (int p = 0; p < area.getParagraphs().size(); p++) {
            boolean start = starts.contains(p);
            boolean is = area.getParagraph(p).getParagraphStyle().contains("entry-start");
            if (start != is) area.setParagraphStyle(p, start ? List.of("entry-start") : List.of());
        }
    }

    private void typed(PlainTextChange c) {
        if (settingText) return;
        int start = c.getPosition();
        int end = c.getInsertionEnd();
        if (burst != null && (start > burst[1] || c.getRemovalEnd() < burst[0])) {
            // A jump elsewhere ends the burst: save it as it stood before this change.
            String now = area.getText();
            model.textEdited(breaks.text(now.substring(0, start) + c.getRemoved() + now.substring(end)));
            burst = null;
        }
        breaks.edited(c);
        if (burst == null) {
            burst = new int[]{start, end};
        } else {
            int shift = c.getNetLength();
            burst = new int[]{Math.min(burst[0], start), Math.max(burst[1] + shift, end)};
        }
        typingPause.playFromStart();
    }

    /** Saves what was typed so far at once (before an accept, an undo, a replacement). */
    public void saveTyping() {
        typingPause.stop();
        if (burst == null) return;
        burst = null;
        model.textEdited(text());
    }

    private void keys(KeyEvent e) {
        if (e.getCode() == KeyCode.F8) {
            selectFinding(!e.isShiftDown());
        } else if (match(e, "Shortcut+Shift+Z") || match(e, "Shortcut+Y")) {
            saveTyping();
            model.redo();
        } else if (match(e, "Shortcut+Z")) {
            saveTyping();
            model.undo();
        } else if (match(e, "Shortcut+F")) {
            showFind(false);
        } else if (match(e, "Shortcut+H")) {
            showFind(true);
        } else if (match(e, "Shortcut+Enter")) {
            selectedFinding().ifPresent(f -> {
                saveTyping();
                model.accept(f, f.suggestion());
            });
        } else if (match(e, "Shortcut+Backspace") && selectedFinding().isPresent()) {
            model.reject(selectedFinding().get());
        } else {
            return;
        }
        e.consume();
    }

    private static boolean match(KeyEvent e, String combination) {
        return KeyCombination.valueOf(combination).match(e);
    }

    /** The finding the selection (or the caret) is on. */
    private Optional<Finding> selectedFinding() {
        TranscriptViewModel.Snapshot s = model.snapshot();
        if (s == null || burst != null || readOnly) return Optional.empty(); // read-only: keys accept nothing
        return s.marks().findingAt(selectionStart());
    }

    public void selectFinding(boolean forward) {
        TranscriptViewModel.Snapshot s = model.snapshot();
        if (s == null) return;
        int caret = area.getSelection().getLength() > 0 ? selectionStart() : breaks.toModel(area.getCaretPosition()) - 1;
        Optional<Finding> f = forward ? s.marks().next(caret) : s.marks().previous(Math.max(0, caret));
        f.ifPresent(x -> {
            select(x.start(), x.end());
            // F8 from anywhere (the menu, the episode picker) leads to the finding: Ctrl+Enter must reach it too.
            if (!area.isFocused()) area.requestFocus();
            tellWhatAcceptDoes(x);
        });
    }

    /** After F8: what Ctrl+Enter will change, beside the finding, so the key is never pressed blind. */
    private void tellWhatAcceptDoes(Finding f) {
        hoverText.setText(f.found() + " → " + f.suggestion() + "   " + f.reason()
                + (readOnly ? "" : "\nCtrl+Enter accepts · Ctrl+Backspace rejects · click for more choices"));
        javafx.application.Platform.runLater(() -> { // after the scroll to the finding
            int at = breaks.toDisplay(f.start());
            area.getCharacterBoundsOnScreen(at, Math.min(at + 1, area.getLength())).ifPresent(b -> {
                hover.show(area, b.getMinX(), b.getMaxY() + 4);
            });
        });
    }

    /** Opens the suggestions of the finding at {@code offset}, if there is one. */
    public boolean openFindingAt(int offset) {
        TranscriptViewModel.Snapshot s = model.snapshot();
        if (s == null || burst != null || !text().equals(s.text())) return false;
        Optional<Finding> f = s.marks().findingAt(offset);
        if (f.isEmpty()) return false;
        if (openMenu != null) openMenu.hide();
        openMenu = FindingMenu.of(f.get(), model, this::saveTyping, !readOnly);
        select(f.get().start(), f.get().end());
        int at = breaks.toDisplay(f.get().start());
        var bounds = area.getCharacterBoundsOnScreen(at, at + 1);
        if (bounds.isPresent()) openMenu.show(area, bounds.get().getMinX(), bounds.get().getMaxY() + 2);
        else openMenu.show(area, javafx.geometry.Side.TOP, 20, 20);
        return true;
    }

    private void hoverAt(int offset, javafx.geometry.Point2D screen) {
        TranscriptViewModel.Snapshot s = model.snapshot();
        if (s == null || openMenu != null && openMenu.isShowing()) return;
        String text = s.marks().correctionAt(offset).map(m -> "was: " + m.correction().before()
                        + (m.manual() ? "   (your edit)" : "   (" + m.correction().rule() + ")"))
                .or(() -> s.marks().findingAt(offset).map(f -> f.suggestion() + "?  " + f.reason()))
                .or(() -> s.marks().entryAt(offset)
                        .filter(e -> s.cueIdAt(offset) == e.entry().firstCueId()) // only its first sentence, not everywhere
                        .map(e -> "Entry " + (e.index() + 1) + ": " + e.entry().title()))
                .orElse(null);
        if (text == null) return;
        hoverText.setText(text);
        hover.show(area, screen.getX() + 8, screen.getY() + 14);
    }
}
