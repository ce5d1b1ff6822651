package org.showdesk.media;

import org.showdesk.model.ShowdeskException;

/** The audio could not be decoded here: no decoder for its format on this machine, or the decoder failed. */
public final class AudioNotDecodedException extends ShowdeskException {
    private final boolean noAudioTrack;

    public AudioNotDecodedException(String message) {
        super(message);
        this.noAudioTrack = false;
    }

    private AudioNotDecodedException(String message, boolean noAudioTrack) {
        super(message);
        this.noAudioTrack = noAudioTrack;
    }

    /** The file was read, and it has no sound at all (a video without an audio track): no decoder would help. */
    static AudioNotDecodedException noAudioTrack(java.nio.file.Path file) {
        return new AudioNotDecodedException(file.getFileName() + " has no audio track", true);
    }

    public boolean noAudioTrack() {
        return noAudioTrack;
    }

    public AudioNotDecodedException(String message, Throwable cause) {
        super(message, cause);
        this.noAudioTrack = false;
    }
}
