package org.showdesk.app;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileCheckLinesTest {
    @Test
    void offsetsBecomeOneBasedLinesAndColumns() {
        String text = "第一行\n第二行很长\n\n最后";
        assertThat(FileCheck.lineAndColumn(text, 0)).containsExactly(1, 1);
        assertThat(FileCheck.lineAndColumn(text, 2)).containsExactly(1, 3);
        assertThat(FileCheck.lineAndColumn(text, 3)).as("the line break itself").containsExactly(1, 4);
        assertThat(FileCheck.lineAndColumn(text, 4)).containsExactly(2, 1);
        assertThat(FileCheck.lineAndColumn(text, 10)).containsExactly(3, 1);
        assertThat(FileCheck.lineAndColumn(text, 12)).containsExactly(4, 2);
        assertThat(FileCheck.lineAndColumn("另一段\n文字", 5)).as("another text").containsExactly(2, 2);
    }
}
