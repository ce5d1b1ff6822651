package org.showdesk.cli;

import org.showdesk.model.ShowdeskException;
import org.showdesk.model.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The headless command line. Exit codes: 0 ok, 1 an input or project problem (message on stderr),
 * 2 a usage error.
 */
@Command(name = "showdesk", mixinStandardHelpOptions = true, versionProvider = ShowdeskCli.VersionProvider.class,
        description = "Showdesk: transcript corrections, rundowns and show notes for news-roundup hosts.%n"
                + "Run without arguments (or with a .showdesk file) to open the window.",
        subcommands = {NewCommand.class, ImportCommand.class, EpisodesCommand.class, SplitCommand.class,
                EntriesCommand.class, SourcesCommand.class, ExportCommand.class, CheckCommand.class, ReviewCommand.class,
                AcceptCommand.class, RejectCommand.class, FixCommand.class, ReadyCommand.class, GlossaryCommand.class, MediaCommand.class,
                BackupsCommand.class, RestoreCommand.class,
                CommandLine.HelpCommand.class})
public final class ShowdeskCli {
    /**
     * True when the arguments ask for the command line: anything but nothing at all or a single show
     * file to open in the window. An unknown word goes to the command line too, which explains it.
     */
    public static boolean isCommandLine(String[] args) {
        if (args.length == 0) return false;
        String first = args[0];
        if (first.startsWith("-psn")) return false; // macOS process serial number from Finder
        boolean showFile = first.toLowerCase(java.util.Locale.ROOT).endsWith(".showdesk")
                || java.nio.file.Files.isRegularFile(java.nio.file.Path.of(first));
        return !(args.length == 1 && showFile);
    }

    public static int run(String[] args) {
        // Straight onto the descriptor: System.out is a PrintStream, which swallows a failed write, so a full
        // disk behind `> file` would otherwise end in exit 0 with the output lost.
        StandardOut stdout = new StandardOut(new java.io.FileOutputStream(java.io.FileDescriptor.out));
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        return run(args, out, err, stdout);
    }

    /**
     * Standard output that remembers why a write failed: a reader that stopped reading (`| head`) is how pipes
     * end, not a problem to report, while a full disk behind `> file` is.
     */
    static final class StandardOut extends java.io.FilterOutputStream {
        private volatile boolean readerClosed;

        StandardOut(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            try {
                out.write(b, off, len);
            } catch (java.io.IOException e) {
                readerClosed = String.valueOf(e.getMessage()).contains("Broken pipe");
                throw e;
            }
        }

        @Override
        public void flush() throws java.io.IOException {
            try {
                out.flush();
            } catch (java.io.IOException e) {
                readerClosed = String.valueOf(e.getMessage()).contains("Broken pipe");
                throw e;
            }
        }

        boolean readerClosed() {
            return readerClosed;
        }
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, null);
    }

    static int run(String[] args, PrintWriter out, PrintWriter err, StandardOut stdout) {
        CommandLine cl = new CommandLine(new ShowdeskCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (ex instanceof ShowdeskException se) {
                // The whole command path ("showdesk glossary export"), not only its last word.
                err.println(cmd.getCommandSpec().qualifiedName(" ") + ": " + se.getMessage());
            } else {
                err.println(cmd.getCommandSpec().qualifiedName(" ") + ": unexpected error (please report it): " + ex);
                ex.printStackTrace(err);
            }
            err.flush();
            return 1;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("showdesk: ran out of memory (" + e.getMessage() + "). Nothing was saved half-way; "
                    + "the input is too large for this Java's heap. Split it, or give Java more memory (-Xmx).");
            code = 1;
        }
        if (out.checkError() && stdout != null && stdout.readerClosed()) {
            return code; // the reader has what it wanted (`| head`): nothing to report
        }
        if (out.checkError()) { // flushes, then tells whether any write to it failed
            err.println("showdesk: could not write the output to standard output (the disk is full, or the "
                    + "reader closed the pipe). What was printed is incomplete; write with --out PATH instead.");
            code = code == 0 ? 1 : code;
        }
        err.flush();
        return code;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"Showdesk " + Version.current()};
        }
    }
}
