package org.showdesk.cli;

import org.showdesk.app.OpenShow;
import org.showdesk.app.Episodes;
import org.showdesk.app.Publishing;
import org.showdesk.model.LengthReport;
import org.showdesk.model.Output;
import org.showdesk.model.OutputFormat;
import org.showdesk.model.ChineseScript;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export an episode: bilibili, youtube, md, html, txt, srt, vtt, json or wechat.",
                "Lengths against each platform's limit are reported on stderr; nothing is ever cut to fit."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EpisodeArgs target;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "bilibili | youtube | md | html | txt | srt | vtt | json | wechat")
    String format;

    @Option(names = "--script", paramLabel = "SCRIPT", defaultValue = "simplified",
            description = "simplified | traditional (Taiwan wording) | traditional-hk, for youtube, md, html, txt, srt"
                    + " and vtt; glossary names keep their spelling (default: ${DEFAULT-VALUE})")
    String script;

    @Option(names = "--out", paramLabel = "PATH", description = "write to this file (default: standard output)")
    Path out;

    @Override
    public Integer call() {
        OutputFormat f;
        ChineseScript chineseScript;
        try {
            f = OutputFormat.parse(format);
            chineseScript = ChineseScript.parse(script);
        } catch (org.showdesk.model.ShowdeskException | IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Output output;
        PrintWriter err = spec.commandLine().getErr();
        try (OpenShow s = OpenShow.openReadOnly(target.show)) {
            Publishing publishing = new Publishing(s);
            output = publishing.render(new Episodes(s).open(target.episode, false).state(), f, chineseScript);
            if (out != null) {
                publishing.write(out, output.text());
                err.println("Wrote " + out.toAbsolutePath());
            }
        }
        if (out == null) {
            spec.commandLine().getOut().print(output.text());
            spec.commandLine().getOut().flush();
        }
        for (LengthReport r : output.lengths()) err.println(r.message());
        for (String note : output.notes()) err.println("note: " + note);
        return 0;
    }
}
