package org.showdesk.model;

import java.util.List;

/**
 * One field of a platform's upload form, as drafted: what a copy button next to it puts on the clipboard.
 *
 * @param key     stable id: "title", "description", "tags", "pinned" (Bilibili's 置顶评论 / 动态 block of links
 *                that did not fit the 简介), "hashtags"
 * @param heading what the form calls it, e.g. "标题", "简介", "标签", "Title"
 * @param text    the text to paste, exactly
 * @param lengths its length against the form's limit, when it has one
 */
public record OutputPart(String key, String heading, String text, List<LengthReport> lengths) {
    public OutputPart {
        lengths = List.copyOf(lengths);
    }
}
