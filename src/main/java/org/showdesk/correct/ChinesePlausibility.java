package org.showdesk.correct;

/**
 * Whether a Chinese span that sounds like a glossary term could be that term at all. Most false
 * corrections in ordinary text are numbers (十[四个] → 四哥), function characters fused with a
 * neighbour ([这将] → 浙江, 概[率的] → 绿地), one syllable tacked onto a term that is already right
 * (俄罗斯和 → 俄罗斯队) or plain words the dictionary has seen together. Such spans are either not
 * findings or only hints.
 */
final class ChinesePlausibility {
    /** How a span fares: a finding, a hint at most, or nothing. */
    enum Verdict { PLAUSIBLE, HINT, NOT_A_NAME }

    record Judgement(Verdict verdict, String why) {
        static final Judgement PLAUSIBLE = new Judgement(Verdict.PLAUSIBLE, "");
    }

    static final String NUMERALS = "零〇一二三四五六七八九十百千万亿两";
    /** Characters that mostly stand alone as grammar words; a name rarely starts or ends with one. */
    static final String FUNCTION_CHARACTERS = "的和为还将是了在与及也就都把被等着过个们这那其而或从对于以";
    /** How often two words must have been seen together before the pair counts as ordinary text. */
    static final int ATTESTED_PAIR = 3;
    /**
     * Core-dictionary frequency from which the heard span is an ordinary word (升腾 3); names listed only in
     * the dictionary of names and phrases (丁丁, 亲华) are not ordinary words and stay findings.
     */
    static final int EVERYDAY_WORD = 2;

    private ChinesePlausibility() {
    }

    static Judgement judge(ScanContext context, int start, int end, String term) {
        String text = context.text();
        String found = text.substring(start, end);
        char first = found.charAt(0);
        if (isNumeral(first) && term.charAt(0) != first) {
            return new Judgement(Verdict.NOT_A_NAME, found + " starts with a number");
        }
        if (start > 0 && continuesANumber(text.charAt(start - 1)) && isNumeral(first)) {
            return new Judgement(Verdict.NOT_A_NAME, found + " continues a number");
        }
        if (context.extendsExactTerm(start, end)) {
            return new Judgement(Verdict.NOT_A_NAME, found + " is a correct term and one more syllable");
        }
        if (found.length() <= 3) {
            char last = found.charAt(found.length() - 1);
            if (isFunction(first) && term.indexOf(first) < 0 && found.length() == 2) {
                return new Judgement(Verdict.HINT, first + " is usually a word of its own");
            }
            if (isFunction(last) && term.indexOf(last) < 0) {
                return new Judgement(Verdict.HINT, last + " is usually a word of its own");
            }
        }
        if (found.length() == 2 && context.cutsKnownWord(start, end)) {
            return new Judgement(Verdict.HINT, found + " cuts through a word");
        }
        if (context.dictionary().frequency(found) >= EVERYDAY_WORD || context.isOrdinaryWords(start, end)) {
            return new Judgement(Verdict.HINT, found + " is also a word of its own");
        }
        if (context.isAttestedPair(start, end, ATTESTED_PAIR)) {
            return new Judgement(Verdict.HINT, found + " reads as ordinary words");
        }
        return Judgement.PLAUSIBLE;
    }

    static boolean isNumeral(char c) {
        return NUMERALS.indexOf(c) >= 0;
    }

    private static boolean continuesANumber(char c) {
        return isNumeral(c) || c == '第' || c == '之' || (c >= '0' && c <= '9');
    }

    private static boolean isFunction(char c) {
        return FUNCTION_CHARACTERS.indexOf(c) >= 0;
    }
}
