package org.showdesk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A term's own Traditional form, set on the command line, travels with the glossary's files to another show. */
class CliGlossaryTraditionalTest {
    @TempDir
    Path dir;

    @Test
    void aTraditionalFormSetWithAddIsExportedAndImportedIntoAnotherShow() throws Exception {
        Path show = dir.resolve("a.showdesk");
        CliShows.ok("new", show.toString());
        assertThat(CliShows.ok("glossary", show.toString(), "add", "英伟达", "--category", "org", "--traditional", "輝達")
                .out()).contains("輝達");
        for (String kind : new String[]{"json", "csv", "txt"}) {
            Path file = dir.resolve("terms." + kind);
            CliShows.ok("glossary", show.toString(), "export", file.toString());
            assertThat(Files.readString(file)).as(kind).contains("輝達");

            Path other = dir.resolve("b-" + kind + ".showdesk");
            CliShows.ok("new", other.toString());
            CliShows.ok("glossary", other.toString(), "import", file.toString());
            assertThat(CliShows.ok("glossary", other.toString(), "export", dir.resolve("back-" + kind + ".json").toString())
                    .code()).isZero();
            assertThat(Files.readString(dir.resolve("back-" + kind + ".json"))).as(kind).containsPattern("\"traditional\"\\s*:\\s*\"輝達\"");
        }
    }
}
