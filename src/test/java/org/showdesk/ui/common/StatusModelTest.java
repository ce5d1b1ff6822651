package org.showdesk.ui.common;

import org.junit.jupiter.api.Test;
import org.showdesk.app.BackgroundTask;

import static org.assertj.core.api.Assertions.assertThat;

class StatusModelTest {
    @Test
    void whatWasDoneIsShownAgainOnceTheWorkItSetOffIsDone() {
        StatusModel status = new StatusModel();
        BackgroundTask<Object> rescan = BackgroundTask.of("Scanning…", () -> null);

        status.say("Rejected 语言 in this episode");
        status.started(rescan);
        assertThat(status.messageProperty().get()).isEqualTo("Scanning…");
        status.finished(rescan);

        assertThat(status.messageProperty().get()).isEqualTo("Rejected 语言 in this episode");
    }

    @Test
    void workWithNothingSaidEndsOnReady() {
        StatusModel status = new StatusModel();
        BackgroundTask<Object> open = BackgroundTask.of("Opening episode…", () -> null);
        status.started(open);
        status.finished(open);
        assertThat(status.messageProperty().get()).isEqualTo("Ready");
    }
}
