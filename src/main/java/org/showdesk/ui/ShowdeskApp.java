package org.showdesk.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The window. A placeholder until the workstation lands. */
public final class ShowdeskApp extends Application {
    public static void start(String[] args) {
        Application.launch(ShowdeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Showdesk");
        stage.setScene(new Scene(new Label("Showdesk"), 800, 600));
        stage.show();
    }
}
