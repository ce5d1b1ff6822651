package org.showdesk.glossary;

import org.showdesk.model.GlossaryImport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.InputException;
import org.showdesk.model.TermCategory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GlossaryFilesTest {
    private static final List<GlossaryTerm> SAMPLE = List.of(
            new GlossaryTerm(0, "同花顺", List.of("童话顺"), TermCategory.ORG, "金融科技, \"问财\"", "tong hua shun", true),
            new GlossaryTerm(0, "Unicron", List.of("UniChrome", "Unicorn"), TermCategory.PRODUCT, "", "", true),
            new GlossaryTerm(0, "RichDreamer", List.of(), TermCategory.PRODUCT, "3D", "", false));

    private static GlossaryImport readText(String content) {
        return GlossaryFiles.read("terms.txt", content, GlossaryFiles.Format.TEXT);
    }

    @Test
    void plainTextReadsTermsVariantsAndSkipsComments() {
        GlossaryImport read = readText("# my show\n同花顺\t童话顺|同花舜\n\nUnicron\n");
        assertThat(read.terms()).extracting(GlossaryTerm::term).containsExactly("同花顺", "Unicron");
        assertThat(read.terms().get(0).variants()).containsExactly("童话顺", "同花舜");
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void duplicatesAreMergedAndReportedWithTheirLines() {
        GlossaryImport read = readText("Unicron\tUniChrome\nunicron\tUnicorn\n");
        assertThat(read.terms()).hasSize(1);
        assertThat(read.terms().get(0).variants()).containsExactly("UniChrome", "Unicorn");
        assertThat(read.warnings()).singleElement().hasToString(
                "terms.txt, line 2: unicron is already on line 1; merged the two (misrecognitions combined, the first line's other fields kept)");
    }

    @Test
    void junkLinesAreSkippedWithTheirLineNumbers() {
        GlossaryImport read = readText("同花顺\n\tonly a variant\n" + "x".repeat(200) + "\n");
        assertThat(read.terms()).hasSize(1);
        assertThat(read.warnings()).extracting(GlossaryImport.Warning::line).containsExactly(2, 3);
    }

    @Test
    void csvRoundTripsEveryField(@TempDir Path dir) {
        Path file = dir.resolve("terms.csv");
        GlossaryFiles.write(file, SAMPLE);
        assertThat(GlossaryFiles.read(file).terms()).isEqualTo(SAMPLE);
    }

    @Test
    void jsonRoundTripsEveryField(@TempDir Path dir) {
        Path file = dir.resolve("terms.json");
        GlossaryFiles.write(file, SAMPLE);
        assertThat(GlossaryFiles.read(file).terms()).isEqualTo(SAMPLE);
    }

    @Test
    void plainTextRoundTripsTermsVariantsCategoryAndPronunciation(@TempDir Path dir) {
        Path file = dir.resolve("terms.txt");
        GlossaryFiles.write(file, SAMPLE.subList(0, 2));
        assertThat(GlossaryFiles.read(file).terms()).isEqualTo(SAMPLE.subList(0, 2));
    }

    @Test
    void csvWithoutATermColumnIsRefusedWithTheLine() {
        assertThatThrownBy(() -> GlossaryFiles.read("terms.csv", "name,variants\n同花顺,童话顺\n", GlossaryFiles.Format.CSV))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("terms.csv, line 1: the header has no \"term\" column");
    }

    @Test
    void csvWithAnUnclosedQuoteIsRefusedAtTheLineItOpens() {
        assertThatThrownBy(() -> GlossaryFiles.read("t.csv", "term,note\n同花顺,ok\nUnicron,\"never closed\n",
                GlossaryFiles.Format.CSV))
                .isInstanceOf(InputException.class).extracting(e -> ((InputException) e).line()).isEqualTo(3);
    }

    @Test
    void csvAcceptsVariantsAndDisabledFlags() {
        GlossaryImport read = GlossaryFiles.read("t.csv", "term,variants,enabled\nUnicron,UniChrome|Unicorn,no\n",
                GlossaryFiles.Format.CSV);
        assertThat(read.terms().get(0).variants()).containsExactly("UniChrome", "Unicorn");
        assertThat(read.terms().get(0).enabled()).isFalse();
    }

    @Test
    void brokenJsonIsRefusedWithItsLine() {
        assertThatThrownBy(() -> GlossaryFiles.read("t.json", "[\n{\"term\": \"同花顺\"},\n{\"term\": }\n]",
                GlossaryFiles.Format.JSON))
                .isInstanceOf(InputException.class).hasMessageStartingWith("t.json, line 3: is not valid JSON");
    }

    @Test
    void jsonAcceptsVariantsAsABarSeparatedString() {
        GlossaryImport read = GlossaryFiles.read("t.json", "[{\"term\": \"钉钉\", \"variants\": \"丁丁|订订\"}]",
                GlossaryFiles.Format.JSON);
        assertThat(read.terms().get(0).variants()).containsExactly("丁丁", "订订");
    }

    @Test
    void aFileThatIsNotUtf8IsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gbk.txt");
        Files.write(file, "同花顺".getBytes("GBK"));
        assertThatThrownBy(() -> GlossaryFiles.read(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("is not UTF-8");
    }
}
