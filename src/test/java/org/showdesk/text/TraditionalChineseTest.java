package org.showdesk.text;

import org.showdesk.model.ChineseScript;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TraditionalChineseTest {
    /** Characters that exist only in Simplified Chinese, all of them in the sentence below. */
    private static final String SIMPLIFIED_ONLY = "这论发软务网络说们视频数据为应进开";

    private static final String SENTENCE = "这篇论文发布了开源软件和服务，网络上说我们的视频数据为里应外合进一步打开局面。";

    @Test
    void taiwanTextHasRegionalWordingAndNoSimplifiedCharacters() {
        String tw = new TraditionalChinese(ChineseScript.TRADITIONAL, List.of()).convert(SENTENCE);
        assertThat(tw).contains("論文", "軟體", "網路", "影片", "資料", "為");
        assertThat(tw.codePoints().mapToObj(Character::toString)).noneMatch(SIMPLIFIED_ONLY::contains);
    }

    @Test
    void hongKongTextKeepsHongKongWording() {
        String hk = new TraditionalChinese(ChineseScript.TRADITIONAL_HK, List.of()).convert("这个软件的信息");
        assertThat(hk).isEqualTo("這個軟件的信息");
    }

    @Test
    void latinTextWebAddressesAndNumbersPassThroughUntouched() {
        String text = "U盘里的SynCLR模型见https://arxiv.org/abs/2312.17742，参数量70亿，GPT-4。";
        String tw = new TraditionalChinese(ChineseScript.TRADITIONAL, List.of()).convert(text);
        assertThat(tw).contains("U", "SynCLR", "https://arxiv.org/abs/2312.17742", "70", "GPT-4", "參數");
        assertThat(new TraditionalChinese(ChineseScript.TRADITIONAL, List.of()).convert("开放平台的程序代码"))
                .isEqualTo("開放平台的程式碼");
        // LoRA's adapter layers, not a hardware adapter card (介面卡)
        assertThat(new TraditionalChinese(ChineseScript.TRADITIONAL, List.of()).convert("多个LoRA适配器"))
                .isEqualTo("多個LoRA適配器");
    }

    @Test
    void namesKeepTheirSpellingOrTheirOwnTraditionalForm() {
        List<TraditionalChinese.Name> names = List.of(new TraditionalChinese.Name("Unicron", ""),
                new TraditionalChinese.Name("字节跳动", ""), new TraditionalChinese.Name("通义千问", "通義千問"));
        TraditionalChinese converter = new TraditionalChinese(ChineseScript.TRADITIONAL, names);
        String tw = converter.convert("字节跳动和阿里的通义千问都用了Unicron的软件");
        // Taiwan wording would make 字节 a computer byte (位元組): a name is converted by character only.
        assertThat(tw).isEqualTo("字節跳動和阿里的通義千問都用了Unicron的軟體");
        assertThat(converter.namesWithoutOwnForm("字节跳动和通义千问")).containsExactly(java.util.Map.entry("字节跳动", "字節跳動"));
    }

    @Test
    void hairIsWrittenAsHairInBothRegionsAndAnOutburstStaysAnOutburst() {
        for (ChineseScript script : List.of(ChineseScript.TRADITIONAL, ChineseScript.TRADITIONAL_HK)) {
            TraditionalChinese converter = new TraditionalChinese(script, List.of());
            assertThat(converter.convert("换个新发型，再染个新发色，头发更亮")).as(script.id())
                    .isEqualTo("換個新髮型，再染個新髮色，頭髮更亮");
            assertThat(converter.convert("这是爆发型的流量")).as(script.id()).contains("爆發型");
        }
    }

    @Test
    void simplifiedIsTheTextItself() {
        assertThat(new TraditionalChinese(ChineseScript.SIMPLIFIED, List.of()).convert(SENTENCE)).isSameAs(SENTENCE);
    }

    @Test
    void scriptsAreReadAsAHostTypesThem() {
        assertThat(ChineseScript.parse("Traditional")).isEqualTo(ChineseScript.TRADITIONAL);
        assertThat(ChineseScript.parse("zh-TW")).isEqualTo(ChineseScript.TRADITIONAL);
        assertThat(ChineseScript.parse("traditional-hk").languageTag()).isEqualTo("zh-HK");
        assertThat(ChineseScript.parse("简体")).isEqualTo(ChineseScript.SIMPLIFIED);
        assertThatThrownBy(() -> ChineseScript.parse("klingon"))
                .hasMessage("Unknown script \"klingon\": use one of simplified, traditional, traditional-hk.");
    }
}
