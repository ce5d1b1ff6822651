package org.showdesk.ui.glossary;

import org.showdesk.app.ShowFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.TermCategory;
import org.showdesk.ui.entries.SampleShow;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GlossaryViewModelTest {
    @TempDir
    Path dir;
    SampleShow sample;
    GlossaryViewModel vm;
    int changes;

    @BeforeEach
    void open() {
        sample = SampleShow.create(dir);
        ShowFiles.glossary(sample.show).addAll(List.of(
                new GlossaryTerm(0, "同花顺", List.of("童话顺"), TermCategory.ORG, "金融科技公司", "tong hua shun", true),
                new GlossaryTerm(0, "北京邮电大学", List.of("北京油电大学"), TermCategory.ORG, "", "", true),
                new GlossaryTerm(0, "LoRAMoE", List.of("LoraMOE"), TermCategory.PRODUCT, "", "", true)));
        vm = new GlossaryViewModel(new org.showdesk.app.Glossaries(sample.show), org.showdesk.app.TaskExecutor.sameThread(), sample.show.isReadOnly());
        vm.addGlossaryChangedListener(() -> changes++);
        vm.load();
    }

    @AfterEach
    void close() {
        sample.show.close();
    }

    @Test
    void searchFindsATermByAMisheardVariantOrItsPinyin() {
        vm.searchProperty().set("油电");
        assertThat(vm.visibleTerms()).extracting(GlossaryTerm::term).containsExactly("北京邮电大学");
        vm.searchProperty().set("HUA SHUN");
        assertThat(vm.visibleTerms()).extracting(GlossaryTerm::term).containsExactly("同花顺");
        vm.searchProperty().set("");
        assertThat(vm.visibleTerms()).hasSize(3);
    }

    @Test
    void aTermAddedFromTheFormIsStoredSelectedAndAnnounced() {
        vm.newTerm();
        vm.termProperty().set("Krutrim");
        vm.variantsProperty().set("Kootram，Kutrim, Krutrim");
        vm.categoryProperty().set(TermCategory.PRODUCT);
        vm.addFromForm();
        GlossaryTerm stored = ShowFiles.glossary(sample.show).list().stream().filter(t -> t.term().equals("Krutrim")).findFirst().orElseThrow();
        assertThat(stored.variants()).containsExactly("Kootram", "Kutrim");
        assertThat(stored.category()).isEqualTo(TermCategory.PRODUCT);
        assertThat(vm.selectedProperty().get().term()).isEqualTo("Krutrim");
        assertThat(changes).isEqualTo(1);
    }

    @Test
    void addingATermThatExistsAddsItsVariantsAndSaysSo() {
        vm.newTerm();
        vm.termProperty().set("同花顺");
        vm.variantsProperty().set("铜花顺");
        vm.addFromForm();
        assertThat(vm.messageProperty().get()).contains("already in the glossary");
        assertThat(ShowFiles.glossary(sample.show).list()).hasSize(3)
                .filteredOn(t -> t.term().equals("同花顺")).first()
                .satisfies(t -> assertThat(t.variants()).containsExactly("童话顺", "铜花顺"));
    }

    @Test
    void anEmptyTermIsRefusedWithAMessage() {
        vm.newTerm();
        vm.addFromForm();
        assertThat(vm.messageProperty().get()).contains("Type the correct term");
        assertThat(ShowFiles.glossary(sample.show).list()).hasSize(3);
    }

    @Test
    void editingAndDisablingATermIsSaved() {
        vm.selectedProperty().set(vm.allTerms().stream().filter(t -> t.term().equals("LoRAMoE")).findFirst().orElseThrow());
        assertThat(vm.variantsProperty().get()).isEqualTo("LoraMOE");
        vm.variantsProperty().set("LoraMOE, Lora MoE");
        vm.enabledProperty().set(false);
        vm.saveForm();
        GlossaryTerm stored = ShowFiles.glossary(sample.show).list().stream().filter(t -> t.term().equals("LoRAMoE")).findFirst().orElseThrow();
        assertThat(stored.variants()).containsExactly("LoraMOE", "Lora MoE");
        assertThat(stored.enabled()).isFalse();
    }

    @Test
    void renamingATermToOneThatExistsIsRefused() {
        vm.selectedProperty().set(vm.allTerms().stream().filter(t -> t.term().equals("LoRAMoE")).findFirst().orElseThrow());
        vm.termProperty().set("同花顺");
        vm.saveForm();
        assertThat(vm.messageProperty().get()).contains("already in the glossary");
        assertThat(ShowFiles.glossary(sample.show).list()).extracting(GlossaryTerm::term).contains("LoRAMoE");
    }

    @Test
    void deletingATermRemovesItFromTheProjectAsOneStepUndoBringsBack() {
        List<org.showdesk.app.Undoable> steps = new java.util.ArrayList<>();
        vm.setOnUndoable(steps::add);
        GlossaryTerm chosen = vm.allTerms().stream().filter(t -> t.term().equals("同花顺")).findFirst().orElseThrow();
        vm.selectedProperty().set(chosen);
        vm.deleteSelected();
        assertThat(ShowFiles.glossary(sample.show).list()).extracting(GlossaryTerm::term).doesNotContain("同花顺");
        assertThat(vm.selectedProperty().get()).isNull();

        org.showdesk.app.Undoable redo = steps.get(0).undo();
        GlossaryTerm back = ShowFiles.glossary(sample.show).list().stream().filter(t -> t.term().equals("同花顺"))
                .findFirst().orElseThrow();
        assertThat(back.variants()).containsExactly("童话顺");
        assertThat(back.note()).isEqualTo("金融科技公司");
        assertThat(back.category()).isEqualTo(TermCategory.ORG);

        redo.undo();
        assertThat(ShowFiles.glossary(sample.show).list()).extracting(GlossaryTerm::term).doesNotContain("同花顺");
    }

    @Test
    void importingACsvFileAddsItsTermsMergesKnownOnesAndListsWhatWasSkipped() throws Exception {
        Path file = dir.resolve("术语 list.csv");
        java.nio.file.Files.writeString(file, """
                term,variants,category
                Krutrim,Kootram,product
                同花顺,铜花顺,org
                ,没有术语,other
                """);
        vm.importFile(file);
        assertThat(vm.messageProperty().get()).contains("1 new term").contains("1 already in the glossary")
                .contains("line 4");
        assertThat(vm.allTerms()).extracting(GlossaryTerm::term).contains("Krutrim");
        assertThat(ShowFiles.glossary(sample.show).list()).filteredOn(t -> t.term().equals("同花顺")).first()
                .satisfies(t -> assertThat(t.variants()).contains("童话顺", "铜花顺"));
        assertThat(changes).isEqualTo(1);
    }

    @Test
    void aFileThatIsNotAGlossaryIsRefusedAndChangesNothing() throws Exception {
        Path file = dir.resolve("broken.csv");
        java.nio.file.Files.writeString(file, "name,value\nx,y\n");
        vm.importFile(file);
        assertThat(vm.messageProperty().get()).contains("broken.csv").contains("term");
        assertThat(ShowFiles.glossary(sample.show).list()).hasSize(3);
    }

    @Test
    void anExportedGlossaryImportsBackIntoAnotherShowWithTheSameTerms() throws Exception {
        Path file = dir.resolve("export.json");
        vm.exportFile(file);
        assertThat(vm.messageProperty().get()).contains("Exported 3 terms");
        SampleShow other = SampleShow.create(dir);
        try {
            GlossaryViewModel second = new GlossaryViewModel(new org.showdesk.app.Glossaries(other.show), org.showdesk.app.TaskExecutor.sameThread(), other.show.isReadOnly());
            second.importFile(file);
            assertThat(ShowFiles.glossary(other.show).list()).extracting(GlossaryTerm::term)
                    .containsExactlyInAnyOrderElementsOf(ShowFiles.glossary(sample.show).list().stream().map(GlossaryTerm::term).toList());
        } finally {
            other.show.close();
        }
    }

    @Test
    void aStarterGlossaryIsAddedWithOneAction() {
        assertThat(vm.starters()).isNotEmpty();
        vm.addStarter(vm.starters().get(0));
        assertThat(ShowFiles.glossary(sample.show).list().size()).isGreaterThan(50);
        assertThat(vm.messageProperty().get()).contains(vm.starters().get(0).displayName()).contains("new terms")
                .doesNotContain("note"); // advice on our own bundled list is not the host's to act on
    }

    @Test
    void aFileTeachingOneCharacterMisrecognitionsIsAddedOnlyWhenTheHostSaysYes() throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("risky.txt"), "得到\t的\nKrutrim\tKootram\n");
        List<String> asked = new java.util.ArrayList<>();
        vm.importFile(file, question -> {
            asked.add(question);
            return false;
        });
        assertThat(asked).singleElement().satisfies(q -> assertThat(q).contains("single character").contains("的"));
        assertThat(ShowFiles.glossary(sample.show).list()).extracting(GlossaryTerm::term).doesNotContain("Krutrim", "得到");
        assertThat(vm.messageProperty().get()).contains("Nothing was added");

        vm.importFile(file, question -> true);
        assertThat(ShowFiles.glossary(sample.show).list()).extracting(GlossaryTerm::term).contains("Krutrim", "得到");
    }
}
