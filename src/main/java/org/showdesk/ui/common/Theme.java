package org.showdesk.ui.common;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

import java.util.Objects;

/**
 * The look: AtlantaFX's Primer Light as the base (the last AtlantaFX built for Java 17) and
 * Showdesk's own sheet on top for the transcript marks, spacing and a CJK-capable font stack, so
 * Chinese never renders as boxes on a bare Linux desktop.
 */
public final class Theme {
    private Theme() {
    }

    /** Sets the application-wide base theme; call once before the first window shows. */
    public static void applyBase() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    public static void style(Scene scene) {
        scene.getStylesheets().add(stylesheet());
    }

    public static String stylesheet() {
        return Objects.requireNonNull(Theme.class.getResource("/org/showdesk/ui/showdesk.css"), "showdesk.css")
                .toExternalForm();
    }
}
