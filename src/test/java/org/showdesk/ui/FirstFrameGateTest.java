package org.showdesk.ui;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class FirstFrameGateTest {
    @Test
    void resultsThatArriveBeforeTheFirstFrameWaitForItAndKeepTheirOrder(FxRobot robot) throws Exception {
        FirstFrameGate gate = new FirstFrameGate();
        List<String> ran = new CopyOnWriteArrayList<>();
        List<Boolean> laidOut = new CopyOnWriteArrayList<>();
        Stage[] stage = new Stage[1];
        Label label = new Label("first frame");
        robot.interact(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(label, 200, 100));
        });
        gate.execute(() -> ran.add("opened"));
        gate.execute(() -> {
            ran.add("episode");
            laidOut.add(label.getWidth() > 0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ran).as("nothing is delivered before the window has a frame").isEmpty();

        robot.interact(() -> {
            gate.openAfterFirstLayout(stage[0].getScene());
            stage[0].show();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ran.size() == 2);
        gate.execute(() -> ran.add("later"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ran.size() == 3);
        assertThat(ran).containsExactly("opened", "episode", "later");
        assertThat(laidOut).containsExactly(true);
        robot.interact(stage[0]::hide);
    }
}
