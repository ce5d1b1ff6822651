package org.showdesk.model;


import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Everything Showdesk exports, with the file type each one is written as. */
public enum OutputFormat {
    BILIBILI("bilibili", "text/plain; charset=utf-8", "txt"),
    YOUTUBE("youtube", "text/plain; charset=utf-8", "txt"),
    MD("md", "text/markdown; charset=utf-8", "md"),
    HTML("html", "text/html; charset=utf-8", "html"),
    TXT("txt", "text/plain; charset=utf-8", "txt"),
    SRT("srt", "application/x-subrip; charset=utf-8", "srt"),
    VTT("vtt", "text/vtt; charset=utf-8", "vtt"),
    JSON("json", "application/json; charset=utf-8", "json"),
    /** A WeChat 公众号 article: HTML with inline styles and numbered references instead of links. */
    WECHAT("wechat", "text/html; charset=utf-8", "html");

    private final String cliName;
    private final String mediaType;
    private final String extension;

    OutputFormat(String cliName, String mediaType, String extension) {
        this.cliName = cliName;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The name used on the command line and in file names: bilibili, youtube, md, html, txt, srt, vtt, json, wechat. */
    public String cliName() {
        return cliName;
    }

    public String mediaType() {
        return mediaType;
    }

    /** File extension without the dot. */
    public String extension() {
        return extension;
    }

    /** Suggested file name, e.g. "ep12-bilibili.txt", "ep12-wechat.html" or "ep12.srt". */
    public String fileName(String baseName) {
        boolean sharesExtension = this == BILIBILI || this == YOUTUBE || this == WECHAT;
        return baseName + (sharesExtension ? "-" + cliName : "") + "." + extension;
    }

    /** True for the outputs made in Traditional Chinese on request (the others stay Simplified). */
    public boolean convertsScript() {
        return switch (this) {
            case YOUTUBE, MD, HTML, TXT, SRT, VTT -> true;
            case BILIBILI, WECHAT, JSON -> false;
        };
    }

    /** Reads a format name as typed by a host ("SRT", "markdown", "b站" …). */
    public static OutputFormat parse(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (OutputFormat f : values()) if (f.cliName.equals(n) || f.name().equalsIgnoreCase(n)) return f;
        switch (n) {
            case "markdown", "shownotes", "show-notes": return MD;
            case "htm": return HTML;
            case "text", "transcript": return TXT;
            case "webvtt": return VTT;
            case "b站", "bili": return BILIBILI;
            case "yt": return YOUTUBE;
            case "weixin", "公众号", "微信", "mp": return WECHAT;
            default:
                throw new ShowdeskException("Unknown export format \"" + name + "\": use one of "
                        + Arrays.stream(values()).map(OutputFormat::cliName).collect(Collectors.joining(", ")) + ".");
        }
    }
}
