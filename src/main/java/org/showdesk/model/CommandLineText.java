package org.showdesk.model;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A path written into a suggested command so the host can paste it into a shell: as it is when it is plain, in
 * single quotes when it holds a space, a Chinese character or anything else a shell would split or expand.
 */
public final class CommandLineText {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

    private CommandLineText() {
    }

    public static String quoted(Path path) {
        return quoted(path.toString());
    }

    public static String quoted(String word) {
        if (!word.isEmpty() && PLAIN.matcher(word).matches()) return word;
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
