package org.showdesk.ui.preview;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExternalLinksTest {
    @Test
    void webPagesAndMailAddressesMayOpenInTheBrowser() {
        assertThat(ExternalLinks.openable("https://arxiv.org/abs/2401.00001")).contains("https://arxiv.org/abs/2401.00001");
        assertThat(ExternalLinks.openable("http://example.org/a?b=c")).isPresent();
        assertThat(ExternalLinks.openable("mailto:host@example.org")).isPresent();
    }

    @Test
    void scriptsFilesDataAndRelativeLinksNeverOpen() {
        assertThat(ExternalLinks.openable("javascript:alert(1)")).isEmpty();
        assertThat(ExternalLinks.openable("JavaScript:alert(1)")).isEmpty();
        assertThat(ExternalLinks.openable("file:///etc/passwd")).isEmpty();
        assertThat(ExternalLinks.openable("data:text/html,<b>x</b>")).isEmpty();
        assertThat(ExternalLinks.openable("#")).isEmpty();
        assertThat(ExternalLinks.openable("/relative")).isEmpty();
        assertThat(ExternalLinks.openable("https:///nohost")).isEmpty();
        assertThat(ExternalLinks.openable(null)).isEmpty();
    }
}
