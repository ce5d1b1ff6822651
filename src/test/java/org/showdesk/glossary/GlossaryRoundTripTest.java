package org.showdesk.glossary;

import org.showdesk.model.GlossaryImport;
import org.junit.jupiter.api.Test;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.TermCategory;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a glossary exports, it reads back the same; what a spreadsheet would run, it never writes live. */
class GlossaryRoundTripTest {
    private static final List<GlossaryTerm> TERMS = List.of(
            new GlossaryTerm(0, "同花顺", List.of("童话顺", "同花瞬"), TermCategory.ORG, "行情软件", "tong hua shun", true),
            new GlossaryTerm(0, "=HYPERLINK(\"http://x\")", List.of("+cmd", "@SUM(A1)"), TermCategory.OTHER,
                    "-2+3", "", true),
            new GlossaryTerm(0, "'=already quoted", List.of("''=twice"), TermCategory.OTHER, "'plain", "", true),
            new GlossaryTerm(0, "LoRAMoE", List.of("LoraMOE"), TermCategory.PRODUCT, "", "", true),
            new GlossaryTerm(0, "C#", List.of("C sharp"), TermCategory.JARGON, "a note, with a comma", "", true),
            new GlossaryTerm(0, "英伟达", List.of("英伟大"), TermCategory.ORG, "", "", true, "輝達", "", 0));

    private static List<String> described(List<GlossaryTerm> terms) {
        return terms.stream().map(t -> t.term() + " | " + t.variants() + " | " + t.category() + " | " + t.note()
                + " | " + t.pronunciation() + " | " + t.traditional()).toList();
    }

    @Test
    void plainTextExportReadsBackAsTheSameTerms() {
        String text = GlossaryFiles.write(TERMS, GlossaryFiles.Format.TEXT);
        GlossaryImport back = GlossaryFiles.read("g.txt", text, GlossaryFiles.Format.TEXT);
        assertThat(back.warnings()).isEmpty();
        assertThat(described(back.terms())).containsExactlyElementsOf(described(TERMS));
    }

    @Test
    void csvExportHasNoLiveFormulaAndReadsBackAsTheSameTerms() {
        String csv = GlossaryFiles.write(TERMS, GlossaryFiles.Format.CSV);
        for (String line : csv.split("\n")) {
            for (String cell : line.split(",")) {
                String c = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertThat(c).as("a cell a spreadsheet would run: " + cell).doesNotStartWith("=")
                        .doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
            }
        }
        assertThat(csv).contains("'=HYPERLINK").contains("'+cmd");
        GlossaryImport back = GlossaryFiles.read("g.csv", csv, GlossaryFiles.Format.CSV);
        assertThat(described(back.terms())).containsExactlyElementsOf(described(TERMS));
    }

    @Test
    void jsonExportReadsBackAsTheSameTermsWithTheirTraditionalForms() {
        String json = GlossaryFiles.write(TERMS, GlossaryFiles.Format.JSON);
        GlossaryImport back = GlossaryFiles.read("g.json", json, GlossaryFiles.Format.JSON);
        assertThat(described(back.terms())).containsExactlyElementsOf(described(TERMS));
        assertThat(back.terms()).filteredOn(t -> t.term().equals("英伟达")).singleElement()
                .extracting(GlossaryTerm::traditional).isEqualTo("輝達");
    }

    @Test
    void termsWithTabsLineBreaksOrBarsAreSkippedWithAWarningNotSplitIntoOthers() {
        String json = "[{\"term\": \"Uni\\tcron\"}, {\"term\": \"两行\\n术语\"}, {\"term\": \"A|B\"},"
                + " {\"term\": \"好的\", \"variants\": [\"x|y\", \"豪德\"]}]";
        GlossaryImport read = GlossaryFiles.read("g.json", json, GlossaryFiles.Format.JSON);
        assertThat(read.terms()).extracting(GlossaryTerm::term).containsExactly("好的");
        assertThat(read.terms().get(0).variants()).containsExactly("豪德");
        assertThat(read.warnings()).hasSize(4).allSatisfy(w -> assertThat(w.message()).contains("skipped"));
    }

    @Test
    void aFileWithMoreTermsThanAGlossaryHoldsIsRefusedNamingTheLimit() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i <= org.showdesk.text.GlossaryText.MAX_TERMS; i++) text.append("术语").append(i).append('\n');
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> GlossaryFiles.read("big.txt", text.toString(), GlossaryFiles.Format.TEXT))
                .isInstanceOf(org.showdesk.model.InputException.class).hasMessageContaining("30,000 terms")
                .hasMessageContaining("line 30001");
    }

    @Test
    void oneCharacterMisrecognitionsAreNamedForConfirmation() {
        GlossaryImport read = GlossaryFiles.read("g.txt", "的确\t的|地确\n", GlossaryFiles.Format.TEXT);
        assertThat(read.oneCharacterVariants()).containsExactly("line 1: 的 for 的确");
    }
}
