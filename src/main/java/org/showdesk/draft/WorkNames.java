package org.showdesk.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the name of the work an item is about, the title a host gives the entry: the object of the
 * launch verb ("推出X", "用维基百科的数据训练X"), not a data source, base model or organization named on
 * the way. A Latin name wins over a Chinese one; a generic phrase ("一个新模型") gives no title at all,
 * since a wrong title costs the host more than a blank one.
 */
final class WorkNames {
    /** "Hyper-VolTran", "GPT-4 Turbo", "Q&A-Net", "AT&T". */
    private static final Pattern LATIN_RUN = Pattern.compile(
            "[A-Za-z0-9π]+(?:[-.+'&][A-Za-z0-9π]+)*\\+?(?:\\s+[A-Za-z0-9]+(?:[-.+&][A-Za-z0-9]+)*\\+?)*");
    private static final Set<String> GENERIC = Set.of("AI", "AIGC", "LLM", "LLMs", "3D", "2D", "4D", "API", "GPU",
            "CPU", "APP", "App", "AI Agent", "Agent", "SOTA", "Transformer", "Tokens", "tokens", "Token", "token");
    /** "7B和20B", "2TB", "8x7B": sizes, not names. */
    private static final Pattern SIZE = Pattern.compile("\\d+(?:\\.\\d+)?(?:x\\d+)?(?:[KMBT]|[KMGTP]B)");
    private static final Pattern BARE_VERSION = Pattern.compile("[Vv]\\d+(?:\\.\\d+)*");
    /** "利用GitHub上的代码", "基于Llama 2微调的": a source or a base, not the work. */
    private static final Pattern SOURCE_BEFORE = Pattern.compile("(?:利用|基于|使用|借助|用|从|在|和|与)\\s*$");
    private static final Pattern SOURCE_AFTER = Pattern.compile("^\\s*(?:上的|上|的数据|数据|参数|亿|万|年|轮)");
    private static final Pattern QUOTED = Pattern.compile("《([^》]{2,30})》|“([^”]{2,30})”|「([^」]{2,30})」");
    private static final Pattern CLAUSE_END = Pattern.compile("[,，。;；:：!！?？]");
    /** "一个新模型", "基于大模型的信息检索代理系统": describes a work without naming it. */
    private static final Pattern GENERIC_START = Pattern.compile("^(?:一个|一种|一款|一套|一组|一项|一系列|新的|全新的?|基于|面向|多个|多款)");
    /** "推出多模态大模型紫东太初2.0": a descriptive noun, then the name. */
    private static final Pattern DESCRIBED_NAME = Pattern.compile(
            "(?:大模型|模型|框架|系统|平台|数据集|语料库|语料|数据库|助手|基准|架构)([\\p{IsHan}·]{2,8}?(?:[Vv]?\\d+(?:\\.\\d+)*)?)(?:大模型)?$");
    /** "发布日日新5.0大模型", "盘古大模型3.0", "文心一言4.0的插件平台": a Chinese name with its version. */
    private static final Pattern VERSIONED_NAME = Pattern.compile("^([\\p{IsHan}·]{2,10}?)([Vv]?\\d+(?:\\.\\d+)+|[Vv]\\d+)");
    /** "言犀大模型", "混元大模型的…": a name before 大模型, trusted only when the host says the name again. */
    private static final Pattern NAME_THEN_MODEL = Pattern.compile("^([\\p{IsHan}·]{2,6}?)(大模型|模型)");
    private static final Set<String> NOT_A_NAME = Set.of("行业", "多模态", "视觉", "语言", "教育", "通用", "开源", "自研",
            "中国", "国内", "全球", "新一代", "基座", "对话", "代码", "端侧", "轻量级", "推荐", "金融", "医疗", "垂直", "大", "新");
    /** "2024年AI指数报告": a report is named by the whole phrase. */
    private static final Pattern REPORT = Pattern.compile("^[^的]{2,24}(?:报告|白皮书)$");
    /** "零一万物的Yi-VL多模态模型正式开源": the work is the subject. */
    private static final Pattern SUBJECT_WORK = Pattern.compile("^[\\p{IsHan}]{0,6}?(?:模型|助手|系统|平台|框架|App|应用)");

    private final List<String> products;
    private final Predicate<String> isOrganization;

    /**
     * @param products       the glossary's works, longest first
     * @param isOrganization true for names of organizations, which are never the work
     */
    WorkNames(List<String> products, Predicate<String> isOrganization) {
        this.products = products;
        this.isOrganization = isOrganization;
    }

