package org.showdesk.media;

import org.showdesk.model.ShowdeskException;

/** The audio could not be decoded here: no decoder for its format on this machine, or the decoder failed. */
public final class AudioNotDecodedException extends ShowdeskException {
    public AudioNotDecodedException(String message) {
        super(message);
    }

    public AudioNotDecodedException(String message, Throwable cause) {
        super(message, cause);
    }
}
