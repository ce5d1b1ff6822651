package org.showdesk.text;

import org.showdesk.model.ChineseScript;

import com.hankcs.hanlp.HanLP;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Simplified → Traditional Chinese with regional wording, through HanLP's dictionaries (Simplified →
 * Traditional, then Traditional → Taiwan or Hong Kong usage: 软件 → 軟體, 信息 → 資訊 for Taiwan).
 *
 * <p>Only runs of Chinese text are converted: Latin text, digits and web addresses pass through as they
 * are, and so do the names it is given, which keep their own Traditional form, or their spelling when they
 * are Latin. A Chinese name without its own form is converted character by character, never reworded
 * (HanLP's Taiwan wording would turn 字节跳动 into 位元組跳動).
 *
 * <p>HanLP's dictionaries take a second or two to load, once, on the first conversion; nothing loads them
 * before a host asks for Traditional.
 */
public final class TraditionalChinese {
    /**
     * A name to protect.
     *
     * @param traditional its own Traditional form, or empty: then a Latin name stays as spelled and a Chinese
     *                    one is converted character by character
     */
    public record Name(String spelling, String traditional) {
        public Name {
            traditional = traditional == null ? "" : traditional;
        }
    }

    /**
     * Where HanLP's wording is wrong for AI news (checked by hand against Taiwan and Hong Kong usage):
     * 参数 would become 引數 (a function's argument, not a model's parameter), 视频 視訊 (a video call),
     * 发布 釋出 (a software release, not an announcement), 图像 影象 (Taiwan writes 影像), 平台 平臺 (Taiwan
     * writes 平台), 程序代码 程式程式碼, 多个中文 多箇中文, and 适配器 介面卡 (a hardware adapter card, not
     * the adapter layers of LoRA, which Taiwan's AI writing calls 適配器).
     */
    private static final Map<String, String> TAIWAN_WORDING = Map.of(
            "参数", "參數", "视频", "影片", "发布", "發布", "图像", "影像", "平台", "平台", "程序代码", "程式碼", "个中", "個中",
            "适配器", "適配器");
    private static final Map<String, String> HONG_KONG_WORDING = Map.of("个中", "個中");
    /**
     * Where HanLP picks the wrong one of two Traditional characters in both regions. 发 is 發 (send, issue) or
     * 髮 (hair); HanLP's dictionary has the hair words (发型 → 髮型, 头发 → 頭髮), but its longest-match reading
     * takes 新发 (新發, as in 新发明) first, so "新发型" (a new hairstyle) became 新發型. Only this overlap of a
     * dictionary word with a hair word is listed: 爆发型, 突发型 (an outburst type) rightly stay 發.
     */
    private static final Map<String, String> BOTH_REGIONS_WORDING = Map.of("新发型", "新髮型", "新发色", "新髮色");

    private final ChineseScript target;
    private final List<Name> names;

    public TraditionalChinese(ChineseScript target, Collection<Name> names) {
        this.target = target;
        List<Name> all = new ArrayList<>();
        for (Name n : names) if (n.spelling() != null && !n.spelling().isBlank()) all.add(n);
        Map<String, String> wording = target == ChineseScript.TRADITIONAL ? TAIWAN_WORDING
                : target == ChineseScript.TRADITIONAL_HK ? HONG_KONG_WORDING : Map.of();
        wording.forEach((s, t) -> all.add(new Name(s, t)));
        if (target.isTraditional()) BOTH_REGIONS_WORDING.forEach((s, t) -> all.add(new Name(s, t)));
        all.sort(Comparator.comparingInt((Name n) -> n.spelling().length()).reversed());
        this.names = List.copyOf(all);
    }

    public ChineseScript target() {
        return target;
    }

    /** The text in the target script; for {@link ChineseScript#SIMPLIFIED} the text itself. */
    public String convert(String text) {
        if (!target.isTraditional() || text.isEmpty()) return text;
        StringBuilder sb = new StringBuilder(text.length());
        int plainFrom = 0;
        for (int i = 0; i < text.length(); ) {
            Name name = nameAt(text, i);
            if (name == null) {
                i++;
                continue;
            }
            convertRuns(text.substring(plainFrom, i), sb);
            sb.append(formOf(name));
            i += name.spelling().length();
            plainFrom = i;
        }
        convertRuns(text.substring(plainFrom), sb);
        return sb.toString();
    }

    /**
     * The Chinese names in {@code text} that have no Traditional form of their own, with the form they get
     * (character by character), so the host can check them: 同花顺 → 同花順.
     */
    public Map<String, String> namesWithoutOwnForm(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!target.isTraditional()) return out;
        for (Name n : names) {
            if (n.traditional().isEmpty() && hasHan(n.spelling()) && text.contains(n.spelling())) {
                String form = formOf(n);
                if (!form.equals(n.spelling())) out.put(n.spelling(), form);
            }
        }
        return out;
    }

    private Name nameAt(String text, int i) {
        for (Name n : names) if (text.startsWith(n.spelling(), i)) return n;
        return null;
    }

    private String formOf(Name name) {
        if (!name.traditional().isEmpty()) return name.traditional();
        return hasHan(name.spelling()) ? Converters.characters(name.spelling()) : name.spelling();
    }

    /** Converts the Chinese runs of {@code text}; everything between them is copied as it is. */
    private void convertRuns(String text, StringBuilder sb) {
        int i = 0;
        while (i < text.length()) {
            int j = i;
            boolean chinese = isChinese(text.charAt(i));
            while (j < text.length() && isChinese(text.charAt(j)) == chinese) j++;
            String run = text.substring(i, j);
            sb.append(chinese ? Converters.regional(run, target) : run);
            i = j;
        }
    }

    private static boolean isChinese(char c) {
        return ChineseTypography.isHan(c) || (c >= '\u3000' && c <= '\u303f') || (c >= '\uff00' && c <= '\uff0f')
                || c == '“' || c == '”' || c == '…';
    }

    private static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) if (ChineseTypography.isHan(s.charAt(i))) return true;
        return false;
    }

    /** HanLP's converters; a class of their own so their dictionaries load on first use, not before. */
    private static final class Converters {
        static String characters(String simplified) {
            return HanLP.s2t(simplified);
        }

        /**
         * Simplified → Traditional, then Traditional → regional. HanLP's one-step s2tw skips the second step
         * inside phrases (爲了 stays instead of 為了), which the two steps do not.
         */
        static String regional(String simplified, ChineseScript target) {
            String traditional = HanLP.s2t(simplified);
            return target == ChineseScript.TRADITIONAL_HK ? HanLP.t2hk(traditional) : HanLP.t2tw(traditional);
        }
    }
}
