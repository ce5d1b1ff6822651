package org.showdesk.ui.preview;

/**
 * The pages the preview's WebView loads. Plain-text outputs are escaped into a {@code <pre>}, so no
 * character of a transcript or an entry can become markup; the show notes come from the draft package's
 * HTML renderer, which escapes raw HTML and keeps only http(s)/mailto links.
 */
final class PreviewPages {
    /** Named because a bare Linux desktop has no CJK font the WebView would find on its own. */
    static final String CJK_FONT_STACK =
            "'Noto Sans CJK SC','WenQuanYi Micro Hei','Microsoft YaHei','PingFang SC',sans-serif";

    private static final String STYLE = "<style>"
            + "html,body{margin:0;padding:0;background:#fff;}"
            + "pre{margin:0;padding:14px 16px;white-space:pre-wrap;word-wrap:break-word;color:#1f1f1f;"
            + "font-family:" + CJK_FONT_STACK + ";font-size:14px;line-height:1.65;}"
            + ".problem{margin:16px;padding:12px 14px;border:1px solid #e3a6a1;background:#fdf0ef;color:#8c1d18;"
            + "font-family:" + CJK_FONT_STACK + ";font-size:14px;line-height:1.6;white-space:pre-wrap;}"
            + "</style>";

    private PreviewPages() {
    }

    static String plainText(String text) {
        return page("<pre>" + escape(text) + "</pre>");
    }

    /**
     * The words of a page as plain text, for the clipboard's plain flavour beside the formatted one (an editor that
     * takes only text still gets the article): block ends become line breaks, tags go, entities are read.
     */
    static String textOf(String html) {
        String t = html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", "")
                .replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)</(p|h[1-6]|li|section|div|blockquote)>", "\n")
                .replaceAll("<[^>]+>", "");
        t = t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
        return t.replaceAll("[ \t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    static String problem(String message) {
        return page("<div class=\"problem\">" + escape(message) + "</div>");
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">" + STYLE + "</head><body>"
                + body + "</body></html>";
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
