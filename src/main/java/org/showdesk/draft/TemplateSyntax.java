package org.showdesk.draft;

import org.showdesk.model.TemplateException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Checks the tags of a template before it is compiled, so every mistake is reported with its line and
 * column (the Mustache library reports only lines). It also refuses what Showdesk templates do not
 * offer: partials and changed delimiters.
 */
final class TemplateSyntax {
    private static final Pattern FIELD = Pattern.compile("[\\p{L}\\p{N}_\\-]+(\\.[\\p{L}\\p{N}_\\-]+)*|\\.|this");

    private record Open(String name, int offset) {
    }

    private TemplateSyntax() {
    }

    static void check(String templateName, String body) {
        Deque<Open> sections = new ArrayDeque<>();
        int i = 0;
        while (true) {
            int open = body.indexOf("{{", i);
            if (open < 0) break;
            boolean triple = body.startsWith("{{{", open);
            String closer = triple ? "}}}" : "}}";
            int contentStart = open + (triple ? 3 : 2);
            int close = body.indexOf(closer, contentStart);
            if (close < 0) {
                throw error(templateName, body, open, "this tag is never closed — add " + closer + ".");
            }
            String content = body.substring(contentStart, close);
            i = close + closer.length();
            if (content.startsWith("!")) continue; // a comment may hold anything
            if (content.contains("\n")) {
                throw error(templateName, body, open, "this tag runs over a line break — close it with "
                        + closer + " on the same line.");
            }
            if (triple) {
                checkField(templateName, body, open, content.strip());
                continue;
            }
            char sigil = content.isEmpty() ? ' ' : content.charAt(0);
            String name = content.length() > 1 ? content.substring(1).strip() : "";
            switch (sigil) {
                case '#', '^' -> {
                    checkField(templateName, body, open, name);
                    sections.push(new Open(name, open));
                }
                case '/' -> {
                    if (sections.isEmpty()) {
                        throw error(templateName, body, open, "{{/" + name + "}} closes a section that was never opened.");
                    }
                    Open top = sections.pop();
                    if (!top.name().equals(name)) {
                        throw error(templateName, body, open, "{{/" + name + "}} does not match the open section {{#"
                                + top.name() + "}} (" + position(body, top.offset()) + ") — close that one first.");
                    }
                }
                case '>' -> throw error(templateName, body, open,
                        "including another template ({{> " + name + "}}) is not supported; copy its text here.");
                case '=' -> throw error(templateName, body, open, "changing the {{ }} delimiters is not supported.");
                case '&' -> checkField(templateName, body, open, name);
                default -> checkField(templateName, body, open, content.strip());
            }
        }
        if (!sections.isEmpty()) {
            Open top = sections.pop();
            throw error(templateName, body, top.offset(), "section {{#" + top.name() + "}} is never closed — add {{/"
                    + top.name() + "}}.");
        }
    }

    private static void checkField(String templateName, String body, int offset, String name) {
        if (name.isEmpty()) throw error(templateName, body, offset, "this tag is empty — put a field name inside, like {{title}}.");
        if (!FIELD.matcher(name).matches()) {
            throw error(templateName, body, offset, "\"" + name + "\" is not a field name (letters, digits, _ and - joined by dots).");
        }
    }

    static TemplateException error(String templateName, String body, int offset, String problem) {
        int[] lc = lineAndColumn(body, offset);
        return new TemplateException(templateName, lc[0], lc[1], problem);
    }

    static int[] lineAndColumn(String body, int offset) {
        int line = 1, lineStart = 0;
        for (int k = 0; k < offset && k < body.length(); k++) {
            if (body.charAt(k) == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
        return new int[]{line, offset - lineStart + 1};
    }

    private static String position(String body, int offset) {
        int[] lc = lineAndColumn(body, offset);
        return "line " + lc[0] + ", column " + lc[1];
    }
}
