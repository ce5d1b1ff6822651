package org.showdesk.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.showdesk.model.ShowdeskException;

import java.util.Optional;

/**
 * Tells the host what went wrong in words they can act on. A {@link ShowdeskException} is shown as
 * written; anything else is a bug in Showdesk: the host gets a plain apology and the stack trace goes
 * to the log (standard error), never into the dialog.
 */
public final class ErrorDialogs {
    private ErrorDialogs() {
    }

    /** The text a host sees for {@code error}. */
    public static String messageFor(Throwable error) {
        Throwable t = unwrap(error);
        if (t instanceof ShowdeskException) return t.getMessage();
        return "Something went wrong inside Showdesk (" + t.getClass().getSimpleName() + "). Everything up to your "
                + "last change is saved in the show. Please report this, with the log, so it can be fixed.";
    }

    /** Whether {@code error} is one the host caused and can fix (a bad file, a locked show), not a bug. */
    public static boolean isHostError(Throwable error) {
        return unwrap(error) instanceof ShowdeskException;
    }

    public static void show(Window owner, String what, Throwable error) {
        if (!isHostError(error)) {
            System.err.println("Showdesk: unexpected error while " + what);
            error.printStackTrace();
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, messageFor(error), ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Showdesk");
        alert.setHeaderText("Could not " + what);
        alert.getDialogPane().setPrefWidth(520);
        alert.showAndWait();
    }

    /** Asks a yes/no question; true when the host chose {@code yes}. */
    public static boolean confirm(Window owner, String header, String text, String yes) {
        ButtonType ok = new ButtonType(yes, javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, ok, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Showdesk");
        alert.setHeaderText(header);
        alert.getDialogPane().setPrefWidth(520);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == ok;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof java.util.concurrent.ExecutionException
                || t instanceof java.lang.reflect.InvocationTargetException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
