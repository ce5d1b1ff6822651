package org.showdesk.glossary;

import org.showdesk.model.GlossaryImport;
import org.showdesk.files.AtomicWriter;
import org.showdesk.files.BoundedRead;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.InputException;
import org.showdesk.model.ShowdeskException;
import org.showdesk.model.TermCategory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Glossary files a host imports and exports: plain text, CSV and JSON, chosen by file extension.
 *
 * <p>Plain text: one term per line, {@code #} starts a comment line, then optionally a TAB and known
 * misrecognitions separated by {@code |}. Further TAB columns, all optional, are category,
 * pronunciation (toneless pinyin), note and the term's own Traditional Chinese form. CSV: header
 * {@code term,variants,category,note,pronunciation,enabled,traditional}.
 * JSON: an array of objects with those fields ({@code variants} an array or a {@code |}-separated string).
 * Plain text has no "enabled" column: disabled terms are written as {@code # disabled:} comment lines,
 * so they are kept for the reader but not imported again; use CSV or JSON to round-trip them.
 */
public final class GlossaryFiles {
    public enum Format {
        TEXT, CSV, JSON;

        /** By extension: .csv, .json, anything else is plain text. */
        public static Format of(Path path) {
            String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".csv")) return CSV;
            if (name.endsWith(".json")) return JSON;
            return TEXT;
        }
    }

    private GlossaryFiles() {
    }

    /**
     * Reads a glossary file, its format taken from the extension.
     *
     * @throws InputException when the file cannot be read or its structure is broken (with the line)
     */
    public static GlossaryImport read(Path path) {
        return read(path.toString(), decode(path), Format.of(path));
    }

    /** Reads glossary text; {@code source} names it in warnings and errors. */
    public static GlossaryImport read(String source, String content, Format format) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        GlossaryCollector check = new GlossaryCollector(source);
        switch (format) {
            case TEXT -> readText(source, text, check);
            case CSV -> GlossaryCsv.read(source, text, check);
            case JSON -> GlossaryJson.read(source, text, check);
        }
        return check.result();
    }

    /** Writes the terms to {@code path} in the format its extension names (UTF-8), atomically. */
    public static void write(Path path, List<GlossaryTerm> terms) {
        AtomicWriter.writeText(path, write(terms, Format.of(path)));
    }

    public static String write(List<GlossaryTerm> terms, Format format) {
        return switch (format) {
            case TEXT -> writeText(terms);
            case CSV -> GlossaryCsv.write(terms);
            case JSON -> GlossaryJson.write(terms);
        };
    }

    private static void readText(String source, String text, GlossaryCollector check) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
            String[] columns = line.split("\t", -1);
            String term = columns[0].strip();
            if (term.isEmpty()) {
                check.warn(lineNo, "no term before the tab; line skipped");
                continue;
            }
            if (!isPlausibleTerm(term)) {
                check.warn(lineNo, "\"" + abbreviate(term) + "\" does not look like a term (too long or control characters);"
                        + " line skipped");
                continue;
            }
            List<String> variants = columns.length > 1 ? splitVariants(columns[1]) : List.of();
            TermCategory category = columns.length > 2 ? TermCategory.parse(columns[2]) : TermCategory.OTHER;
            String pronunciation = columns.length > 3 ? columns[3].strip() : "";
            String note = columns.length > 4 ? columns[4].strip() : "";
            String traditional = columns.length > 5 ? columns[5].strip() : "";
            check.add(lineNo, new GlossaryTerm(0, term, variants, category, note, pronunciation, true, traditional, "", 0));
        }
    }

    private static String writeText(List<GlossaryTerm> terms) {
        StringBuilder sb = new StringBuilder("# Showdesk glossary: term<TAB>misrecognitions|separated|by|bars"
                + "<TAB>category<TAB>pronunciation<TAB>note<TAB>traditional\n");
        for (GlossaryTerm t : terms) {
            if (!t.enabled()) sb.append("# disabled: ");
            List<String> columns = new ArrayList<>(List.of(t.term(), String.join("|", t.variants()),
                    t.category() == TermCategory.OTHER ? "" : t.category().label(), t.pronunciation(), oneLine(t.note()),
                    t.traditional()));
            while (columns.size() > 1 && columns.get(columns.size() - 1).isEmpty()) columns.remove(columns.size() - 1);
            sb.append(String.join("\t", columns)).append('\n');
        }
        return sb.toString();
    }

    static List<String> splitVariants(String joined) {
        return Arrays.stream(joined.split("\\|")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    static boolean isPlausibleTerm(String term) {
        if (term.length() > 80) return false;
        for (int i = 0; i < term.length(); i++) if (Character.isISOControl(term.charAt(i))) return false;
        return true;
    }

    static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }

    static String oneLine(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ").strip();
    }

    private static String decode(Path path) {
        byte[] bytes = BoundedRead.bytes(path, BoundedRead.Kind.GLOSSARY);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(path.toString(), 0, "is not UTF-8 text; save it as UTF-8 and import it again");
        }
    }
}
