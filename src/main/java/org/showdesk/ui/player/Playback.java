package org.showdesk.ui.player;

import javafx.scene.Node;

/**
 * One loaded media file the player controls. The JavaFX implementation ({@link MediaPlayback}) is the only class
 * that touches javafx.scene.media, so an episode without media never loads it. All calls and callbacks happen on
 * the JavaFX thread.
 */
interface Playback {
    /** What the playback tells the player, on the JavaFX thread. */
    interface Listener {
        /** Loaded: its length, and whether it has pictures. */
        void ready(long durationMs, boolean video);

        /** Where the playhead is now (read back from the media, not the position asked for). */
        void position(long ms);

        void playing(boolean playing);

        /** It played to the end and stopped there; a seek or play starts again. */
        void ended();

        /** It cannot play (a message for the host); nothing more will be reported. */
        void failed(String message);
    }

    /** Starts reporting to {@code listener}; tells it at once what already happened (ready, failed). */
    void listen(Listener listener);

    void play();

    void pause();

    /** Moves the playhead; where it really landed is reported through {@link Listener#position}. */
    void seek(long ms);

    void setRate(double rate);

    /** The playhead as the media reports it now. */
    long position();

    /** The picture, for video; null for audio. */
    Node videoView();

    void dispose();
}
