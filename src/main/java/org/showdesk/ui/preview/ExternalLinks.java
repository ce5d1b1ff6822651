package org.showdesk.ui.preview;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Which clicked links may leave the preview for the system browser: web pages and mail addresses, nothing else. */
public final class ExternalLinks {
    private ExternalLinks() {
    }

    /** The address to open, or empty when the link must not be followed (javascript:, file:, data:, relative …). */
    public static Optional<String> openable(String href) {
        if (href == null || href.isBlank()) return Optional.empty();
        String h = href.strip();
        try {
            URI uri = new URI(h);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
            boolean mail = scheme.equals("mailto") && uri.getSchemeSpecificPart() != null
                    && uri.getSchemeSpecificPart().contains("@");
            return web || mail ? Optional.of(h) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty(); // not an address we can vouch for, so it stays unclickable
        }
    }
}
