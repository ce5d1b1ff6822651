package org.showdesk.cli;

import org.showdesk.app.OpenShow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "new", mixinStandardHelpOptions = true, description = "Create a new, empty show file. Never overwrites.")
final class NewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SHOW.showdesk", description = "the project file to create")
    Path file;

    @Option(names = "--name", paramLabel = "NAME", description = "the show's name (default: the file name)")
    String name;

    @Override
    public Integer call() {
        try (OpenShow show = OpenShow.create(file, name)) {
            spec.commandLine().getOut().println("Created " + show.file() + " (show \"" + show.name() + "\")");
        }
        return 0;
    }
}
