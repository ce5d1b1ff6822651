package org.showdesk.draft;

import org.showdesk.model.LinkKind;
import org.showdesk.model.Source;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the host's list of sources for an episode as it is pasted or imported: Markdown, plain text or a
 * list of links, one work a line. A line gives a title and its links in any common shape —
 * {@code Title — URL}, {@code [Title](URL)}, the URL on the next line, {@code arXiv:2312.16457}, a bare
 * {@code arxiv.org/abs/…} — and the names the work goes by are read from the title ({@link SourceNames}).
 * A line with two links (paper and code) gives two sources of the same work. Headings, rules and blank
 * lines are skipped; a line that cannot be read is reported with its number and changes nothing.
 */
public final class SourceList {
    /** A line that could not be read, with what to do about it. */
    public record Problem(int line, String message) {
        @Override
        public String toString() {
            return "line " + line + ": " + message;
        }
    }

    /** The sources in list order (ids and episode 0: not yet stored) and the lines that could not be read. */
    public record Parsed(List<Source> sources, List<Problem> problems) {
        public Parsed {
            sources = List.copyOf(sources);
            problems = List.copyOf(problems);
        }
    }

    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)]\\(\\s*([^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*)\\s*\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>\\s]+)>");
    private static final Pattern URL = Pattern.compile("(?i)https?://[^\\s<>()（）\\[\\]【】，。；、\"“”]+");
    private static final Pattern BARE_URL = Pattern.compile(
            "(?i)(?<![\\w@./:-])(?:www\\.[\\w-]+(?:\\.[\\w-]+)+(?:/[^\\s<>()（），。；、\"“”]*)?"
                    + "|[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|org|net|io|ai|cn|dev|co|app|edu|inc|tech|me)/[^\\s<>()（），。；、\"“”]*)");
    private static final Pattern ARXIV = Pattern.compile("(?i)(?<![\\w/])arxiv\\s*[:：]?\\s*(\\d{4}\\.\\d{4,5}(?:v\\d+)?)\\b");
    private static final Pattern OTHER_SCHEME = Pattern.compile("(?i)\\b(?!https?:)([a-z][a-z0-9+.\\-]*):(?://|[a-z]{4,}\\()\\S*");
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*+•·]\\s+|\\d{1,3}[.)、]\\s*|[（(]\\d{1,3}[)）]\\s*)(?:\\[[ xX]]\\s*)?");
    private static final Pattern RULE = Pattern.compile("^(?:[-*_=]\\s*){3,}$|^```.*|^>\\s*$");
    /** "Sources", "本期来源：", "References": a heading over the list, not a work. */
    private static final Pattern HEADING = Pattern.compile(
            "(?i)^(?:#.*|.*[:：]$|(?:本期|这期|今天|本周)?(?:的)?(?:来源|参考(?:资料|链接|文献)?|链接|论文(?:列表|链接)?|资料)(?:如下|列表)?|"
                    + "(?:sources?|references?|links?|papers?|reading list|show notes)\\b.*)$");
    /** Words that say what kind of link follows ("code:", "论文：") rather than naming the work. */
    private static final Pattern LABEL = Pattern.compile(
            "(?i)^(?:paper|code|project(?: page)?|page|github|arxiv|pdf|blog|demo|website|site|homepage|model|weights|"
                    + "hugging ?face|hf|dataset|链接|论文|代码|项目(?:主页)?|主页|地址|官网|博客|模型|权重|数据集|演示)$");
    private static final Pattern TRAILING_LABEL = Pattern.compile(
            "(?i)\\s*[—–\\-|:：,，;；]\\s*(?:paper|code|project|github|arxiv|pdf|blog|demo|链接|论文|代码|主页|地址|官网)$");
    private static final String SEPARATORS = " \t—–-|:：,，;；·•>";
    private static final int TITLE_MAX = 300;

    private SourceList() {
    }

    public static Parsed parse(String text) {
        List<Source> sources = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\\R", -1);
        Line previous = null; // the line just before, when it was a work: a link-only line belongs to it
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String content = LIST_MARKER.matcher(lines[i].strip()).replaceFirst("").strip();
            if (content.isEmpty() || RULE.matcher(content).matches()) {
                previous = null;
                continue;
            }
            Line line;
            try {
                line = read(content);
            } catch (InvalidLinkException e) {
                problems.add(new Problem(number, e.getMessage()));
                previous = null;
                continue;
            }
            if (line.urls().isEmpty() && HEADING.matcher(content).matches()) {
                previous = null;
                continue;
            }
            if (line.title().isEmpty() && previous != null && (previous.urls().isEmpty() || line.labelled())) {
                // "code: https://…" under a work, or the URL on the line after its title
                Line work = previous;
                boolean titleOnly = work.urls().isEmpty();
                if (titleOnly) sources.remove(sources.size() - 1);
                for (String url : line.urls()) sources.add(source(work, url));
                previous = titleOnly ? new Line(work.title(), line.urls(), work.names(), work.number()) : work;
                continue;
            }
            if (line.title().length() > TITLE_MAX) {
                problems.add(new Problem(number, "no link and " + line.title().length() + " characters long: this reads "
                        + "as a paragraph, not a source. Put each source on its own line as \"Title — URL\"."));
                previous = null;
                continue;
            }
            String title = line.title().isEmpty() ? titleFromUrl(line.urls().get(0)) : line.title();
            List<String> names = line.title().isEmpty() ? namesFromUrl(line.urls().get(0)) : line.names();
            Line work = new Line(title, line.urls(), names, number);
            if (work.urls().isEmpty()) sources.add(source(work, ""));
            for (String url : work.urls()) sources.add(source(work, url));
            previous = work;
        }
        return new Parsed(sources, problems);
    }

    /** What kind of page a source's link is, for outputs that label links. */
    public static LinkKind kindOf(String url) {
        if (url.isBlank()) return LinkKind.OTHER;
        String host = hostOf(url);
        if (host.endsWith("arxiv.org") || host.endsWith("openreview.net") || host.endsWith("aclanthology.org")
                || host.endsWith("nature.com") || host.endsWith("doi.org")) return LinkKind.PAPER;
        if (host.endsWith("github.com") || host.endsWith("gitlab.com") || host.endsWith("huggingface.co")
                || host.endsWith("gitee.com") || host.endsWith("modelscope.cn")) return LinkKind.CODE;
        return LinkKind.PROJECT;
    }

    /** @param labelled the line said what its link is ("code: …") and named no work */
    private record Line(String title, List<String> urls, List<String> names, int number, boolean labelled) {
        Line(String title, List<String> urls, List<String> names, int number) {
            this(title, urls, names, number, false);
        }
    }

    private static Source source(Line line, String url) {
        return new Source(0, 0, line.title(), url, line.names(), line.number());
    }

    /** Takes the links out of a line; what is left, cleaned, is the title. */
    private static Line read(String content) {
        List<String> urls = new ArrayList<>();
        StringBuilder rest = new StringBuilder(content);
        String linkText = "";
        boolean labelLink = false;
        Matcher md = MARKDOWN_LINK.matcher(rest);
        while (md.find()) {
            if (md.group(2).isEmpty()) {
                throw new InvalidLinkException("the Markdown link [" + md.group(1) + "]() has no address: put the URL "
                        + "between the round brackets.");
            }
            urls.add(Links.normalize(md.group(2)));
            String text = md.group(1).strip();
            boolean label = LABEL.matcher(text).matches() || URL.matcher(text).matches();
            if (linkText.isEmpty() && !label) linkText = text;
            labelLink |= label && !text.isEmpty() && !URL.matcher(text).matches();
            rest.replace(md.start(), md.end(), " ".repeat(md.end() - md.start()));
            md = MARKDOWN_LINK.matcher(rest);
        }
        if (rest.indexOf("](") >= 0) {
            throw new InvalidLinkException("a Markdown link is not closed: write it as [Title](https://…).");
        }
        take(AUTOLINK, rest, urls);
        take(URL, rest, urls);
        take(BARE_URL, rest, urls);
        Matcher arxiv = ARXIV.matcher(rest);
        while (arxiv.find()) {
            urls.add("https://arxiv.org/abs/" + arxiv.group(1).replaceFirst("v\\d+$", ""));
            rest.replace(arxiv.start(), arxiv.end(), " ".repeat(arxiv.end() - arxiv.start()));
        }
        Matcher other = OTHER_SCHEME.matcher(rest);
        if (other.find()) Links.normalize(other.group()); // throws with the host's message: only web addresses
        if (urls.isEmpty() && content.matches("\\d{4}\\.\\d{4,5}(?:v\\d+)?")) {
            return new Line("", List.of(Links.normalize(content)), List.of(), 0);
        }
        String remainder = clean(rest.toString());
        boolean labelled = LABEL.matcher(remainder).matches();
        if (labelled) remainder = "";
        String title = linkText.isEmpty() ? remainder : linkText;
        List<String> names = new ArrayList<>(SourceNames.of(title));
        // "[Mixtral of Experts](…) Mixtral 8x7B": a short note beside the link text names the work too
        if (!linkText.isEmpty() && !remainder.isEmpty() && remainder.length() <= 30) {
            List<String> noted = new ArrayList<>(SourceNames.of(remainder));
            noted.removeAll(names);
            names.addAll(0, noted);
        }
        return new Line(title, urls.stream().distinct().toList(), names, 0, (labelled || labelLink) && linkText.isEmpty());
    }

    private static void take(Pattern pattern, StringBuilder rest, List<String> urls) {
        Matcher m = pattern.matcher(rest);
        while (m.find()) {
            String found = m.groupCount() > 0 && m.group(1) != null ? m.group(1) : m.group();
            urls.add(Links.normalize(found));
            rest.replace(m.start(), m.end(), " ".repeat(m.end() - m.start()));
            m = pattern.matcher(rest);
        }
    }

    /** Strips the separators, labels and empty brackets a removed link leaves behind. */
    private static String clean(String text) {
        String t = text.replaceAll("[(（\\[【]\\s*[)）\\]】]", " ");
        t = trimSeparators(t.replaceAll("\\s+", " "));
        // "Title — code:" once the link is gone: the label goes with it
        Matcher label = TRAILING_LABEL.matcher(t);
        if (label.find() && label.start() > 0) t = trimSeparators(t.substring(0, label.start()));
        if (t.length() >= 2 && "\"'“‘".indexOf(t.charAt(0)) >= 0 && "\"'”’".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t;
    }

    private static String trimSeparators(String t) {
        int start = 0, end = t.length();
        while (start < end && SEPARATORS.indexOf(t.charAt(start)) >= 0) start++;
        while (end > start && SEPARATORS.indexOf(t.charAt(end - 1)) >= 0) end--;
        return t.substring(start, end).strip();
    }

    /** A link without a title: the repository or model it names, an arXiv id, or the site. */
    private static String titleFromUrl(String url) {
        List<String> names = namesFromUrl(url);
        if (!names.isEmpty()) return names.get(0);
        var arxiv = Links.arxivId(url);
        if (arxiv.isPresent()) return "arXiv:" + arxiv.get();
        return hostOf(url).replaceFirst("^www\\.", "");
    }

    /** github.com/KwaiKEG/KwaiAgents names KwaiAgents; a site's address names nothing for sure. */
    private static List<String> namesFromUrl(String url) {
        String host = hostOf(url);
        if (!(host.endsWith("github.com") || host.endsWith("huggingface.co") || host.endsWith("gitee.com"))) return List.of();
        String[] parts = URI.create(url).getPath().split("/");
        if (parts.length < 3) return List.of();
        String repo = parts[2];
        return repo.matches("[A-Za-z][A-Za-z0-9.\\-]{1,40}") ? List.of(repo) : List.of();
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
