package org.showdesk.draft;

import org.showdesk.model.LengthReport;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The episode as a WeChat 公众号 article: Markdown from the "wechat" template, turned into HTML the 公众号
 * editor keeps when it is pasted in — every style inline on its element, no scripts, no images from other
 * sites, and no links: the editor does not let readers open external links, so a link is written out as
 * text and the template numbers references ([1], [2] …) with a list of their addresses at the end.
 * Values are escaped like the show notes', and raw HTML in a template is shown as text.
 */
final class WechatArticle {
    /**
     * The 公众号 draft API's documented limit for an article's content (HTML included); the web editor's own
     * limit is not documented.
     */
    static final int DRAFT_API_CONTENT_CHARS = 20_000;

    private static final Map<String, String> STYLES = Map.of(
            "h1", "font-size:22px;font-weight:bold;line-height:1.4;margin:0 0 16px;color:#222;",
            "h2", "font-size:18px;font-weight:bold;line-height:1.5;margin:28px 0 10px;padding-left:10px;border-left:4px solid #1a5fb4;color:#222;",
            "h3", "font-size:16px;font-weight:bold;margin:20px 0 8px;color:#222;",
            "p", "margin:0 0 12px;line-height:1.75;color:#333;",
            "em", "font-style:normal;color:#888;",
            "strong", "font-weight:bold;color:#222;",
            "ul", "margin:0 0 12px;padding-left:1.4em;line-height:1.75;color:#333;",
            "ol", "margin:0 0 12px;padding-left:1.4em;line-height:1.75;color:#333;",
            "code", "font-family:Menlo,Consolas,monospace;background:#f3f3f3;padding:0 3px;",
            "hr", "border:none;border-top:1px solid #ddd;margin:24px 0;");
    private static final Parser PARSER = Parser.builder().build(); // no autolink: an address stays text
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .nodeRendererFactory(LinksAsText::new)
            .attributeProviderFactory(context -> new InlineStyles())
            .build();

    private WechatArticle() {
    }

    /** The article element alone: what goes on the clipboard as rich text and into the editor. */
    static String fragment(String markdown) {
        return "<section style=\"font-size:16px;color:#333;line-height:1.75;letter-spacing:0.5px;font-family:"
                + ShowNotesHtml.FONT_STACK.replace("'", "&#39;") + ";\">\n" + RENDERER.render(PARSER.parse(markdown))
                + "</section>\n";
    }

    /** A page around the article, to open in a browser and copy from. */
    static String page(String title, String markdown) {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + ShowNotesHtml.escape(title) + "</title>\n</head>\n"
                + "<body style=\"margin:0 auto;padding:16px;max-width:677px;background:#fff;\">\n" + fragment(markdown)
                + "</body>\n</html>\n";
    }

    /** The HTML as the draft API counts it, and the text a reader sees (tags and line breaks left out). */
    static List<LengthReport> lengths(String fragment) {
        String visible = fragment.replaceAll("<[^>]*>", "").replace("\n", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        return List.of(
                new LengthReport("WeChat article HTML (as the 公众号 draft API counts it)", "characters",
                        PlatformLimits.characters(fragment), DRAFT_API_CONTENT_CHARS),
                LengthReport.unlimited("WeChat article text", "characters", PlatformLimits.characters(visible)));
    }

    private static final class InlineStyles implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            String style = STYLES.get(tagName);
            if (style != null) attributes.put("style", style);
        }
    }

    /** A link is its text followed by its address in brackets; an image is its description. Neither leaves a tag. */
    private static final class LinksAsText implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        LinksAsText(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Link.class, Image.class);
        }

        @Override
        public void render(Node node) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) context.render(child);
            if (node instanceof Link link && !link.getDestination().equals(textOf(link))) {
                context.getWriter().text("（" + link.getDestination() + "）");
            }
        }

        private static String textOf(Node node) {
            StringBuilder sb = new StringBuilder();
            for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Text t) sb.append(t.getLiteral());
            }
            return sb.toString();
        }
    }
}
