package org.showdesk.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Transient news for the host ("Exported 8 files…", "Copied"): a notification that goes away by itself, so
 * a success never stays on screen as if it were a problem to deal with. Problems stay in their pane's banner.
 */
public final class Notices {
    /** Long enough to read a file name. */
    static final Duration SHOWN_FOR = Duration.seconds(5);

    private Notices() {
    }

    /** Shows {@code text} near the bottom right of the window that holds {@code anchor}. */
    public static void show(Node anchor, String text) {
        if (text == null || text.isBlank()) return;
        Notifications n = Notifications.create().text(text).position(Pos.BOTTOM_RIGHT).hideAfter(SHOWN_FOR)
                .styleClass("showdesk-notice");
        if (anchor.getScene() != null && anchor.getScene().getWindow() != null) n.owner(anchor.getScene().getWindow());
        n.show();
    }
}
