package org.showdesk.ui.templates;

import org.showdesk.app.ShowFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showdesk.draft.TemplateSet;
import org.showdesk.ui.entries.SampleShow;
import org.showdesk.ui.preview.Coalescer;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateEditorViewModelTest {
    @TempDir
    Path dir;
    SampleShow sample;
    TemplateEditorViewModel vm;
    int changes;

    @BeforeEach
    void open() {
        sample = SampleShow.create(dir);
        vm = new TemplateEditorViewModel(new org.showdesk.app.Templates(sample.show), false,
                org.showdesk.app.TaskExecutor.sameThread(), Coalescer.IMMEDIATE);
        vm.addTemplatesChangedListener(() -> changes++);
        vm.load(sample.openEpisode().state());
    }

    @AfterEach
    void close() {
        sample.show.close();
    }

    @Test
    void theDefaultTemplateIsShownWithItsOutputForTheEpisode() {
        assertThat(vm.nameProperty().get()).isEqualTo("bilibili");
        assertThat(vm.bodyProperty().get()).isEqualTo(TemplateSet.defaults().defaultBody("bilibili"));
        assertThat(vm.customizedProperty().get()).isFalse();
        assertThat(vm.previewProperty().get()).contains("SynCLR", "MathPile");
    }

    @Test
    void anEditedTemplateIsSavedToTheShowAndPreviewed() {
        vm.bodyProperty().set("本周共{{#items}}【{{title}}】{{/items}}");
        assertThat(ShowFiles.settings(sample.show).templates()).containsEntry("bilibili", "本周共{{#items}}【{{title}}】{{/items}}");
        assertThat(vm.previewProperty().get()).contains("【SynCLR】【RichDreamer】【MathPile】");
        assertThat(vm.customizedProperty().get()).isTrue();
        assertThat(changes).isEqualTo(1);
    }

    @Test
    void aBrokenTemplateShowsItsLineAndColumnAndIsStillKept() {
        vm.bodyProperty().set("本期内容：\n{{#items}}\n{{title}\n{{/items}}");
        assertThat(vm.errorProperty().get()).contains("line 3");
        assertThat(vm.errorLineProperty().get()).isEqualTo(3);
        assertThat(vm.errorColumnProperty().get()).isPositive();
        assertThat(vm.previewProperty().get()).isEmpty();
        assertThat(ShowFiles.settings(sample.show).templates()).containsKey("bilibili");
        vm.bodyProperty().set("本期内容：\n{{#items}}\n{{title}}\n{{/items}}");
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.previewProperty().get()).contains("SynCLR");
    }

    @Test
    void aFieldThatDoesNotExistIsNamedWithItsPlace() {
        vm.bodyProperty().set("{{#items}}\n  {{titel}}\n{{/items}}");
        assertThat(vm.errorProperty().get()).contains("titel");
        assertThat(vm.errorLineProperty().get()).isEqualTo(2);
    }

    @Test
    void resetBringsBackTheDefaultAndRemovesTheShowsVersion() {
        vm.bodyProperty().set("只有标题");
        vm.resetToDefault();
        assertThat(vm.bodyProperty().get()).isEqualTo(TemplateSet.defaults().defaultBody("bilibili"));
        assertThat(ShowFiles.settings(sample.show).templates()).doesNotContainKey("bilibili");
        assertThat(vm.customizedProperty().get()).isFalse();
    }

    @Test
    void switchingTemplatesShowsTheOtherBodyWithoutSavingAnything() {
        vm.nameProperty().set("md");
        assertThat(vm.bodyProperty().get()).isEqualTo(TemplateSet.defaults().defaultBody("md"));
        assertThat(vm.previewProperty().get()).contains("## 1. SynCLR");
        assertThat(ShowFiles.settings(sample.show).templates()).isEmpty();
    }
}
