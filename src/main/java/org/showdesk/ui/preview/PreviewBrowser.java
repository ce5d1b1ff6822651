package org.showdesk.ui.preview;

import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.events.EventTarget;

import java.util.function.Consumer;

/**
 * A WebView locked down for previewing our own escaped output: JavaScript of pages off, no pop-ups, no
 * context menu ("Open link" would navigate inside it). A click on a link is stopped; an http(s) or mailto
 * link is handed to the system browser, anything else does nothing. If a page still navigates somewhere,
 * the preview puts its own content back. Reloads keep the scroll position.
 */
final class PreviewBrowser {
    private final WebView web = new WebView();
    private final WebEngine engine = web.getEngine();
    private final Consumer<String> openExternally;
    private String html = "";
    private double restoreScrollY;

    /** @param openExternally opens an address that passed {@link ExternalLinks#openable} in the system browser */
    PreviewBrowser(Consumer<String> openExternally) {
        this.openExternally = openExternally;
        engine.setJavaScriptEnabled(false);
        engine.setCreatePopupHandler(features -> null);
        web.setContextMenuEnabled(false);
        engine.getLoadWorker().stateProperty().addListener((o, was, now) -> {
            if (now == Worker.State.SUCCEEDED) loaded();
        });
        // Content is loaded with loadContent, so the location stays empty; anything else is a navigation we refuse.
        engine.locationProperty().addListener((o, was, now) -> {
            if (now != null && !now.isEmpty() && !now.startsWith("about:")) {
                Platform.runLater(() -> engine.loadContent(html));
            }
        });
    }

    WebView view() {
        return web;
    }

    /** Shows {@code page}; the same page again is not reloaded, so the host's scrolling and selection stay. */
    void show(String page) {
        if (page.equals(html)) return;
        restoreScrollY = scrollY();
        html = page;
        engine.loadContent(page);
    }

    String page() {
        return html;
    }

    double scrollY() {
        // executeScript is ours, not the page's: it works with page scripts off and runs nothing from content.
        Object y = engine.getDocument() == null ? null : engine.executeScript("window.scrollY");
        return y instanceof Number n ? n.doubleValue() : 0;
    }

    void scrollTo(double y) {
        engine.executeScript("window.scrollTo(0, " + (long) y + ")");
    }

    private void loaded() {
        if (restoreScrollY > 0) scrollTo(restoreScrollY);
        Document doc = engine.getDocument();
        if (doc == null) return;
        NodeList anchors = doc.getElementsByTagName("a");
        for (int i = 0; i < anchors.getLength(); i++) {
            Element a = (Element) anchors.item(i);
            ((EventTarget) a).addEventListener("click", event -> {
                event.preventDefault();
                ExternalLinks.openable(a.getAttribute("href")).ifPresent(openExternally);
            }, false);
        }
    }
}
