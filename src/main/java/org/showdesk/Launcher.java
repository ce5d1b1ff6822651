package org.showdesk;

import org.showdesk.cli.ShowdeskCli;

/**
 * Entry point of the jar. A command word runs headless through the command line; anything else
 * (nothing, or a show file) starts the window. It does not extend Application and names the window
 * class only as a string, so a headless command never loads a JavaFX class.
 */
public final class Launcher {
    private static final String WINDOW = "org.showdesk.ui.ShowdeskApp";

    private Launcher() {
    }

    public static void main(String[] args) {
        if (ShowdeskCli.isCommandLine(args)) {
            System.exit(ShowdeskCli.run(args));
        }
        startWindow(args);
    }

    private static void startWindow(String[] args) {
        try {
            Class.forName(WINDOW).getMethod("start", String[].class).invoke(null, (Object) args);
        } catch (ReflectiveOperationException | LinkageError e) {
            Throwable cause = e instanceof java.lang.reflect.InvocationTargetException ite && ite.getCause() != null
                    ? ite.getCause() : e;
            System.err.println("Showdesk could not open its window: " + cause);
            System.err.println("On Linux the window needs GTK 3 (Debian/Ubuntu: apt install libgtk-3-0) and a display. "
                    + "The commands work without one: java -jar showdesk.jar --help");
            System.exit(1);
        }
    }
}
