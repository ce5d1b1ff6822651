package org.showdesk.cli;

import org.showdesk.model.Backup;
import org.showdesk.app.ShowBackups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replace a show with one of its backups. The current file is backed up first; "
                + "refused while the show is open in Showdesk.")
final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SHOW.showdesk")
    Path file;

    @Option(names = "--backup", required = true, paramLabel = "ID", description = "the backup id (see `showdesk backups`)")
    String id;

    @Override
    public Integer call() {
        Optional<Backup> before = ShowBackups.restore(file, id);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Restored " + file.toAbsolutePath() + " from backup " + id + ".");
        before.ifPresent(b -> out.println("The file as it was is kept as backup " + b.id()
                + "; to undo: showdesk restore \"" + file + "\" --backup " + b.id()));
        return 0;
    }
}
