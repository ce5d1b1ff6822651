package org.showdesk.draft;

import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.TermCategory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the organizations behind a news item in its first sentence, where roundup hosts name them as
 * the subject: "Google Research和MIT的研究者推出…", "中国农业大学科研团队发布…", "苹果推出…".
 */
final class OrganizationFinder {
    /** Well-known names that carry no suffix such as 大学 or 研究院. The show's glossary adds its own. */
    private static final List<String> KNOWN = List.of(
            "Google DeepMind", "Google Research", "Google", "谷歌", "DeepMind", "Meta AI", "Meta", "OpenAI", "Anthropic",
            "Microsoft", "微软", "Apple", "苹果", "Amazon", "亚马逊", "NVIDIA", "Nvidia", "英伟达", "IBM", "Adobe",
            "Snap", "Samsung", "三星", "Hugging Face", "Stability AI", "Mistral AI", "xAI", "MIT", "CMU",
            "腾讯", "阿里巴巴", "阿里云", "百度", "字节跳动", "华为", "快手", "小米", "京东", "美团", "网易",
            "商汤", "科大讯飞", "海康威视", "智谱AI", "月之暗面", "百川智能", "零一万物", "IDC");
    private static final Pattern SUFFIXED = Pattern.compile(
            "[\\p{IsHan}A-Za-z]{1,12}?(?:大学|学院|研究院|研究所|实验室|科学院|研究中心)|[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)* (?:Lab|Labs|AI|Research)");
    /** Unlike "… AI" (Galaxy AI is a product), these endings always name an organization. */
    private static final Pattern NAMED_AS_ORGANIZATION = Pattern.compile(
            ".*(?:大学|学院|研究院|研究所|实验室|科学院|研究中心)|[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)* (?:Lab|Labs|Research)");
    /** "Google & MIT" joins two makers; the ampersand inside "AT&T" does not. */
    private static final Pattern CONNECTORS = Pattern.compile("和|与|及|以及|、|联合|携手|,|，|(?<![A-Za-z0-9])&|&(?![A-Za-z0-9])");
    /** "印度移动出行平台欧拉": the name follows the description. */
    private static final Pattern DESCRIBED = Pattern.compile(".*(?:平台|公司|企业|厂商|巨头)(.{2,})");

    private static final int MAX_PLAIN_NAME_HAN = 8;

    private final List<String> glossaryOrgs;
    /** A known misrecognition of a glossary organization, mapped to the right name. */
    private final java.util.Map<String, String> variants = new java.util.HashMap<>();

    OrganizationFinder(List<GlossaryTerm> glossary) {
        List<String> orgs = new ArrayList<>();
        for (GlossaryTerm t : glossary) {
            if (!t.enabled() || t.category() != TermCategory.ORG) continue;
            orgs.add(t.term());
            for (String v : t.variants()) variants.put(v, t.term());
        }
        orgs.sort((a, b) -> b.length() - a.length()); // longest first: "Google Research" before "Google"
        this.glossaryOrgs = List.copyOf(orgs);
    }

    /**
     * The organizations named in {@code subject}, the part of the first sentence before "的研究者" or the
     * launch verb; when that gives nothing, the known names anywhere in {@code sentence}.
     */
    List<String> find(String subject, String sentence) {
        Set<String> found = new LinkedHashSet<>();
        if (!subject.isBlank()) {
            for (String part : CONNECTORS.split(subject)) {
                String name = cleanPart(part);
                name = variants.getOrDefault(name, name);
                if (name.length() >= 2 && name.length() <= 25 && !isClause(name)) found.add(name);
            }
        }
        if (found.isEmpty()) {
            found.addAll(namedIn(sentence));
        }
        return List.copyOf(found);
    }

    /**
     * A subject that runs on into what was said ("欧拉表示这个功能下个月"): longer than a maker's name without a
     * suffix such as 大学 (科大讯飞, 零一万物 and 月之暗面 are four characters; eight leaves room for more).
     */
    private boolean isClause(String name) {
        if (isOrganization(name)) return false;
        long han = name.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return han > MAX_PLAIN_NAME_HAN;
    }

    /** A name that is an organization, not a work: "OpenAI", "清华大学", a glossary ORG term. */
    boolean isOrganization(String name) {
        return glossaryOrgs.contains(name) || variants.containsKey(name) || KNOWN.contains(name)
                || NAMED_AS_ORGANIZATION.matcher(name).matches();
    }

    /** One of the well-known organizations every show meets ("Google", "微软"), without any glossary. */
    static boolean isKnownName(String name) {
        return KNOWN.contains(name) || NAMED_AS_ORGANIZATION.matcher(name).matches();
    }

    private List<String> namedIn(String text) {
        Set<String> out = new LinkedHashSet<>();
        String rest = text;
        for (List<String> names : List.of(glossaryOrgs, KNOWN)) {
            for (String name : names) {
                int at = rest.indexOf(name);
                if (at >= 0 && isWordEdge(rest, at, name.length())) {
                    out.add(name);
                    rest = rest.substring(0, at) + " ".repeat(name.length()) + rest.substring(at + name.length());
                }
            }
        }
        Matcher m = SUFFIXED.matcher(rest);
        while (m.find()) out.add(m.group().strip());
        return new ArrayList<>(out);
    }

    /** "Meta" inside "Metaverse" is not Meta. */
    private static boolean isWordEdge(String text, int at, int length) {
        boolean latinEnd = Character.isLetter(text.charAt(at + length - 1)) && text.charAt(at + length - 1) < 128;
        int after = at + length;
        return !latinEnd || after >= text.length() || !(Character.isLetterOrDigit(text.charAt(after)) && text.charAt(after) < 128);
    }

    private static String cleanPart(String part) {
        String p = part.strip();
        p = p.replaceFirst("^(?:近日|日前|最近|此外|另外|同时|今天|昨天|本周|上周)", "").strip();
        // How a roundup introduces the item, not who made it: "第一条来自复旦大学", "法国的Mistral AI".
        p = p.replaceFirst("^第[一二三四五六七八九十百零两\\d]+条[，,：:]?", "").strip();
        p = p.replaceFirst("^(?:来自|是)", "").strip();
        p = p.replaceFirst("^\\p{IsHan}{1,4}的(?=\\p{IsHan}{2}|[A-Za-z])", "").strip();
        p = p.replaceFirst("(?:等的|等|的|旗下|合作)$", "").strip(); // "AT&T和微软合作推出": the maker is 微软
        Matcher described = DESCRIBED.matcher(p);
        if (described.matches()) p = described.group(1).strip();
        return p;
    }
}
