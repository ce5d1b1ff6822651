package org.showdesk.correct;

import org.showdesk.model.Finding;
import org.showdesk.model.FindingKind;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Model sizes that lost their unit. ASR hears "7B" as 七B, 7比 or 71 (the B sounds like 一/比), and
 * "175B" as 1751; spoken as 亿 it may also come out as 1751亿 for 1750亿. These fire only next to
 * words about parameters or models, where a bare number ending in 1 is implausible.
 */
final class NumberUnitDetector implements Detector {
    static final FindingKind RULE = FindingKind.NUMBER_UNIT;

    private static final String MODEL_CONTEXT = "(?=个?参数|的参数|参数量|的?大?模型|版本|规模|开源模型)";
    private static final Pattern DIGITS_THEN_ONE =
            Pattern.compile("(?<![\\d.A-Za-z])(\\d{1,3}(?:\\.\\d)?)1" + MODEL_CONTEXT);
    private static final Pattern NUMBER_THEN_B_SOUND =
            Pattern.compile("(?<![\\d.A-Za-z一二三四五六七八九十百千万亿两零])([一二三四五六七八九十两]+|\\d+(?:\\.\\d+)?)"
                    + "(比|币|逼|B|b)" + MODEL_CONTEXT);
    private static final Pattern HUNDREDS_OF_MILLIONS_THEN_ONE =
            Pattern.compile("(?<![\\d.])(\\d{3})1亿(?!元|美元|人民币|港元|日元|欧元|美金|用户|人|次|年|件|台|部|条|份|个用户)");

    @Override
    public void detect(ScanContext context, List<Finding> out) {
        String text = context.text();
        Matcher m = DIGITS_THEN_ONE.matcher(text);
        while (m.find()) {
            String size = m.group(1) + "B";
            out.add(finding(m, List.of(size), 0.75, "a model size heard as a number: " + size + " (" + m.group(1)
                    + " billion) reads as " + m.group()));
        }
        m = NUMBER_THEN_B_SOUND.matcher(text);
        while (m.find()) {
            boolean arabic = Character.isDigit(m.group(1).charAt(0));
            if (arabic && m.group(2).equals("B")) continue; // already right
            int value = arabic ? 0 : ChineseNumerals.toArabic(m.group(1));
            if (value < 0) continue;
            String size = (arabic ? m.group(1) : String.valueOf(value)) + "B";
            out.add(finding(m, List.of(size), 0.8, "model size " + size + " written as " + m.group()));
        }
        m = HUNDREDS_OF_MILLIONS_THEN_ONE.matcher(text);
        while (m.find()) {
            String digits = m.group(1);
            out.add(finding(m, List.of(digits + "0亿", digits + "B"), 0.6,
                    digits + "B (" + digits + "0亿) is a common model size; " + m.group() + " looks like B heard as 1"));
        }
    }

    private static Finding finding(Matcher m, List<String> suggestions, double confidence, String reason) {
        return new Finding(m.start(), m.end(), m.group(), suggestions, RULE, confidence, reason, "number-unit");
    }
}
