package org.showdesk.correct;

/** Small Chinese numerals (七, 十三, 七十, 两) as Arabic digits; enough for model sizes. */
final class ChineseNumerals {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The value, or -1 when the text is not a numeral below 1000. */
    static int toArabic(String numeral) {
        String s = numeral.replace('两', '二');
        int total = 0;
        int current = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int digit = DIGITS.indexOf(c);
            if (digit >= 0) {
                current = digit;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += current * 100;
                current = 0;
            } else {
                return -1;
            }
        }
        return total + current;
    }
}
