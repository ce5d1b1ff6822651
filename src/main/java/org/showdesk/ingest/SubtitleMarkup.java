package org.showdesk.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Strips presentation from subtitle text so only the words reach the transcript: HTML-like styling
 * tags (&lt;i&gt; &lt;b&gt; &lt;u&gt; &lt;font&gt;, WebVTT &lt;c.class&gt; &lt;v Speaker&gt;
 * &lt;lang&gt; &lt;ruby&gt;), inline timestamps (&lt;00:01.500&gt;) and ASS override blocks
 * ({\an8}). A "&lt;" that starts none of these is text and stays.
 */
final class SubtitleMarkup {
    private static final Pattern STYLE_TAG = Pattern.compile(
            "</?(?:[ibus]|font|c|v|lang|ruby|rt|span)(?:[.\\s][^>]*)?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIMESTAMP_TAG = Pattern.compile("<(?:\\d+:)?\\d{2}:\\d{2}[.,]\\d{3}>");
    private static final Pattern ASS_OVERRIDE = Pattern.compile("\\{\\\\[^}]*}");

    private SubtitleMarkup() {
    }

    /**
     * The cue's words: markup removed, each line trimmed, empty lines dropped, lines joined with
     * {@code \n}. Empty when nothing is left.
     */
    static String plainText(List<String> lines, boolean webVtt) {
        StringBuilder sb = new StringBuilder();
        for (String raw : lines) {
            String line = STYLE_TAG.matcher(raw).replaceAll("");
            line = TIMESTAMP_TAG.matcher(line).replaceAll("");
            line = ASS_OVERRIDE.matcher(line).replaceAll("");
            if (webVtt) line = unescapeWebVtt(line);
            line = line.strip();
            if (line.isEmpty()) continue;
            if (sb.length() > 0) sb.append('\n');
            sb.append(line);
        }
        return sb.toString();
    }

    private static String unescapeWebVtt(String s) {
        if (s.indexOf('&') < 0) return s;
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ")
                .replace("&lrm;", "\u200E").replace("&rlm;", "\u200F").replace("&amp;", "&");
    }
}
