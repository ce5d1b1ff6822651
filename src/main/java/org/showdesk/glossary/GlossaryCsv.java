package org.showdesk.glossary;

import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.InputException;
import org.showdesk.model.TermCategory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The CSV glossary format (RFC 4180 quoting; header term,variants,category,note,pronunciation,enabled,traditional). */
final class GlossaryCsv {
    static final List<String> COLUMNS = List.of("term", "variants", "category", "note", "pronunciation", "enabled",
            "traditional");

    private record Row(int line, List<String> cells) {
    }

    private GlossaryCsv() {
    }

    static void read(String source, String text, GlossaryCollector check) {
        List<Row> rows = parse(source, text);
        if (rows.isEmpty()) return;
        List<String> header = rows.get(0).cells().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int termColumn = header.indexOf("term");
        if (termColumn < 0) {
            throw new InputException(source, 1, "the header has no \"term\" column; the first line must name the columns "
                    + String.join(",", COLUMNS));
        }
        for (Row row : rows.subList(1, rows.size())) {
            if (row.cells().stream().allMatch(String::isBlank)) continue;
            String term = cell(row, header, "term").strip();
            if (term.isEmpty() || !GlossaryFiles.isPlausibleTerm(term)) {
                check.warn(row.line(), term.isEmpty() ? "no term in this row; skipped"
                        : "\"" + GlossaryFiles.abbreviate(term) + "\" does not look like a term; skipped");
                continue;
            }
            String enabledCell = cell(row, header, "enabled").strip().toLowerCase(Locale.ROOT);
            boolean enabled = !List.of("false", "no", "0", "off", "n").contains(enabledCell);
            if (!enabledCell.isEmpty() && enabled && !List.of("true", "yes", "1", "on", "y").contains(enabledCell)) {
                check.warn(row.line(), "enabled is \"" + enabledCell + "\"; expected true or false, took true");
            }
            check.add(row.line(), new GlossaryTerm(0, term, GlossaryFiles.splitVariants(cell(row, header, "variants")),
                    TermCategory.parse(cell(row, header, "category")), cell(row, header, "note").strip(),
                    cell(row, header, "pronunciation").strip(), enabled, cell(row, header, "traditional").strip(), "", 0));
        }
    }

    private static String cell(Row row, List<String> header, String column) {
        int i = header.indexOf(column);
        return i >= 0 && i < row.cells().size() ? restored(row.cells().get(i)) : "";
    }

    /**
     * A cell a spreadsheet would run as a formula (= + - @ first, after any ') is written with one more ' before
     * it, as spreadsheets themselves mark text; reading strips exactly that one ', so every cell comes back as it
     * was and no spreadsheet runs a glossary's text.
     */
    static String neutralised(String cell) {
        return FORMULA.matcher(cell).lookingAt() ? "'" + cell : cell;
    }

    static String restored(String cell) {
        return cell.startsWith("'") && FORMULA.matcher(cell).lookingAt() ? cell.substring(1) : cell;
    }

    private static final java.util.regex.Pattern FORMULA = java.util.regex.Pattern.compile("'*[=+\\-@\t\r]");

    private static List<Row> parse(String source, String text) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        int quoteLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') line++;
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                quoteLine = line;
                cell.setLength(0);
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                cells.add(cell.toString());
                rows.add(new Row(rowLine, List.copyOf(cells)));
                cells.clear();
                cell.setLength(0);
                line++;
                rowLine = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) throw new InputException(source, quoteLine, "a quoted cell is never closed; add the closing \"");
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new Row(rowLine, List.copyOf(cells)));
        }
        return rows;
    }

    static String write(List<GlossaryTerm> terms) {
        StringBuilder sb = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (GlossaryTerm t : terms) {
            List<String> cells = List.of(t.term(), String.join("|", t.variants()), t.category().label(), t.note(),
                    t.pronunciation(), String.valueOf(t.enabled()), t.traditional());
            sb.append(String.join(",", cells.stream().map(GlossaryCsv::neutralised).map(GlossaryCsv::quote).toList()))
                    .append('\n');
        }
        return sb.toString();
    }

    private static String quote(String s) {
        if (s.isEmpty() || s.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
