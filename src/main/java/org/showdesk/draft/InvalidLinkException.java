package org.showdesk.draft;

import org.showdesk.model.ShowdeskException;

/** A link a host typed or pasted that Showdesk will not publish; the message says why and what to paste instead. */
public class InvalidLinkException extends ShowdeskException {
    public InvalidLinkException(String message) {
        super(message);
    }
}
