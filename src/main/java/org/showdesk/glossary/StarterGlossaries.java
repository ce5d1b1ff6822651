package org.showdesk.glossary;

import org.showdesk.model.GlossaryImport;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.StarterGlossary;
import org.showdesk.model.TermCategory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The glossaries shipped with Showdesk (resources/glossaries), which a host adds to a show in one
 * action. Listed by resources/glossaries/index.txt: file, default category, display name.
 */
public final class StarterGlossaries {
    private static final String FOLDER = "/glossaries/";


    private StarterGlossaries() {
    }

    public static List<StarterGlossary> list() {
        List<StarterGlossary> starters = new ArrayList<>();
        for (String line : resource("index.txt").split("\\R")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] columns = line.split("\t");
            if (columns.length < 3) throw new IllegalStateException("glossaries/index.txt has a bad line: " + line);
            starters.add(new StarterGlossary(columns[0].strip(), TermCategory.parse(columns[1]), columns[2].strip()));
        }
        return starters;
    }

    /** The starter's terms; terms without a category of their own get the starter's. */
    public static GlossaryImport load(StarterGlossary starter) {
        GlossaryImport read = GlossaryFiles.read("glossaries/" + starter.id(), resource(starter.id()),
                GlossaryFiles.Format.TEXT);
        List<GlossaryTerm> terms = read.terms().stream().map(t -> t.category() != TermCategory.OTHER ? t
                : new GlossaryTerm(t.id(), t.term(), t.variants(), starter.category(), t.note(), t.pronunciation(),
                t.enabled())).toList();
        return read.withTerms(terms);
    }

    /** Every starter glossary together, duplicates across files kept once (first wins). */
    public static List<GlossaryTerm> all() {
        List<GlossaryTerm> terms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (StarterGlossary s : list()) for (GlossaryTerm t : load(s).terms()) if (seen.add(t.term())) terms.add(t);
        return terms;
    }

    private static String resource(String name) {
        try (InputStream in = StarterGlossaries.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) throw new IllegalStateException("starter glossary " + name + " is missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
