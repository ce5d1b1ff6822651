package org.showdesk.cli;

import org.showdesk.app.Glossaries;
import org.showdesk.app.OpenShow;
import org.showdesk.model.GlossaryImport;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.TermCategory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "glossary", mixinStandardHelpOptions = true, description = "Show and change a show's glossary.",
        subcommands = {GlossaryCommand.ListTerms.class, GlossaryCommand.Add.class, GlossaryCommand.Import.class,
                GlossaryCommand.Export.class, GlossaryCommand.Starter.class})
final class GlossaryCommand {
    @Parameters(index = "0", paramLabel = "SHOW.showdesk")
    Path show;

    /** What every glossary subcommand reaches: the show named before it, and its own command line for output. */
    abstract static class Subcommand implements Callable<Integer> {
        @ParentCommand
        GlossaryCommand parent;
        @Spec
        CommandSpec spec;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the terms and their known misrecognitions.")
    static final class ListTerms extends Subcommand {

        @Override
        public Integer call() {
            try (OpenShow s = OpenShow.openReadOnly(parent.show)) {
                PrintWriter out = spec.commandLine().getOut();
                List<GlossaryTerm> terms = new Glossaries(s).list();
                for (GlossaryTerm t : terms) {
                    out.println(t.term() + (t.variants().isEmpty() ? "" : "\t" + String.join("|", t.variants()))
                            + (t.enabled() ? "" : "\t(disabled)"));
                }
                spec.commandLine().getErr().println(terms.size() + " term(s)");
            }
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a term (or add misrecognitions to one).")
    static final class Add extends Subcommand {
        @Parameters(index = "0", paramLabel = "TERM")
        String term;
        @Option(names = "--variant", paramLabel = "V", description = "a known misrecognition; repeat for more")
        List<String> variants = List.of();
        @Option(names = "--category", paramLabel = "C", description = "person, org, product, jargon, other")
        String category;
        @Option(names = "--force", description = "add a one-character misrecognition (it matches nearly everywhere)")
        boolean force;
        @Option(names = "--traditional", paramLabel = "FORM",
                description = "the term's own Traditional Chinese form (輝達 for 英伟达), used instead of converting it")
        String traditional;

        @Override
        public Integer call() {
            if (term.isBlank()) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "TERM is empty");
            GlossaryImport asked = new GlossaryImport("glossary add", List.of(new GlossaryTerm(0, term.strip(),
                    variants, TermCategory.OTHER, "", "", true)), List.of(0), List.of());
            confirmOneCharacterVariants(asked, force);
            try (OpenShow s = OpenShow.open(parent.show)) {
                s.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
                Glossaries glossary = new Glossaries(s);
                GlossaryTerm t = glossary.add(new GlossaryTerm(0, term.strip(), variants,
                        TermCategory.parse(category), "", "", true));
                if (traditional != null && !traditional.strip().equals(t.traditional())) {
                    t = t.withTraditional(traditional.strip());
                    glossary.update(t);
                }
                spec.commandLine().getOut().println(t.term() + (t.variants().isEmpty() ? "" : "\t"
                        + String.join("|", t.variants())) + (t.traditional().isEmpty() ? "" : "\t(Traditional: "
                        + t.traditional() + ")"));
            }
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Add the terms of a .txt, .csv or .json file.")
    static final class Import extends Subcommand {
        @Parameters(index = "0", paramLabel = "PATH")
        Path file;
        @Option(names = "--force", description = "add one-character misrecognitions too (they match nearly everywhere)")
        boolean force;
        @Option(names = "--verbose", description = "list every warning about the file's terms (else the first "
                + MAX_WARNINGS + ")")
        boolean verbose;

        @Override
        public Integer call() {
            GlossaryImport g = Glossaries.read(file); // read completely before the show is touched
            confirmOneCharacterVariants(g, force);
            try (OpenShow s = OpenShow.open(parent.show)) {
                s.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
                Glossaries.Added added = new Glossaries(s).addRead(g);
                report(spec, added.read(), added.newTerms(), verbose ? Integer.MAX_VALUE : MAX_WARNINGS);
            }
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write the glossary as .txt, .csv or .json.")
    static final class Export extends Subcommand {
        @Parameters(index = "0", paramLabel = "PATH")
        Path file;

        @Override
        public Integer call() {
            try (OpenShow s = OpenShow.openReadOnly(parent.show)) {
                int written = new Glossaries(s).export(file);
                spec.commandLine().getErr().println("Wrote " + written + " term(s) to " + file.toAbsolutePath());
            }
            return 0;
        }
    }

    @Command(name = "starter", mixinStandardHelpOptions = true,
            description = "List the bundled starter glossaries, or add one (or all) to the show.")
    static final class Starter extends Subcommand {
        @Parameters(index = "0", arity = "0..1", paramLabel = "ID|all")
        String id;
        @Option(names = "--verbose", description = "list each advisory note about the bundled terms (very short or everyday names)")
        boolean verbose;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (id == null) {
                for (var st : Glossaries.starters()) out.println(st.id() + "\t" + st.displayName());
                return 0;
            }
            var chosen = Glossaries.starters().stream().filter(st -> id.equals("all") || st.id().equals(id)).toList();
            if (chosen.isEmpty()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "No starter glossary \"" + id
                        + "\"; run `showdesk glossary " + org.showdesk.model.CommandLineText.quoted(parent.show)
                        + " starter` to list them.");
            }
            try (OpenShow s = OpenShow.open(parent.show)) {
                Glossaries glossaries = new Glossaries(s);
                for (var st : chosen) {
                    Glossaries.Added added = glossaries.addStarter(st);
                    if (verbose) {
                        report(spec, added.read(), added.newTerms());
                    } else {
                        // Advice for a host's own list ("consider a longer form") is not theirs to act on for a
                        // bundled one: counted, not listed.
                        int notes = added.read().warnings().size();
                        out.println(st.displayName() + ": added " + added.newTerms() + " new term(s) of "
                                + added.read().terms().size() + (notes == 0 ? "." : " (" + notes + " advisory note(s) "
                                + "about very short or everyday names: --verbose lists them)."));
                    }
                }
            }
            return 0;
        }
    }

    /** A one-character misrecognition (的) would be "corrected" nearly everywhere: only on the host's word. */
    static void confirmOneCharacterVariants(GlossaryImport g, boolean force) {
        List<String> single = g.oneCharacterVariants();
        if (single.isEmpty() || force) return;
        throw new org.showdesk.model.ShowdeskException(g.source() + ": " + single.size() + " misrecognition(s) of a "
                + "single character (" + String.join("; ", single.subList(0, Math.min(5, single.size())))
                + (single.size() > 5 ? "; …" : "") + "), which would match nearly everywhere in a transcript. Nothing "
                + "was added. Give a longer misrecognition, or add --force if you mean it.");
    }

    /** Warnings shown about an imported file's terms before the rest are only counted. */
    static final int MAX_WARNINGS = 10;

    private static void report(CommandSpec spec, GlossaryImport g, int added) {
        report(spec, g, added, Integer.MAX_VALUE);
    }

    private static void report(CommandSpec spec, GlossaryImport g, int added, int shown) {
        PrintWriter err = spec.commandLine().getErr();
        g.warnings().stream().limit(shown).forEach(w -> err.println("warning: " + w));
        if (g.warnings().size() > shown) {
            err.println("… and " + (g.warnings().size() - shown) + " more warning(s): --verbose lists them all.");
        }
        spec.commandLine().getOut().println("Added " + added + " new term(s) of " + g.terms().size() + " read.");
    }
}
