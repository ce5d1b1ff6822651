package org.showdesk.ui.transcript;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.VBox;
import org.showdesk.model.Finding;

/**
 * What a click on a finding offers: its suggestions, accept all of the term, reject, correct, learn the
 * heard form. In a show open read-only the choices are shown but disabled, with the reason on top.
 */
final class FindingMenu {
    private FindingMenu() {
    }

    static ContextMenu of(Finding f, TranscriptViewModel model, Runnable saveTyping, boolean editable) {
        ContextMenu menu = new ContextMenu();
        menu.getStyleClass().add("finding-menu");
        Label found = new Label(f.found() + "  ·  " + TranscriptStyler.band(f.confidence()) + " confidence ("
                + Math.round(f.confidence() * 100) + "%)");
        found.getStyleClass().add("finding-menu-title");
        Label reason = new Label(f.reason().isEmpty() ? f.rule() : f.reason() + "  [" + f.rule() + "]");
        reason.getStyleClass().add("finding-menu-reason");
        CustomMenuItem header = new CustomMenuItem(new VBox(2, found, reason), false);
        header.setDisable(true);
        header.getStyleClass().add("finding-menu-header");
        menu.getItems().addAll(header, new SeparatorMenuItem());
        if (!editable) {
            MenuItem why = new MenuItem("Read-only show: open it for editing to change the text");
            why.setId("finding-read-only");
            why.setDisable(true);
            menu.getItems().add(why);
        }
        boolean first = true;
        for (String suggestion : f.suggestions()) {
            MenuItem accept = new MenuItem((first ? "Accept  " : "Use  ") + suggestion);
            accept.setId(first ? "accept-finding" : null);
            accept.getStyleClass().add(first ? "accept-best" : "accept-other");
            accept.setOnAction(e -> {
                saveTyping.run();
                model.accept(f, suggestion);
            });
            menu.getItems().add(accept);
            first = false;
        }
        long sameTerm = model.findings().stream().filter(o -> o.term().equals(f.term())).count();
        if (sameTerm > 1) {
            MenuItem all = new MenuItem("Accept all " + sameTerm + " of " + f.term());
            all.setId("accept-all-term");
            all.setOnAction(e -> {
                saveTyping.run();
                model.acceptAllOfTerm(f);
            });
            menu.getItems().add(all);
        }
        MenuItem reject = new MenuItem("Reject (this episode)");
        reject.setId("reject-finding");
        reject.setOnAction(e -> model.reject(f));
        MenuItem correct = new MenuItem("\"" + f.found() + "\" is correct (whole show)");
        correct.setId("mark-correct");
        correct.setOnAction(e -> model.markCorrect(f));
        menu.getItems().addAll(new SeparatorMenuItem(), reject, correct);
        if (f.kind().teachesGlossary()) {
            MenuItem learn = new MenuItem("Add \"" + f.found() + "\" to the glossary as heard form of " + f.term());
            learn.setId("add-heard-form");
            learn.setOnAction(e -> model.addHeardForm(f));
            menu.getItems().add(learn);
        }
        if (!editable) {
            menu.getItems().stream().filter(i -> !(i instanceof SeparatorMenuItem)).forEach(i -> i.setDisable(true));
        }
        return menu;
    }
}
