package org.showdesk.correct;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.showdesk.model.Finding;
import org.showdesk.model.FindingKind;
import org.showdesk.model.GlossaryTerm;

import java.util.List;
import java.util.Locale;

/**
 * Chinese characters that spell a Latin name by sound (杰米尼 for Gemini, 克劳德 for Claude). Only
 * runs of characters Chinese uses for transliteration are considered, and the match is low confidence:
 * many such runs are established Chinese names in their own right.
 */
final class TransliterationDetector implements Detector {
    static final FindingKind RULE = FindingKind.TRANSLITERATION;
    private static final int MIN_CHARS = 2;
    private static final int MAX_CHARS = 5;
    /** Pinyin spells a name differently from English (jiemini for Gemini, 0.68): the sound code leads, spelling confirms. */
    private static final double MIN_SIMILARITY = 0.65;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    /** Characters used to write foreign names; everyday characters (大, 的, 是) are deliberately absent. */
    private static final String SOUND_CHARACTERS =
            "阿埃艾爱安奥澳巴芭拜班邦贝本比彼毕宾波伯博布查达黛戴丹道德迪蒂丁杜顿多厄恩尔法凡菲斐芬丰弗福盖甘冈"
                    + "戈格葛古圭哈海亨胡华霍基吉加贾杰捷金卡凯坎康柯科克肯库夸奎拉莱兰朗劳勒雷蕾里利莉琳林伦卢鲁"
                    + "路罗洛玛迈麦曼梅蒙米密敏姆莫穆纳娜奈南内妮尼纽诺欧帕潘佩皮珀普奇齐乔琼萨塞桑瑟森莎沙珊尚舍"
                    + "什施史斯索苏塔泰坦汤唐特提图托瓦旺威韦维温沃乌西希夏谢辛休雅亚扬耶伊因尤约泽扎詹兹佐";

    private record LatinTerm(GlossaryTerm term, String key) {
    }

    private final PhoneticKeys<LatinTerm> index = new PhoneticKeys<>();

    TransliterationDetector(List<GlossaryTerm> terms) {
        for (GlossaryTerm term : terms) {
            String key = LatinText.key(term.term());
            if (key == null || !key.equals(LatinText.lettersOnly(key)) || key.length() < 4) continue;
            for (String code : PhoneticKeys.codes(key)) index.add(lToR(code), new LatinTerm(term, key), false);
        }
    }

    @Override
    public void detect(ScanContext context, List<Finding> out) {
        String text = context.text();
        int i = 0;
        while (i < text.length()) {
            if (!isSoundCharacter(text.charAt(i))) {
                i++;
                continue;
            }
            int runStart = i;
            while (i < text.length() && isSoundCharacter(text.charAt(i))) i++;
            scanRun(context, runStart, i, out);
        }
    }

    private void scanRun(ScanContext context, int runStart, int runEnd, List<Finding> out) {
        String text = context.text();
        for (int start = runStart; start < runEnd; start++) {
            for (int end = start + MIN_CHARS; end <= Math.min(runEnd, start + MAX_CHARS); end++) {
                if (!context.isWordSpan(start, end)) continue;
                String found = text.substring(start, end);
                if (context.dictionary().frequency(found) >= ChineseDictionary.EVERYDAY_FREQUENCY) continue;
                String spelled = ChineseReadings.firstReadings(found).replace(" ", "");
                for (String code : PhoneticKeys.codes(spelled)) {
                    for (LatinTerm candidate : index.near(lToR(code), false)) {
                        double similarity = JARO_WINKLER.apply(spelled, candidate.key().toLowerCase(Locale.ROOT));
                        if (similarity < MIN_SIMILARITY) continue;
                        String term = candidate.term().term();
                        // Names are written whole: a piece of a longer run of sound characters is a weaker guess.
                        double wholeRun = start == runStart && end == runEnd ? 0 : 0.1;
                        out.add(new Finding(start, end, found, List.of(term), RULE, 0.4 + 0.2 * similarity - wholeRun,
                                "may transliterate " + term + " (" + spelled + ")", term));
                    }
                }
            }
        }
    }

    private static boolean isSoundCharacter(char c) {
        return SOUND_CHARACTERS.indexOf(c) >= 0;
    }

    /**
     * Chinese writes the English r with l (索拉 for Sora) and hard and soft g or k with j (基米 for Kimi, 杰米尼
     * for Gemini), so codes compare with each pair merged.
     */
    private static String lToR(String code) {
        return code.replace('L', 'R').replace('J', 'K');
    }
}
