package org.showdesk.model;

/**
 * Input that cannot be read: a transcript, glossary or template file. Names the source and, where
 * known, the line (1-based; 0 when the problem is the file as a whole).
 */
public class InputException extends ShowdeskException {
    private final String source;
    private final int line;

    public InputException(String source, int line, String problem) {
        super(format(source, line, problem));
        this.source = source;
        this.line = line;
    }

    public InputException(String source, int line, String problem, Throwable cause) {
        super(format(source, line, problem), cause);
        this.source = source;
        this.line = line;
    }

    private static String format(String source, int line, String problem) {
        return line > 0 ? source + ", line " + line + ": " + problem : source + ": " + problem;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }
}
