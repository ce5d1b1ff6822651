package org.showdesk.ingest;

import java.nio.charset.Charset;

/**
 * A file's bytes turned into text: byte-order mark removed, line endings normalised to {@code \n}.
 *
 * @param detected true when the charset was detected rather than named by the caller
 */
record DecodedText(String text, Charset charset, boolean detected) {
}
