package org.showdesk.draft;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;
import org.showdesk.model.ChineseScript;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A standalone HTML page made from the Markdown show notes. Raw HTML in the Markdown is shown as
 * text, links other than http(s) and mailto lose their target, and the styling sits in style
 * attributes on each element so it survives being pasted into a rich-text editor (which drops
 * &lt;style&gt; blocks).
 */
final class ShowNotesHtml {
    /** Named CJK fonts first: a machine with only DejaVu otherwise shows boxes (see docs/stack-notes.md). */
    static final String FONT_STACK = "'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC',"
            + "'Source Han Sans SC','WenQuanYi Micro Hei',system-ui,-apple-system,'Segoe UI',sans-serif";
    /** The same for Traditional Chinese, whose glyphs differ from the Simplified fonts' in many characters. */
    static final String FONT_STACK_TRADITIONAL = "'PingFang TC','Hiragino Sans CNS','Microsoft JhengHei','Noto Sans CJK TC',"
            + "'Source Han Sans TC','WenQuanYi Micro Hei',system-ui,-apple-system,'Segoe UI',sans-serif";
    private static final List<Extension> EXTENSIONS = List.of(AutolinkExtension.create(), TablesExtension.create());
    private static final Map<String, String> STYLES = Map.of(
            "h1", "font-size:1.6em;margin:0.6em 0 0.4em;line-height:1.3;",
            "h2", "font-size:1.3em;margin:1.2em 0 0.4em;line-height:1.3;",
            "h3", "font-size:1.1em;margin:1em 0 0.3em;",
            "p", "margin:0.4em 0;line-height:1.7;",
            "a", "color:#1a5fb4;text-decoration:underline;word-break:break-all;",
            "ul", "margin:0.4em 0;padding-left:1.6em;line-height:1.7;",
            "ol", "margin:0.4em 0;padding-left:1.6em;line-height:1.7;",
            "code", "font-family:Menlo,Consolas,monospace;background:#f3f3f3;padding:0 0.2em;",
            "blockquote", "margin:0.6em 0;padding-left:1em;border-left:3px solid #ccc;color:#555;");

    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new WebLinksOnly())
            .attributeProviderFactory(context -> new InlineStyles())
            .build();

    private ShowNotesHtml() {
    }

    static String page(String title, String markdown) {
        return page(title, markdown, ChineseScript.SIMPLIFIED);
    }

    /** @param script the page's language (lang attribute) and the fonts that show it */
    static String page(String title, String markdown, ChineseScript script) {
        return "<!DOCTYPE html>\n<html lang=\"" + script.languageTag() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n</head>\n"
                + "<body style=\"margin:0;padding:0;background:#fff;\">\n" + fragment(markdown, script) + "</body>\n</html>\n";
    }

    static String fragment(String markdown) {
        return fragment(markdown, ChineseScript.SIMPLIFIED);
    }

    /** The styled article alone, for the clipboard: rich editors take it with its inline styles. */
    static String fragment(String markdown, ChineseScript script) {
        String body = RENDERER.render(PARSER.parse(markdown));
        String fonts = script.isTraditional() ? FONT_STACK_TRADITIONAL : FONT_STACK;
        return "<article style=\"max-width:46em;margin:0 auto;padding:1.5em;color:#222;font-size:16px;font-family:"
                + fonts.replace("'", "&#39;") + ";\">\n" + body + "</article>\n";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final class InlineStyles implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            String style = STYLES.get(tagName);
            if (style != null) attributes.put("style", style);
            if (tagName.equals("a")) attributes.put("rel", "noopener noreferrer");
        }
    }

    /** Only http, https and mailto keep their target; anything else (javascript:, data:, file:) becomes "#". */
    private static final class WebLinksOnly implements UrlSanitizer {
        @Override
        public String sanitizeLinkUrl(String url) {
            String u = url.strip().toLowerCase(Locale.ROOT);
            boolean allowed = u.startsWith("http://") || u.startsWith("https://") || u.startsWith("mailto:");
            return allowed ? url.strip() : "#";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            String u = url.strip().toLowerCase(Locale.ROOT);
            return u.startsWith("https://") || u.startsWith("http://") ? url.strip() : "";
        }
    }
}
