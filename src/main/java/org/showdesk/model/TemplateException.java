package org.showdesk.model;


/**
 * A template the host wrote that cannot be used, with the place to fix it.
 *
 * @param line   1-based, 0 when the problem is not tied to a place
 * @param column 1-based, 0 when unknown
 */
public class TemplateException extends ShowdeskException {
    private final String templateName;
    private final int line;
    private final int column;
    private final String problem;

    public TemplateException(String templateName, int line, int column, String problem) {
        super(format(templateName, line, column, problem));
        this.templateName = templateName;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String format(String name, int line, int column, String problem) {
        String where = "Template \"" + name + "\"";
        if (line > 0) where += ", line " + line;
        if (column > 0) where += ", column " + column;
        return where + ": " + problem;
    }

    public String templateName() {
        return templateName;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The message without the template name and position, for an editor that marks the place itself. */
    public String problem() {
        return problem;
    }
}
