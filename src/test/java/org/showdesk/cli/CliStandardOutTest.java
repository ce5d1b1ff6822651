package org.showdesk.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** What the command line says when its standard output cannot be written. */
class CliStandardOutTest {
    private static String stderrWhenStdoutFails(String why) {
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(why);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException(why);
            }
        };
        ShowdeskCli.StandardOut stdout = new ShowdeskCli.StandardOut(failing);
        StringWriter err = new StringWriter();
        ShowdeskCli.run(new String[]{"--help"}, new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8)),
                new PrintWriter(err), stdout);
        return err.toString();
    }

    @Test
    void aReaderThatStopsReadingLikeHeadIsNotReportedAsAProblem() {
        assertThat(stderrWhenStdoutFails("Broken pipe")).isEmpty();
    }

    @Test
    void aFullDiskBehindTheOutputIsReported() {
        assertThat(stderrWhenStdoutFails("No space left on device")).contains("could not write the output");
    }
}
