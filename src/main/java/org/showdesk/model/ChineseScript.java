package org.showdesk.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The script an output is written in: Showdesk drafts in Simplified Chinese and converts on request. */
public enum ChineseScript {
    SIMPLIFIED("simplified", "zh-CN"),
    /** Traditional characters with Taiwan's wording (軟體, 資訊, 程式碼): what most Traditional readers expect. */
    TRADITIONAL("traditional", "zh-TW"),
    /** Traditional characters as Hong Kong writes them (軟件, 信息 stay). */
    TRADITIONAL_HK("traditional-hk", "zh-HK");

    private final String id;
    private final String languageTag;

    ChineseScript(String id, String languageTag) {
        this.id = id;
        this.languageTag = languageTag;
    }

    /** simplified, traditional or traditional-hk: the value of {@code --script}. */
    public String id() {
        return id;
    }

    /** For an HTML page's lang attribute, which also picks the right glyphs in a browser. */
    public String languageTag() {
        return languageTag;
    }

    public boolean isTraditional() {
        return this != SIMPLIFIED;
    }

    /** Reads a script as a host types it ("traditional", "zh-TW", "繁体", "hk" …). */
    public static ChineseScript parse(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ChineseScript s : values()) if (s.id.equals(n) || s.languageTag.toLowerCase(Locale.ROOT).equals(n)) return s;
        return switch (n) {
            case "zh-hans", "简体", "簡體", "s" -> SIMPLIFIED;
            case "zh-hant", "繁体", "繁體", "traditional-tw", "tw", "t" -> TRADITIONAL;
            case "hk", "zh-hant-hk", "港繁", "香港" -> TRADITIONAL_HK;
            default -> throw new IllegalArgumentException("Unknown script \"" + name + "\": use one of "
                    + Arrays.stream(values()).map(ChineseScript::id).collect(Collectors.joining(", ")) + ".");
        };
    }
}
