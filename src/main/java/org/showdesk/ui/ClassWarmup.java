package org.showdesk.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Loads, on a spare core, the classes the window needs before the first transcript is on screen, while the
 * JavaFX thread is still starting up. About 6,000 classes come from jars outside the JDK's class-data archive;
 * read and verified one by one on the JavaFX thread they are a large part of the start. Loading them here
 * (without initializing them: no static code runs, so no JavaFX rule about threads is touched) means the
 * JavaFX thread mostly finds them ready. The list is a hint: a name that no longer exists is skipped.
 *
 * <p>The list ({@code startup-classes.txt}) comes from a start with {@code -Xlog:class+load} over the
 * WindowBench show: the JavaFX, RichTextFX and window classes, and the JDK classes outside the default
 * archive, loaded before the ready line. Regenerate it when the window changes a lot.
 */
final class ClassWarmup {
    private static final String LIST = "startup-classes.txt";

    private ClassWarmup() {
    }

    /** Starts loading in a daemon thread; returns at once. */
    static void startInBackground() {
        Thread t = new Thread(ClassWarmup::loadAll, "showdesk-class-warmup");
        t.setDaemon(true);
        t.start();
    }

    private static void loadAll() {
        ClassLoader loader = ClassWarmup.class.getClassLoader();
        InputStream in = ClassWarmup.class.getResourceAsStream(LIST);
        if (in == null) return; // a build without the list starts as before, only slower
        try (BufferedReader names = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String name = names.readLine(); name != null; name = names.readLine()) {
                load(name.strip(), loader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the startup class list", e);
        }
    }

    private static void load(String name, ClassLoader loader) {
        if (name.isEmpty()) return;
        try {
            Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError gone) {
            // A class renamed or removed since the list was made: the window loads what it needs itself.
        }
    }
}
