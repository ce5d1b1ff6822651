package org.showdesk.ui.player;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;
import javafx.scene.media.MediaView;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

import org.showdesk.model.ShowdeskException;

import java.nio.file.Path;
import java.util.Locale;

/**
 * {@link Playback} with JavaFX Media. Two behaviours of it are handled here: the position it reports while paused
 * does not follow a seek, so it is read back after each one (MP3 seeks can land a few seconds early, and the host
 * must see, and set starts from, where it really is); and after the end of the media a seek does nothing until
 * the player is stopped, so it is stopped at the end.
 */
final class MediaPlayback implements Playback {
    /** Read back twice: at once, and once the demuxer has settled on a frame. */
    private static final Duration SETTLE = Duration.millis(250);

    private final MediaPlayer player;
    private final String name;
    private PauseTransition readBack;
    private Listener listener;
    private boolean ready;
    private String failure;
    private StackPane view;

    /**
     * Opens {@code file} for playing; call off the JavaFX thread (it reads the file).
     *
     * @throws ShowdeskException saying why it cannot be played and what usually fixes that
     */
    static Playback open(Path file) {
        try {
            return new MediaPlayback(file);
        } catch (MediaException e) {
            throw new ShowdeskException(describe(e, file.getFileName().toString()));
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            throw new ShowdeskException("Showdesk cannot play " + file.getFileName() + " (" + e.getMessage() + ").");
        }
    }

    private MediaPlayback(Path file) {
        name = file.getFileName().toString();
        player = new MediaPlayer(new Media(file.toUri().toString()));
        player.setOnReady(() -> {
            ready = true;
            if (listener != null) tellReady();
        });
        player.setOnError(() -> fail(describe(player.getError(), name)));
        player.currentTimeProperty().addListener((o, was, now) -> {
            if (listener != null) listener.position(millis(now));
        });
        player.statusProperty().addListener((o, was, now) -> {
            if (listener != null) listener.playing(now == MediaPlayer.Status.PLAYING);
        });
        player.setOnEndOfMedia(() -> {
            player.stop(); // back to the start; seeks work again
            if (listener != null) listener.ended();
        });
    }

    @Override
    public void listen(Listener l) {
        listener = l;
        if (failure != null) l.failed(failure);
        else if (ready) tellReady();
    }

    private void tellReady() {
        Media media = player.getMedia();
        boolean video = media.getWidth() > 0 || media.getTracks().stream()
                .anyMatch(t -> t instanceof javafx.scene.media.VideoTrack);
        listener.ready(millis(player.getTotalDuration()), video);
        reportPosition();
    }

    private void fail(String message) {
        if (failure != null) return; // once: an error is reported, never looped
        failure = message;
        if (listener != null) listener.failed(message);
    }

    @Override
    public void play() {
        player.play();
    }

    @Override
    public void pause() {
        player.pause();
        reportPosition();
    }

    @Override
    public void seek(long ms) {
        player.seek(Duration.millis(Math.max(0, ms)));
        reportPosition();
        if (readBack == null) { // made here, on the JavaFX thread: the player itself is opened in the background
            readBack = new PauseTransition(SETTLE);
            readBack.setOnFinished(e -> reportPosition());
        }
        readBack.playFromStart();
    }

    @Override
    public void setRate(double rate) {
        player.setRate(rate);
    }

    @Override
    public long position() {
        return millis(player.getCurrentTime());
    }

    private void reportPosition() {
        if (listener != null && failure == null) listener.position(position());
    }

    /** The picture, scaled to whatever room the window gives it, keeping its proportions. */
    @Override
    public Node videoView() {
        if (view == null) {
            MediaView picture = new MediaView(player);
            picture.setPreserveRatio(true);
            picture.setSmooth(true);
            view = new StackPane(picture);
            view.setMinSize(0, 0);
            view.getStyleClass().add("player-video");
            picture.fitWidthProperty().bind(view.widthProperty());
            picture.fitHeightProperty().bind(view.heightProperty());
        }
        return view;
    }

    @Override
    public void dispose() {
        if (readBack != null) readBack.stop();
        listener = null;
        player.dispose();
    }

    private static long millis(Duration d) {
        return d == null || d.isUnknown() || d.isIndefinite() ? 0 : Math.round(d.toMillis());
    }

    /** A host's sentence for what JavaFX Media reports: what failed, and what usually fixes it on this system. */
    static String describe(MediaException e, String name) {
        String detail = e == null ? "" : e.getMessage() == null ? "" : e.getMessage();
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        String fix = linux
                ? " Playing needs a sound output and the system's libavcodec and libavformat (Debian 12: sudo apt install "
                + "libavcodec59 libavformat59; Ubuntu 24.04: libavcodec60 libavformat60)."
                : " Check that the file plays in another player and that a sound output is available.";
        if (e != null && e.getType() == MediaException.Type.MEDIA_UNSUPPORTED) {
            return "Showdesk cannot play " + name + ": this kind of file is not supported here." + fix;
        }
        if (detail.contains("audio device") || detail.contains("Could not create player")) {
            return "Showdesk cannot play " + name + ": no sound output could be opened." + fix;
        }
        return "Showdesk cannot play " + name + (detail.isBlank() ? "." : " (" + detail.strip() + ").") + fix;
    }
}
