package org.showdesk.draft;

import java.util.regex.Pattern;

/**
 * The sections a host sorts an AI weekly into, and a first guess from the cue words of an item. The
 * guess reads the item's first sentence (and a "再来看一篇论文" announcing it); the rest of the span only
 * refines a model release into research or open source. When no cue fits the category stays blank: a
 * host fixes a blank faster than a wrong label.
 */
public enum EntryCategory {
    RESEARCH("论文/研究"),
    MODEL("模型发布"),
    OPEN_SOURCE("开源"),
    PRODUCT("产品/应用"),
    DATASET("数据集"),
    INDUSTRY("行业/报告");

    private static final Pattern DATASET_CUE = Pattern.compile("数据集|语料|数据库|评测基准|基准测试|(?i:benchmark)");
    /** Only the first clause: "可以提供…投资建议" later in the sentence is no investment news. */
    private static final Pattern INDUSTRY_CUE = Pattern.compile("白皮书|报告|趋势|融资|估值|领投|收购|合作|辞去|辞职|裁员|市场规模|上市");
    private static final Pattern OPENED = Pattern.compile("正式开源|已经开源|全部开源|宣布开源|开源了");
    private static final Pattern OPEN_LATER = Pattern.compile("开源|Apache 2\\.0|MIT许可|公开了.{0,8}权重|权重.{0,6}公开");
    private static final Pattern RESEARCH_CUE = Pattern.compile("研究者|研究人员|研究团队|科研团队|论文|提出");
    private static final Pattern PRODUCT_CUE = Pattern.compile(
            "功能|助手|插件|商店|订阅|小程序|聊天机器人|搜索引擎|产品|测试版|(?i:assistant|\\bapp\\b)");
    private static final Pattern MODEL_CUE = Pattern.compile("模型|(?i:LLM)|参数|token|上下文");
    private static final Pattern REPORTED = Pattern.compile("^据.{0,8}(?:报道|消息)");

    private final String label;

    EntryCategory(String label) {
        this.label = label;
    }

    /** What the host sees and what is stored in {@code Entry.category}. */
    public String label() {
        return label;
    }

    /**
     * @param announcement a sentence that only announced the item ("再来看一条开源的消息。"), or ""
     * @param lead         the item's first real sentence
     * @param work         the work's name found in it, or ""
     * @param later        the rest of the span
     * @return the label, or "" when no cue fits
     */
    static String guess(String announcement, SentenceReading lead, String work, String later) {
        EntryCategory c = fromLead(announcement, lead, work, later);
        if (c == MODEL && later.contains("论文")) c = RESEARCH;
        if (c == MODEL && OPEN_LATER.matcher(later).find()) c = OPEN_SOURCE;
        if (c == null && REPORTED.matcher(lead.text()).find()) c = INDUSTRY;
        return c == null ? "" : c.label;
    }

    private static EntryCategory fromLead(String announcement, SentenceReading lead, String work, String later) {
        String body = lead.body();
        int objectStart = Math.max(lead.objectStart(), 0);
        String object = objectClause(body.substring(objectStart), work);
        String headline = announcement + WorkNames.firstClause(body) + object;
        if (DATASET_CUE.matcher(object).find() || DATASET_CUE.matcher(announcement).find()) return DATASET;
        if (INDUSTRY_CUE.matcher(headline).find()) return INDUSTRY;
        String verb = lead.launchVerb();
        if (verb.startsWith("开源") || OPENED.matcher(body).find() || announcement.contains("开源")) return OPEN_SOURCE;
        if (RESEARCH_CUE.matcher(announcement + body).find()) return RESEARCH;
        if (verb.startsWith("上线") || PRODUCT_CUE.matcher(announcement + body).find() || PRODUCT_CUE.matcher(work).find()) {
            return PRODUCT;
        }
        if (lead.objectStart() >= 0 && MODEL_CUE.matcher(body + later).find()) return MODEL;
        return null;
    }

    /** From the launch verb to the end of the clause that holds the work's name. */
    private static String objectClause(String object, String work) {
        int from = work.isEmpty() ? 0 : Math.max(0, object.indexOf(work));
        return object.substring(0, from) + WorkNames.firstClause(object.substring(from));
    }
}
