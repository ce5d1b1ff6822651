package org.showdesk.ui.player;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.showdesk.ui.common.Icons;
import org.showdesk.ui.entries.ClockText;

import java.util.function.Supplier;

/**
 * The player above the transcript: a compact bar for audio (play/pause, ±5 s, position, time, speed, "set start"),
 * and for video also the picture, in a view the host can make taller or shorter by dragging its edge. Nothing is
 * shown while the episode has no media. Gestures go to {@link PlayerViewModel}; nothing is kept here.
 */
final class PlayerView {
    private final PlayerViewModel model;
    private final BorderPane column;
    private final VBox bar = new VBox();
    private final StackPane picture = new StackPane();
    private final SplitPane withPicture = new SplitPane();
    private final Node transcript;
    private final Slider slider = new Slider(0, 1, 0);
    private final Button setStart = new Button("Set start");
    private final Button play = new Button();
    private final Button back = new Button("−5 s");
    private final Button forward = new Button("+5 s");
    private boolean sliderFromModel;

    /**
     * @param column   the window's transcript column: the player goes above the transcript at its centre
     * @param attach   asks the host for a media file and attaches it
     * @param selected the entry selected in the rundown, for "set start"
     */
    PlayerView(PlayerViewModel model, BorderPane column, Runnable attach, Supplier<org.showdesk.model.Entry> selected) {
        this.model = model;
        this.column = column;
        this.transcript = column.getCenter();
        column.getStylesheets().add(PlayerView.class.getResource("player.css").toExternalForm());
        column.getStyleClass().add("transcript-column");
        bar.getStyleClass().add("player-bar");
        bar.setId("player-bar");
        bar.getChildren().addAll(controls(selected), problem(attach));
        bar.visibleProperty().bind(model.stageProperty().isNotEqualTo(PlayerViewModel.Stage.NONE));
        bar.managedProperty().bind(bar.visibleProperty());
        column.setTop(bar);

        picture.getStyleClass().add("player-picture");
        picture.setId("player-picture");
        picture.setMinHeight(60);
        withPicture.setOrientation(Orientation.VERTICAL);
        withPicture.getStyleClass().add("player-split");
        model.videoProperty().addListener((o, was, now) -> placePicture());
        model.loadedProperty().addListener((o, was, now) -> placePicture());
    }

    Node view() {
        return column;
    }

    Node bar() {
        return bar;
    }

    private Node controls(Supplier<org.showdesk.model.Entry> selected) {
        play.setId("player-play");
        play.graphicProperty().bind(Bindings.createObjectBinding(() -> model.playingProperty().get()
                ? Icons.pause() : Icons.play(), model.playingProperty()));
        play.setOnAction(e -> model.playPause());
        back.setId("player-back");
        back.setOnAction(e -> model.skip(-PlayerViewModel.SKIP_MS));
        forward.setId("player-forward");
        forward.setOnAction(e -> model.skip(PlayerViewModel.SKIP_MS));

        slider.setId("player-position");
        slider.setFocusTraversable(false); // arrow keys stay with the text being typed
        slider.maxProperty().bind(Bindings.createDoubleBinding(() -> (double) Math.max(1, model.durationProperty().get()),
                model.durationProperty()));
        model.positionProperty().addListener((o, was, now) -> {
            if (slider.isValueChanging()) return; // the host is dragging it
            sliderFromModel = true;
            slider.setValue(now.longValue());
            sliderFromModel = false;
        });
        slider.valueProperty().addListener((o, was, now) -> {
            if (!sliderFromModel && !slider.isValueChanging()) model.seek(now.longValue()); // a click on the track
        });
        slider.valueChangingProperty().addListener((o, was, dragging) -> {
            if (!dragging) model.seek((long) slider.getValue()); // let go after a drag
        });
        HBox.setHgrow(slider, Priority.ALWAYS);

        Label time = new Label();
        time.setId("player-time");
        time.getStyleClass().add("player-time");
        time.setMinWidth(Region.USE_PREF_SIZE);
        time.textProperty().bind(Bindings.createStringBinding(() -> ClockText.format(model.positionProperty().get()) + " / "
                + ClockText.format(model.durationProperty().get()), model.positionProperty(), model.durationProperty()));

        ComboBox<Double> speed = new ComboBox<>();
        speed.setId("player-speed");
        speed.getItems().setAll(PlayerViewModel.RATES);
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double r) {
                return r == null ? "" : (r == Math.rint(r) ? String.valueOf(r.intValue()) : String.valueOf(r)) + "×";
            }

