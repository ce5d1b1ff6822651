package org.showdesk.ui.transcript;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.showdesk.model.ShowdeskException;
import org.showdesk.app.TextChange;

import java.util.List;
import java.util.Optional;

/** Find and replace for the transcript (Ctrl+F, Ctrl+H); replacements are saved and undone like any edit. */
final class FindBar {
    private final VBox root = new VBox(6);
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final CheckBox regex = new CheckBox("Regex");
    private final CheckBox matchCase = new CheckBox("Match case");
    private final Label message = new Label();
    private final HBox replaceRow;
    private final StyleClassedTextArea area;
    private final TranscriptViewModel model;
    private final TranscriptView view;

    /** Searches the text as the host has it ({@link TranscriptView#text()}), in text offsets. */
    FindBar(StyleClassedTextArea area, TranscriptView view, TranscriptViewModel model) {
        this.area = area;
        this.model = model;
        this.view = view;
        find.setPromptText("Find");
        find.setId("find-field");
        replace.setPromptText("Replace with");
        replace.setId("replace-field");
        HBox.setHgrow(find, Priority.ALWAYS);
        HBox.setHgrow(replace, Priority.ALWAYS);
        Button previous = new Button("Previous");
        previous.setOnAction(e -> step(false));
        Button next = new Button("Next");
        next.setOnAction(e -> step(true));
        Button close = new Button("✕");
        close.getStyleClass().add("flat");
        close.setOnAction(e -> hide());
        HBox findRow = new HBox(6, find, regex, matchCase, previous, next, close);
        findRow.setAlignment(Pos.CENTER_LEFT);
        Button one = new Button("Replace");
        one.setOnAction(e -> replaceCurrent());
        Button all = new Button("Replace all");
        all.setId("replace-all");
        all.setOnAction(e -> replaceAll());
        replaceRow = new HBox(6, replace, one, all);
        replaceRow.setAlignment(Pos.CENTER_LEFT);
        message.getStyleClass().add("find-message");
        root.getChildren().addAll(findRow, replaceRow, message);
        root.getStyleClass().add("find-bar");
        find.setOnAction(e -> step(true));
        // The count follows what is typed or pasted, so a message never speaks of an earlier search.
        find.textProperty().addListener((o, was, now) -> count());
        regex.selectedProperty().addListener((o, was, now) -> count());
        matchCase.selectedProperty().addListener((o, was, now) -> count());
        replace.setOnAction(e -> replaceCurrent());
        root.setOnKeyPressed(e -> {
            if (e.getCode() != KeyCode.ESCAPE) return;
            hide();
            e.consume(); // used: the player's Esc (play / pause) is for an Esc nothing else took
        });
        hide();
    }

    Node view() {
        return root;
    }

    void show(boolean withReplace) {
        root.setVisible(true);
        root.setManaged(true);
        replaceRow.setVisible(withReplace);
        replaceRow.setManaged(withReplace);
        if (!area.getSelectedText().isEmpty() && !area.getSelectedText().contains("\n")) find.setText(area.getSelectedText());
        find.requestFocus();
        find.selectAll();
    }

    void hide() {
        root.setVisible(false);
        root.setManaged(false);
        message.setText("");
        area.requestFocus();
    }

    private Optional<TextSearch> search() {
        if (find.getText().isEmpty()) return Optional.empty();
        try {
            message.setText("");
            return Optional.of(TextSearch.of(find.getText(), replace.getText(), regex.isSelected(), matchCase.isSelected()));
        } catch (ShowdeskException e) {
            message.setText(e.getMessage());
            return Optional.empty();
        }
    }

    private void step(boolean forward) {
        search().ifPresent(s -> {
            String text = view.text();
            Optional<TextSearch.Match> m = forward ? s.next(text, view.selectionEnd())
                    : s.previous(text, view.selectionStart());
            m.ifPresentOrElse(x -> {
                view.select(x.start(), x.end());
                message.setText(matches(s.matches(text).size()));
            }, () -> message.setText(matches(0)));
        });
    }

    private void replaceCurrent() {
        search().ifPresent(s -> {
            int from = view.selectionStart();
            int to = view.selectionEnd();
            Optional<TextSearch.Match> m = s.matches(view.text()).stream()
                    .filter(x -> x.start() == from && x.end() == to).findFirst();
            if (m.isEmpty()) {
                step(true);
                return;
            }
            view.saveTyping();
            model.replace(List.of(change(m.get())), "Replaced 1");
        });
    }

    private void replaceAll() {
        search().ifPresent(s -> {
            view.saveTyping();
            List<TextSearch.Match> all = s.matches(view.text());
            message.setText(all.isEmpty() ? matches(0) : "Replaced " + all.size());
            model.replace(all.stream().map(FindBar::change).toList(), "Replaced " + all.size());
        });
    }

    /** How many places the search finds now, without moving the selection. */
    private void count() {
        if (find.getText().isEmpty()) {
            message.setText("");
            return;
        }
        search().ifPresent(s -> message.setText(matches(s.matches(view.text()).size())));
    }

    static String matches(int n) {
        return n == 0 ? "No matches" : n == 1 ? "1 match" : n + " matches";
    }

    private static TextChange change(TextSearch.Match m) {
        return new TextChange(m.start(), m.end(), m.replacement());
    }
}
