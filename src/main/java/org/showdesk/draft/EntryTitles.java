package org.showdesk.draft;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title a host publishes for an item: {@code Name：what it is} ("SynCLR：只用合成数据学视觉表示"). The
 * description comes from the item's first sentence, by these rules in order:
 * <ol>
 *   <li>a specific descriptor next to the name: "推出定制化影像修复方案X", "推出X多模态音乐理解和生成框架",
 *       with the purpose before it when it fits ("面向指令数据生成推出代码语言模型X" → 面向指令数据生成的代码语言模型);</li>
 *   <li>the purpose with a generic descriptor ("面向…自动化代理推出X框架" → 大模型驱动的自动化代理框架);</li>
 *   <li>what the work does, from the clause after the name ("X,能够基于单张图像快速生成3D结构"), without its
 *       modal verb, adverbs, lists and time phrases;</li>
 *   <li>the purpose alone, then a generic descriptor ("自研大模型").</li>
 * </ol>
 * A description has at least {@value #MIN_HAN} Chinese characters and at most {@value #MAX} characters; when no rule
 * gives one the title is the name alone.
 */
final class EntryTitles {
    static final int MAX = 20;
    static final int TITLE_MAX = 70;
    private static final int MIN_HAN = 4;
    private static final String NOUN = "(?:大模型|模型|框架|系统|方案|方法|数据库|数据集|语料库|平台|助手|工具|引擎|算法|网络|架构|"
            + "基准|智能体|机器人|芯片|应用|产品|功能|项目|服务|技术|模块|插件|编辑器|生成器|系列|套件|白皮书|报告|软件|设备|服务器|代理)";
    private static final Pattern ENDS_IN_NOUN = Pattern.compile(".*" + NOUN + "$");
    /** A descriptor that says little beyond its noun: "自研大模型", "AI语言模型", "通用框架". */
    private static final Pattern GENERIC = Pattern.compile(
            "^(?:[A-Za-z]{1,4}|自研|开源|通用|全新|新|新一代|一个|一款|一种|首个|最新|语言|多模态|闭源|千亿参数的?|端侧|系列|小|大)*(?:的)?(?:大模型|大语言模型|语言模型|模型|框架|系统|方案|方法|工具|平台|应用|产品|技术)$");
    private static final Pattern LEADING = Pattern.compile(
            "^(?:了|出|是|一个|一款|一种|一套|一系列|全新的?|新的|名为|叫做?|称为|其|它)+");
    private static final Pattern PURPOSE = Pattern.compile("(?:面向|针对|专为|为了?)([^，,。]{2,18}?)(?:而|，|,)?$");
    private static final Pattern MODAL = Pattern.compile(
            "^(?:它|其|该模型|该系统|该方法|就是|能够|能|可以|可|用于|旨在|主要|专门|成功地?|并且|而且|同时|从而|还能|还可以|就能|即可|只需要?|只要|主打|致力于|"
                    + "帮助|帮|让用户|支持用户|是|一个|可用来|用来)+");
    /** Clauses that say something else about the work: its size, data, price, another fact ("并…", "还…"). */
    private static final Pattern SKIP_CLAUSE = Pattern.compile(
            "^(?:全称|简称|英文|也就是|即|意思是|意为|其中|相较|相比|比|在.{0,12}(?:上|中)(?:的)?(?:得分|表现|成绩)|参数|包括|包含|"
                    + "分为|采用|已经|目前|据|由|并|同时|还|也|此外|另外|而且|的|用户|开发者|人们|大家|只(?:要|需要?)(?=[一二两三几\\d])|有(?=[\\d一二两三四五六七八九十几多])|不(?![^，]{1,12}而)|无需|没有|每|和|与|跟)");
    private static final Pattern COMPARES = Pattern.compile(
            "超过|优于|高出|领先|接近|达到|媲美|相当|提高了\\d|快了|击败|倍|只要|只有|价格|美元|美分|提升到|提高到|增加到|"
                    + "参数|token|训练数据|训练的?$|上下文");
    /** "在不同场景" cut off by an ASR comma before "不同风格下的…": the clause does not end where it seems. */
    private static final Pattern OPEN_PLACE = Pattern.compile("在[^上下中里内时后前]*$");
    /** "用蒸馏出的偏好数据对X做DPO微调" → "对X做DPO微调": the means can go, the act stays. */
    private static final Pattern MEANS = Pattern.compile("^(?:用|利用|通过|借助)[^，]{2,14}(?=对|把|将|给|来)(?:来)?");
    private static final Pattern ADVERBS = Pattern.compile("有效地|高效地|显著地?|大幅地?|轻松地?|更好地|非常|十分|较好地");
    /** "股票、基金、债券等" in "提供股票、基金、债券等15个…": a list the title can do without. */
    private static final String ITEM = "[[\\p{IsHan}A-Za-z0-9]&&[^等和及以的一二两三四五六七八九十几个]]";
    /**
     * "提供股票、基金、债券等15个…", "生成会说话、会唱歌的人像视频": a list right after the word that governs it and
     * followed by what it qualifies. A list that ends the clause ("理解文本、图像和视频") is the point and stays.
     */
    private static final Pattern LIST = Pattern.compile(
            "(?:在|对|把|将|用|给|从|向|提供|支持|包括|包含|涵盖|覆盖|进行|生成|比如|例如|如|像)"
                    + "(" + ITEM + "{1,6}(?:、" + ITEM + "{1,6})+(?:等等?|(?:以及|和|及)" + ITEM + "{1,6})?的?)(?=[^，,。])");
    private static final Pattern TIME_PHRASE = Pattern.compile("^在[^，,]{2,14}?(?:之后|之前|以后|后|时|中)");
    private static final Pattern CLAUSE_END = Pattern.compile("[,，。;；!！?？]");

    private EntryTitles() {
    }

    /** The work's name in a title "Name：what it is" (the whole title when it has no "："): for tags, chapters, links. */
    static String nameOf(String title) {
        int colon = title.indexOf('：');
        return (colon > 0 ? title.substring(0, colon) : title).strip();
    }

    /** "Name：description", the name alone, or "" without a name; at most {@value #TITLE_MAX} characters. */
    static String title(String name, String description) {
        if (name.isBlank()) return "";
        if (description.isBlank()) return name;
        String t = name + "：" + description;
        return t.length() <= TITLE_MAX ? t : name;
    }

    /**
     * @param lead  the item's first real sentence
     * @param heard the work's name as the sentence says it, or "" when it names none
     * @return what the work is, or "" when the sentence does not say it briefly
     */
    static String describe(SentenceReading lead, String heard) {
        return describe(lead, heard, "");
    }

    /** @param maker the organization that launched the work, for "OpenAI发布的小模型" when nothing more specific is said */
    static String describe(SentenceReading lead, String heard, String maker) {
        String body = lead.body();
        int object = Math.max(0, Math.max(lead.objectStart(), lead.looseStart()));
        object = Math.min(object, body.length());
        int at = heard.isEmpty() ? -1 : body.indexOf(heard, object);
        if (at < 0 && !heard.isEmpty()) at = body.indexOf(heard);
        String purpose = purpose(FullWidthPunctuation.apply(lead.beforeLaunch()));
        // cut first, then punctuate: full-width punctuation drops spaces, which would move the offsets
        String before = at >= object ? descriptor(FullWidthPunctuation.apply(body.substring(object, at))) : "";
        String rest = FullWidthPunctuation.apply(at >= 0 ? body.substring(at + heard.length()) : body.substring(object));
        String after = at >= 0 ? descriptorAfter(rest) : "";
        String specific = firstSpecific(before, after);
        if (!specific.isEmpty()) return withPurpose(purpose, specific);
        String generic = before.isEmpty() ? after : before;
        if (!purpose.isEmpty() && !generic.isEmpty()) {
            String joined = purpose + generic.replaceFirst("^(?:[A-Za-z]+|自研|开源|通用|新)", "");
            if (fits(joined)) return joined;
        }
        if (domain(lead.beforeLaunch()) && fits(purpose)) return purpose;
        String does = capability(rest, heard);
        if (!does.isEmpty()) return does;
        if (fits(purpose)) return purpose;
        String made = madeBy(maker, lead.launchVerb(), generic.isEmpty() ? nounOf(heard) : generic.replaceFirst("^系列", ""));
        if (!made.isEmpty()) return made;
        return fits(generic) ? generic : "";
    }

    /** "OpenAI发布的小模型": who launched what kind of work, all of it said in the sentence. */
    private static String madeBy(String maker, String verb, String noun) {
        if (maker.isBlank() || verb.isBlank() || noun.isEmpty()) return "";
        String d = maker + verb.replaceFirst("了$", "") + "的" + noun;
        return fits(d) ? d : "";
    }

    /** "云雀大模型" names a model: its own noun says what kind of work it is. */
    private static String nounOf(String name) {
        Matcher m = Pattern.compile(NOUN + "$").matcher(name);
        return m.find() && m.start() > 0 ? m.group() : "";
    }

    private static String firstSpecific(String before, String after) {
        for (String d : new String[]{after, before}) {
            if (!d.isEmpty() && !GENERIC.matcher(d).matches() && fits(d)) return d;
        }
        return "";
    }

    /** "面向数学领域" + "预训练数据库" → "面向数学领域的预训练数据库", when it stays short and says more. */
    private static String withPurpose(String purpose, String descriptor) {
        if (purpose.isEmpty() || descriptor.contains(purpose)) return descriptor;
        String joined = "面向" + purpose + "的" + descriptor;
        return joined.length() <= MAX ? joined : descriptor;
    }

    /** "面向大模型训练故障恢复推出X": the field the work is for, which says what it is better than a side clause. */
    private static boolean domain(String beforeLaunch) {
        return Pattern.compile("(?:面向|专为)[^，,。]{2,18}$").matcher(beforeLaunch.strip()).find();
    }

    /** "针对大模型训练数据的成本问题" before the verb: what the work is for. */
    private static String purpose(String beforeLaunch) {
        Matcher m = PURPOSE.matcher(beforeLaunch);
        if (!m.find()) return "";
        String p = m.group(1).replaceFirst("(?:的)?(?:问题|需求)$", "").strip();
        return p.length() >= 2 ? p : "";
    }

    /** The words between the launch verb and the name: "定制化影像修复方案", "基于大模型的信息检索代理系统". */
    private static String descriptor(String between) {
        String d = between.strip().replaceAll("[，,、\\s]+$", "");
        d = LEADING.matcher(d).replaceFirst("").strip();
        if (d.isEmpty() || CLAUSE_END.matcher(d).find()) return "";
        d = d.replaceFirst("的$", "");
        return ENDS_IN_NOUN.matcher(d).matches() ? d : "";
    }

    /** "M2Gen多模态音乐理解和生成框架,…": a descriptor written right after the name. */
    private static String descriptorAfter(String rest) {
        // "Yi-VL多模态模型正式开源": the subject's descriptor ends where the launch verb starts
        String clause = WorkNames.firstClause(rest).strip().replaceFirst("(?:正式|已经|宣布|全面)?(?:开源|发布|推出|上线)了?.*$", "");
        if (clause.isEmpty()) return "";
        if (!FullWidthPunctuation.isHan(clause.charAt(0)) || clause.startsWith("的") || clause.startsWith("在")) {
            // "X，第一个自适应混合专家模型，…": an appositive after a comma
            String appositive = secondClause(rest);
            return appositive.isEmpty() ? "" : descriptor(appositive);
        }
        return ENDS_IN_NOUN.matcher(clause).matches() ? LEADING.matcher(clause).replaceFirst("") : "";
    }

    private static String secondClause(String rest) {
        String r = rest.strip();
        if (r.isEmpty() || "，,".indexOf(r.charAt(0)) < 0) return "";
        return WorkNames.firstClause(r.substring(1)).strip();
    }

    /** What the work does: the first clause after the name that says it, shortened. */
    private static String capability(String rest, String heard) {
        String[] clauses = rest.split("[，,；;。！？!?]");
        boolean afterFullName = false;
        for (String raw : clauses) {
            String c = raw.strip();
            boolean translation = afterFullName; // "全称Layer Selected Rank Reduction，层选择降质": the name in Chinese
            afterFullName = c.startsWith("全称") || c.startsWith("英文");
            if (translation || c.isEmpty() || (!heard.isEmpty() && c.startsWith(heard)) || hanCount(c) < 6) continue;
            String cleaned = MODAL.matcher(c).replaceFirst("").strip();
            if (SKIP_CLAUSE.matcher(c).find() || SKIP_CLAUSE.matcher(cleaned).find() || COMPARES.matcher(cleaned).find()
                    || OPEN_PLACE.matcher(cleaned).find()) continue;
            cleaned = shorten(cleaned);
            if (fits(cleaned)) return cleaned;
        }
        return "";
    }

    private static String shorten(String clause) {
        String c = clause.replaceFirst("^(\\p{IsHan}{1,3})了", "$1"); // "克服了…" → "克服…"
        if (c.length() > MAX) c = ADVERBS.matcher(c).replaceAll("");
        if (c.length() > MAX) c = MEANS.matcher(c).replaceFirst("");
        if (c.length() > MAX) c = TIME_PHRASE.matcher(c).replaceFirst("");
        if (c.length() > MAX) c = withoutList(c);
        if (c.length() > MAX) c = c.replaceFirst("^不(?:用|需要?|依赖)[^，,]{1,10}?而", "");
        return MODAL.matcher(c).replaceFirst("").strip();
    }

    private static String withoutList(String c) {
        Matcher m = LIST.matcher(c);
        return m.find() ? c.substring(0, m.start(1)) + c.substring(m.end(1)) : c;
    }

    private static boolean fits(String d) {
        return !d.isEmpty() && d.length() <= MAX && hanCount(d) >= MIN_HAN;
    }

    static int hanCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (FullWidthPunctuation.isHan(s.charAt(i))) n++;
        return n;
    }
}
