package org.showdesk.ui.preview;

import org.showdesk.model.OutputFormat;

/** What the preview shows, each as it will be published. */
public enum PreviewTab {
    // Short labels: all five tabs fit the preview pane of a window at its first size; the tooltip says the rest.
    BILIBILI("Bilibili", "Bilibili's upload form: 标题, 简介, 标签 (and a 置顶评论 block when links do not fit)",
            OutputFormat.BILIBILI),
    YOUTUBE("YouTube", "YouTube: title, description with chapters and hashtags", OutputFormat.YOUTUBE),
    SHOW_NOTES("Notes", "Show notes: Markdown, and the HTML page made from it", OutputFormat.HTML),
    WECHAT("公众号", "A WeChat 公众号 article, styled inline to paste into the editor", OutputFormat.WECHAT),
    TRANSCRIPT("Text", "The corrected transcript as plain text, a paragraph an entry", OutputFormat.TXT);

    private final String label;
    private final String description;
    private final OutputFormat format;

    PreviewTab(String label, String description, OutputFormat format) {
        this.label = label;
        this.description = description;
        this.format = format;
    }

    public String label() {
        return label;
    }

    /** What the tab holds, in a sentence (its tooltip). */
    public String description() {
        return description;
    }

    /** True when the tab shows a rendered page (HTML) rather than plain text. */
    public boolean isPage() {
        return this == SHOW_NOTES || this == WECHAT;
    }

    /** The output rendered for this tab. */
    public OutputFormat format() {
        return format;
    }
}