    /**
     * @param lead  the item's first real sentence
     * @param later the rest of the item's span: a work is usually named again there
     */
    String find(SentenceReading lead, String later) {
        String body = lead.body();
        boolean anchored = lead.objectStart() >= 0;
        String object = body.substring(anchored ? lead.objectStart() : lead.looseStart());
        // A glossary work in the first clause; later ones are mostly comparisons ("复现类似Sora的…").
        for (String product : products) if (containsAsWord(firstClause(object), product)) return product;
        Matcher quoted = QUOTED.matcher(object);
        if (anchored && quoted.find()) {
            for (int g = 1; g <= 3; g++) if (quoted.group(g) != null) return quoted.group(g).strip();
        }
        String latin = latinName(object, later, anchored);
        if (!anchored) {
            // "据报道,亚马逊正在测试购物助手Rufus,由Prime团队负责": the researchers' marker was no subject.
            return latin.isEmpty() && lead.looseStart() > 0 ? latinName(body, later, false) : latin;
        }
        // "发布星火认知大模型V3.5,…接近GPT-4 Turbo": a Chinese name right after the verb beats a Latin one
        // the sentence only compares it with.
        boolean latinInFirstClause = !latin.isEmpty() && firstClause(object).contains(latin);
        if (latinInFirstClause) return latin;
        String chinese = chineseName(object, later, lead.beforeLaunch());
        if (!chinese.isEmpty()) return chinese;
        return latin.isEmpty() ? subjectWork(lead.beforeLaunch()) : latin;
    }

    private record Candidate(String name, int start, int end) {
    }

    private String latinName(String object, String later, boolean anchored) {
        List<Candidate> candidates = latinCandidates(object);
        for (int k = 0; k < candidates.size(); k++) {
            Candidate c = candidates.get(k);
            boolean rightAfterVerb = object.substring(0, c.start()).replaceFirst("^[了出]", "").isBlank();
            Candidate next = k + 1 < candidates.size() ? candidates.get(k + 1) : null;
            if (rightAfterVerb && !modifiesALaterName(object, c, next)) return c.name();
        }
        Candidate best = null;
        int bestCount = 0;
        for (Candidate c : candidates) {
            int count = occurrences(later + object.substring(c.end()), c.name());
            if (count > bestCount) {
                best = c;
                bestCount = count;
            }
        }
        if (best != null) return best.name();
        // Without a launch verb, only a name the host says again is trusted ("据报道,…由Menlo Ventures领投").
        return anchored && !candidates.isEmpty() ? candidates.get(0).name() : "";
    }

    /** "推出Visual ChatGPT的后续工作TaskMatrix": the first name only says what the work builds on. */
    private static boolean modifiesALaterName(String object, Candidate c, Candidate next) {
        if (next == null || !object.startsWith("的", c.end())) return false;
        Matcher end = CLAUSE_END.matcher(object);
        return !end.find(c.end()) || next.start() < end.start();
    }

    private List<Candidate> latinCandidates(String object) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = LATIN_RUN.matcher(object);
        while (m.find()) {
            String run = m.group().strip();
            int letters = (int) run.chars().filter(Character::isLetter).count();
            if (letters == 0 || (letters == 1 && run.length() == 1)) continue;
            if (GENERIC.contains(run) || SIZE.matcher(run).matches() || BARE_VERSION.matcher(run).matches()) continue;
            if (isOrganization.test(run)) continue;
            if (SOURCE_BEFORE.matcher(object.substring(0, m.start())).find()) continue;
            if (SOURCE_AFTER.matcher(object.substring(m.end())).find()) continue;
            out.add(new Candidate(run, m.start(), m.start() + run.length()));
        }
        return out;
    }

    private String chineseName(String object, String later, String subject) {
        String clause = firstClause(object).replaceFirst("^[了出]", "").strip();
        if (clause.isEmpty() || GENERIC_START.matcher(clause).find()) return "";
        if (REPORT.matcher(clause).matches()) return clause;
        Matcher described = DESCRIBED_NAME.matcher(clause);
        if (described.find() && !described.group(1).contains("的") && !NOT_A_NAME.contains(described.group(1))) {
            return described.group(1);
        }
        Matcher versioned = VERSIONED_NAME.matcher(clause);
        if (versioned.find() && !versioned.group(1).contains("的")) return versioned.group(1) + versioned.group(2);
        Matcher version = BARE_VERSION.matcher(clause);
        String owner = subject.strip();
        if (version.lookingAt() && owner.matches("[A-Za-z][A-Za-z0-9 .\\-]*")) return owner + " " + version.group();
        Matcher named = NAME_THEN_MODEL.matcher(clause);
        if (named.find() && !NOT_A_NAME.contains(named.group(1)) && !named.group(1).contains("的")
                && occurrences(later + object.substring(named.end()), named.group(1)) > 0) {
            return named.group(1) + named.group(2);
        }
        return "";
    }

    private String subjectWork(String subject) {
        for (Candidate c : latinCandidates(subject)) {
            if (SUBJECT_WORK.matcher(subject.substring(c.end())).find()) return c.name();
        }
        return "";
    }

    /** "Sora" in the glossary is not the work in "推出Open-Sora Plan". */
    private static boolean containsAsWord(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            boolean before = at > 0 && isLatinNameChar(text.charAt(at - 1));
            int end = at + name.length();
            boolean after = end < text.length() && isLatinNameChar(text.charAt(end)) && isLatinNameChar(name.charAt(name.length() - 1));
            if (!before && !after) return true;
        }
        return false;
    }

    private static boolean isLatinNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-');
    }

    /** Up to the first comma or stop: where a sentence's headline ends. */
    static String firstClause(String text) {
        Matcher end = CLAUSE_END.matcher(text);
        return end.find() ? text.substring(0, end.start()) : text;
    }

    private static int occurrences(String text, String name) {
        int count = 0;
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) count++;
        return count;
    }
}