            @Override
            public Double fromString(String s) {
                return null; // chosen from the list only
            }
        });
        speed.setValue(model.rateProperty().get());
        speed.valueProperty().addListener((o, was, now) -> {
            if (now != null && now != model.rateProperty().get()) model.setRate(now);
        });
        model.rateProperty().addListener((o, was, now) -> speed.setValue(now.doubleValue()));
        speed.setFocusTraversable(false);
        speed.setTooltip(new Tooltip("Playing speed"));

        setStart.setId("player-set-start");
        setStart.setOnAction(e -> model.setStartOf(selected.get()));
        for (Button b : new Button[]{play, back, forward, setStart}) {
            b.getStyleClass().addAll("flat", "small");
            b.setFocusTraversable(false); // a click on the player leaves the caret where the host was typing
            b.setMinWidth(Region.USE_PREF_SIZE);
        }

        HBox row = new HBox(6, play, back, forward, slider, time, speed, setStart);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("player-controls");
        row.disableProperty().bind(model.stageProperty().isNotEqualTo(PlayerViewModel.Stage.READY));
        Label opening = new Label();
        opening.getStyleClass().add("player-note");
        opening.textProperty().bind(Bindings.createStringBinding(() -> switch (model.stageProperty().get()) {
            case LOCATING -> "Looking for the episode's media…";
            case LOADING -> "Opening " + model.fileNameProperty().get() + "…";
            default -> "";
        }, model.stageProperty(), model.fileNameProperty()));
        opening.visibleProperty().bind(Bindings.isNotEmpty(opening.textProperty()));
        opening.managedProperty().bind(opening.visibleProperty());
        return new VBox(2, row, opening);
    }

    /** Media not found, or not playable: said once, with the way out (attach it, or try again). */
    private Node problem(Runnable attach) {
        Label text = new Label();
        text.setId("player-message");
        text.getStyleClass().add("player-message");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.textProperty().bind(model.messageProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        Button attachButton = new Button("Attach…");
        attachButton.setId("player-attach");
        attachButton.setOnAction(e -> attach.run());
        Button retry = new Button("Try again");
        retry.setId("player-retry");
        retry.setOnAction(e -> model.retry());
        retry.visibleProperty().bind(model.stageProperty().isEqualTo(PlayerViewModel.Stage.FAILED));
        retry.managedProperty().bind(retry.visibleProperty());
        for (Button b : new Button[]{attachButton, retry}) {
            b.getStyleClass().add("small");
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox box = new HBox(8, text, retry, attachButton);
        box.setId("player-problem");
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(Bindings.isNotEmpty(model.messageProperty()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** Video gets a picture above the transcript, in a split the host can drag; audio gives the room back. */
    private void placePicture() {
        Playback p = model.loadedProperty().get();
        boolean show = p != null && model.videoProperty().get();
        if (show) {
            picture.getChildren().setAll(p.videoView());
            if (column.getCenter() != withPicture) {
                withPicture.getItems().setAll(picture, transcript);
                withPicture.setDividerPositions(0.3);
                column.setCenter(withPicture);
            }
        } else if (column.getCenter() != transcript) {
            picture.getChildren().clear();
            withPicture.getItems().clear();
            column.setCenter(transcript);
        }
    }

    /** Tooltips name the keys, which the host may have changed. */
    void showKeys(PlayerKeys keys) {
        play.setTooltip(new Tooltip("Play / pause (" + keys.display(PlayerAction.PLAY_PAUSE) + ")"));
        back.setTooltip(new Tooltip("Back 5 seconds (" + keys.display(PlayerAction.BACK) + ")"));
        forward.setTooltip(new Tooltip("Forward 5 seconds (" + keys.display(PlayerAction.FORWARD) + ")"));
        setStart.setTooltip(new Tooltip("Set the selected entry's start to the playhead ("
                + keys.display(PlayerAction.SET_START) + ")"));
    }
}
