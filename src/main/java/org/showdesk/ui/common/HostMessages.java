package org.showdesk.ui.common;

import org.showdesk.model.ShowdeskException;

/**
 * Turns a failure into a line a host can act on. A {@link ShowdeskException} already is one; anything else is a
 * bug, so it is logged in full and the host is told what it means for their work, without a stack trace.
 */
public final class HostMessages {
    private static final System.Logger LOG = System.getLogger("org.showdesk.ui");

    private HostMessages() {
    }

    public static String of(Throwable failure, String whatFailed) {
        Throwable t = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (t instanceof ShowdeskException) return t.getMessage();
        LOG.log(System.Logger.Level.ERROR, whatFailed, t);
        return whatFailed + " failed unexpectedly (" + t.getClass().getSimpleName()
                + "). Nothing else was changed; the details are in the log.";
    }
}
