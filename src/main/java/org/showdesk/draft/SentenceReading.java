package org.showdesk.draft;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a roundup host's sentence reads: does it open a new item ("…的研究者推出X", "苹果发布X"), who is
 * its subject, what work does it name. Only the phrasing is used, so it works on any topic.
 */
final class SentenceReading {
    /** A verb that announces a work; "推出的" (a relative clause about something earlier) does not count. */
    static final Pattern LAUNCH = Pattern.compile(
            "(推出了?|发布了?|开源了?|提出了?|上线了?|宣布了?|公布了?|带来了?|打造了?|研发了?|亮相)(?!的)");
    static final Pattern RESEARCHERS = Pattern.compile("(?:的)?(?:研究者|研究人员|研究团队|科研团队|联合团队|团队)");
    private static final Pattern CONTINUATION = Pattern.compile(
            "^(?:相较|相比|首先|然后|其次|接着|最后|此外|另外|同时|并且|而且|但是|但|不过|因此|所以|从而|其中|其|它|该|这|此|"
                    + "团队|模型|平台|公司|该公司|这家公司|双方|实验|结果|测试|目前|据此|比如|例如|也就是|即|换句话说|值得|官方|用户|与此|除此|基于此|通过|为了|它们|他们)");
    /** "Mistral同时宣布…", "讯飞还推出…": the same subject doing one more thing, not a new item. */
    private static final Pattern FOLLOW_ON = Pattern.compile("(?:同时|还|也|又|则|随后|此前|曾|已经|将)+$");
    private static final Pattern DEFINITION = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9 \\-.]*(?:就是|是|代表|全称|指)");
    private static final Pattern LATIN_RUN = Pattern.compile(
            "[A-Za-z0-9]+(?:[-.+'][A-Za-z0-9]+)*(?:\\s+[A-Za-z0-9]+(?:[-.+][A-Za-z0-9]+)*)*");
    private static final List<String> GENERIC = List.of("AI", "AIGC", "LLM", "LLMs", "3D", "2D", "4D", "API", "GPU",
            "CPU", "APP", "App", "AI Agent", "Agent", "SOTA", "Transformer", "Tokens", "tokens", "Token");
    private static final int SUBJECT_MAX = 40;

    private final String text;
    private final Matcher launch;
    private final int launchAt;
    private final int researchersAt;
    private final int researchersEnd;

    SentenceReading(String sentence) {
        this.text = sentence.strip();
        this.launch = LAUNCH.matcher(text);
        this.launchAt = launch.find() ? launch.start() : -1;
        Matcher r = RESEARCHERS.matcher(text);
        boolean hasResearchers = r.find() && r.start() <= SUBJECT_MAX;
        this.researchersAt = hasResearchers ? r.start() : -1;
        this.researchersEnd = hasResearchers ? r.end() : -1;
    }

    /**
     * Reads like the first sentence of a new item. {@code currentWork} and {@code currentOrganizations}
     * describe the item so far: the same actor doing one more thing ("Mistral同时宣布…") continues it.
     */
    boolean opensItem(String currentWork, List<String> currentOrganizations) {
        if (text.isEmpty() || CONTINUATION.matcher(text).find() || DEFINITION.matcher(text).find()) return false;
        if (!currentWork.isBlank() && text.startsWith(currentWork)) return false;
        if (researchersAt > 0) return true; // "X的研究者…", "X科研团队…": something before the marker names them
        if (launchAt <= 0 || launchAt > SUBJECT_MAX) return false;
        String subject = subjectBefore(launchAt);
        if (subject.contains(",") || subject.contains("，")) return false;
        Matcher followOn = FOLLOW_ON.matcher(subject);
        return !(followOn.find() && isOneOf(subject.substring(0, followOn.start()), currentOrganizations));
    }

    /** Who the sentence is about: the text before "的研究者" or before the launch verb. */
    String subject() {
        int end = researchersAt > 0 ? researchersAt : (launchAt > 0 && launchAt <= SUBJECT_MAX ? launchAt : -1);
        if (end < 0) return "";
        String s = subjectBefore(end);
        int comma = Math.max(s.lastIndexOf(','), s.lastIndexOf('，'));
        return comma >= 0 ? s.substring(comma + 1) : s;
    }

    /** The first Latin name after the launch verb (or after the researchers), e.g. "Dual Pivot Tuning". */
    String workName(List<String> knownProducts) {
        int from = launchAt >= 0 ? launch.end() : Math.max(researchersEnd, 0);
        String rest = text.substring(from);
        for (String product : knownProducts) if (rest.contains(product)) return product;
        Matcher m = LATIN_RUN.matcher(rest);
        while (m.find()) {
            String run = m.group().strip();
            boolean hasLetter = run.chars().anyMatch(Character::isLetter);
            boolean countOfSomething = rest.startsWith("参数", m.end()) || rest.startsWith("亿", m.end());
            if (hasLetter && !countOfSomething && !GENERIC.contains(run)) return run;
        }
        return "";
    }

    private static boolean isOneOf(String actor, List<String> organizations) {
        String a = actor.strip();
        if (a.isEmpty()) return true; // "同时推出…" with no new subject
        for (String org : organizations) if (org.contains(a) || a.contains(org)) return true;
        return false;
    }

    String text() {
        return text;
    }

    private String subjectBefore(int end) {
        return text.substring(0, end).strip();
    }
}
