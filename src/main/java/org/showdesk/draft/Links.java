package org.showdesk.draft;

import org.showdesk.model.Link;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks and normalizes the links of entries. Only http(s) pages are published, so a pasted
 * {@code javascript:} or {@code file:} address can never reach a description or show notes. arXiv
 * papers are written one way (https://arxiv.org/abs/ID, without the version) so that the same paper
 * pasted as a PDF link and as an id is recognized as one.
 */
public final class Links {
    private static final Pattern NEW_ARXIV_ID = Pattern.compile("(\\d{4}\\.\\d{4,5})(?:v\\d+)?");
    private static final Pattern OLD_ARXIV_ID = Pattern.compile("([a-z][a-z\\-]+(?:\\.[A-Z]{2})?/\\d{7})(?:v\\d+)?");
    private static final Pattern BARE_ARXIV = Pattern.compile(
            "(?i)(?:arxiv:\\s*)?(\\d{4}\\.\\d{4,5}(?:v\\d+)?|[a-z][a-z\\-]+(?:\\.[A-Z]{2})?/\\d{7}(?:v\\d+)?)");
    private static final Pattern ARXIV_PATH = Pattern.compile(
            "/(?:abs|pdf|html|format)/(.+?)(?:\\.pdf)?/?$");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.\\-]*):");
    private static final String TRAILING_PUNCTUATION = "，。；;,.、）》」\"'”’";

    private Links() {
    }

    /**
     * The link as it will be published: https, arXiv ids and arXiv URLs as https://arxiv.org/abs/ID.
     * A web address without a scheme ("github.com/x/y") gets https://.
     *
     * @throws InvalidLinkException with a message for the host when the text is not an http(s) web address
     */
    public static String normalize(String input) {
        String text = input == null ? "" : stripPasteDebris(input);
        if (text.isEmpty()) throw new InvalidLinkException("The link is empty: paste a web address starting with https://.");
        Optional<String> arxiv = arxivId(text);
        if (arxiv.isPresent()) return "https://arxiv.org/abs/" + arxiv.get();
        if (text.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidLinkException("The link \"" + text + "\" contains spaces: paste one web address per link.");
        }
        Matcher scheme = SCHEME.matcher(text);
        boolean hasScheme = scheme.find() && !text.substring(scheme.end()).matches("\\d+(/.*)?"); // host:port
        if (hasScheme) {
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            if (!name.equals("http") && !name.equals("https")) {
                throw new InvalidLinkException("The link \"" + shorten(text) + "\" uses " + name
                        + ": — only web addresses (http:// or https://) can be published.");
            }
        } else {
            text = "https://" + text;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidLinkException("The link \"" + shorten(text) + "\" is not a valid web address ("
                    + e.getReason() + " at character " + (e.getIndex() + 1) + ").");
        }
        String host = uri.getHost();
        if (host == null || !host.contains(".")) {
            throw new InvalidLinkException("The link \"" + shorten(text) + "\" has no site name: expected something like https://github.com/…");
        }
        arxiv = arxivIdFromUri(host, uri.getPath());
        if (arxiv.isPresent()) return "https://arxiv.org/abs/" + arxiv.get();
        if (uri.getScheme().equalsIgnoreCase("http")) {
            text = "https" + text.substring(4);
        }
        return text;
    }

    /** The arXiv id (without version) named by an id, "arXiv:ID" or an arxiv.org URL; empty for anything else. */
    public static Optional<String> arxivId(String input) {
        if (input == null) return Optional.empty();
        String text = stripPasteDebris(input);
        Matcher bare = BARE_ARXIV.matcher(text);
        if (bare.matches()) return withoutVersion(bare.group(1));
        try {
            String withScheme = SCHEME.matcher(text).find() ? text : "https://" + text;
            URI uri = new URI(withScheme);
            if (uri.getHost() == null) return Optional.empty();
            return arxivIdFromUri(uri.getHost(), uri.getPath());
        } catch (URISyntaxException e) {
            return Optional.empty(); // not a URL, so not an arXiv URL either; normalize() explains the problem
        }
    }

    /** Invalid links and repeated pages (the second and later links to the same page), in list order. */
    public static List<LinkIssue> check(List<Link> links) {
        List<LinkIssue> issues = new ArrayList<>();
        Map<String, Integer> firstByPage = new HashMap<>();
        for (int i = 0; i < links.size(); i++) {
            String normalized;
            try {
                normalized = normalize(links.get(i).url());
            } catch (InvalidLinkException e) {
                issues.add(new LinkIssue(i, LinkIssue.Problem.INVALID, -1, "Link " + (i + 1) + ": " + e.getMessage()));
                continue;
            }
            Integer first = firstByPage.putIfAbsent(samePageKey(normalized), i);
            if (first != null) {
                issues.add(new LinkIssue(i, LinkIssue.Problem.DUPLICATE, first, "Link " + (i + 1)
                        + " points to the same page as link " + (first + 1) + " (" + normalized + "): remove one of them."));
            }
        }
        return issues;
    }

    /** The links normalized; invalid ones are left out — call {@link #check} first to tell the host about them. */
    public static List<Link> publishable(List<Link> links) {
        List<Link> out = new ArrayList<>();
        for (Link link : links) {
            try {
                out.add(new Link(link.kind(), normalize(link.url()), link.title(), link.sourceId()));
            } catch (InvalidLinkException e) {
                // reported by check(); an output must not carry it
            }
        }
        return out;
    }

    private static Optional<String> arxivIdFromUri(String host, String path) {
        String h = host.toLowerCase(Locale.ROOT);
        if (!(h.equals("arxiv.org") || h.endsWith(".arxiv.org")) || path == null) return Optional.empty();
        Matcher m = ARXIV_PATH.matcher(path);
        if (!m.find()) return Optional.empty();
        String id = m.group(1);
        if (NEW_ARXIV_ID.matcher(id).matches() || OLD_ARXIV_ID.matcher(id).matches()) return withoutVersion(id);
        return Optional.empty();
    }

    private static Optional<String> withoutVersion(String id) {
        return Optional.of(id.replaceFirst("v\\d+$", ""));
    }

    /** Whether two links lead to the same page once published (an arXiv id and its PDF link do). */
    static boolean samePage(String a, String b) {
        try {
            return samePageKey(normalize(a)).equals(samePageKey(normalize(b)));
        } catch (InvalidLinkException e) {
            return a.strip().equals(b.strip());
        }
    }

    /** http and https, "www." and a trailing slash do not make a different page. */
    private static String samePageKey(String normalized) {
        URI uri = URI.create(normalized);
        String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("/+$", "");
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return host + path + query;
    }

    /** Text pasted from a sentence often brings punctuation along; a closing bracket stays when the URL opened it. */
    private static String stripPasteDebris(String input) {
        String s = input.strip();
        if (s.startsWith("<") && s.endsWith(">")) s = s.substring(1, s.length() - 1).strip();
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            char last = s.charAt(s.length() - 1);
            boolean unbalancedParen = last == ')' && count(s, '(') < count(s, ')');
            if (TRAILING_PUNCTUATION.indexOf(last) >= 0 || unbalancedParen) {
                s = s.substring(0, s.length() - 1).strip();
                changed = true;
            }
        }
        while (!s.isEmpty() && "（《「“‘\"'".indexOf(s.charAt(0)) >= 0) s = s.substring(1).strip();
        return s;
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }
}
