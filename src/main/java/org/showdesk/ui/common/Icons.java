package org.showdesk.ui.common;

import javafx.scene.Node;
import javafx.scene.shape.SVGPath;

/** Small line icons drawn as SVG paths (24-unit grid), coloured by CSS through the "icon" style class. */
public final class Icons {
    private Icons() {
    }

    public static Node scan() {
        return icon("M10 3a7 7 0 1 0 4.2 12.6l5.1 5.1 1.4-1.4-5.1-5.1A7 7 0 0 0 10 3zm0 2a5 5 0 1 1 0 10 5 5 0 0 1 0-10z");
    }

    public static Node review() {
        return icon("M4 5h2v2H4zm4 0h12v2H8zM4 11h2v2H4zm4 0h12v2H8zM4 17h2v2H4zm4 0h12v2H8z");
    }

    public static Node importFile() {
        return icon("M11 3h2v10l3.5-3.5 1.4 1.4L12 16.8l-5.9-5.9 1.4-1.4L11 13zM4 18h16v2H4z");
    }

    public static Node undo() {
        return icon("M9 5 3 10l6 5v-4h6a4 4 0 0 1 0 8h-3v2h3a6 6 0 0 0 0-12H9z");
    }

    public static Node redo() {
        return icon("M15 5l6 5-6 5v-4H9a4 4 0 0 0 0 8h3v2H9a6 6 0 0 1 0-12h6z");
    }

    public static Node next() {
        return icon("M8 5l8 7-8 7-1.4-1.4L13.2 12 6.6 6.4z");
    }

    public static Node previous() {
        return icon("M16 5l1.4 1.4L10.8 12l6.6 5.6L16 19l-8-7z");
    }

    public static Node play() {
        return icon("M8 5v14l11-7z");
    }

    public static Node pause() {
        return icon("M6 5h4v14H6zm8 0h4v14h-4z");
    }

    private static Node icon(String path) {
        SVGPath p = new SVGPath();
        p.setContent(path);
        p.getStyleClass().add("icon");
        p.setScaleX(0.75);
        p.setScaleY(0.75);
        return p;
    }
}
