package org.showdesk.ui.preview;

import org.showdesk.model.OutputFormat;

/** What the preview shows, each as it will be published. */
public enum PreviewTab {
    BILIBILI("Bilibili 简介", OutputFormat.BILIBILI),
    YOUTUBE("YouTube", OutputFormat.YOUTUBE),
    SHOW_NOTES("Show notes", OutputFormat.HTML),
    WECHAT("公众号", OutputFormat.WECHAT),
    TRANSCRIPT("Transcript", OutputFormat.TXT);

    private final String label;
    private final OutputFormat format;

    PreviewTab(String label, OutputFormat format) {
        this.label = label;
        this.format = format;
    }

    public String label() {
        return label;
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
