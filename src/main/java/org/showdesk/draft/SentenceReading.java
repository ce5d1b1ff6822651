package org.showdesk.draft;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a roundup host's sentence reads: does it open a new item ("…的研究者推出X", "苹果发布X", "据报道,…",
 * "再来看一个…"), who is its subject, where does the named work start. Only the phrasing is used, so it
 * works on any topic.
 */
final class SentenceReading {
    /** A verb that announces a work; "推出的" (a relative clause about something earlier) does not count. */
    static final Pattern LAUNCH = Pattern.compile(
            "(推出了?|发布了?|开源了?|提出了?|上线了?|宣布了?|公布了?|带来了?|打造了?|研发了?|亮相|展示了|开放了(?=[^，,。]{1,30}权重))(?!的)");
    /**
     * Verbs that name a work without announcing it ("用维基百科的数据训练WikiChat"): where to look for the
     * work's name when no launch verb is there, but too common inside explanations to open an item.
     */
    private static final Pattern MAKES = Pattern.compile("(训练出?了?|打造出?了?)(?!的)");
    static final Pattern RESEARCHERS = Pattern.compile("(?:的)?(?:研究者|研究人员|研究团队|科研团队|联合团队|团队)");
    /**
     * How hosts move on without a launch verb: "再来看一个…", "最后一条,…", "据报道,…". Followed by a comma
     * the item's first sentence goes on after it; otherwise the sentence only announces the next item.
     */
    private static final Pattern ITEM_MARKER = Pattern.compile(
            "^(?:好[的了]?[,，]?|那么|然后)?(?:最后(?:一条|一个|一则|再看一条|再来看一条)|(?:我们)?再来看(?:一条|一个|一篇|一项|一下)?|"
                    // "第三条是X…", "第四条，X…": the item's number, then what it reports
                    + "第[一二三四五六七八九十百零两0-9]{1,3}条(?:也?是(?:一篇|一个|一条)?(?:论文|新闻|消息|产品|工作|研究)(?=[,，])|也?是(?=[^，,。]{2}))?|"
                    + "接下来(?:我们)?(?:来看|看|是)|下面(?:来看|看|是)|还有一条|另外一条|"
                    + "据(?:外媒|媒体|知情人士|消息人士)?报道|据.{1,8}(?:报道|消息))");
    private static final int TRANSITION_MAX = 30;
    /**
     * "今天还有一条融资新闻。", "再来看一个机器人方向的工作。": announces an item without being its first
     * sentence; "模型还有一个特点。" does not, it ends in no item noun.
     */
    private static final Pattern ANNOUNCES = Pattern.compile(
            "(?:再来看|来看|还有|接下来|下面|最后)[^,，。]{0,4}(?:一条|一个|一篇|一则|一项)[^,，。]{0,12}"
                    + "(?:消息|新闻|论文|工作|研究|产品|进展|动态)|^(?:接下来|下面)(?:我们)?(?:来看|看|是)[^,，。]{0,12}(?:论文|工作|研究|消息|新闻|产品)");
    private static final Pattern CONTINUATION = Pattern.compile(
            "^(?:相较|相比|首先|然后|其次|接着|最后|此外|另外|同时|并且|而且|但是|但|不过|因此|所以|从而|其中|其|它|该|这|此|"
                    + "团队|模型|平台|公司|该公司|这家公司|双方|实验|结果|测试|目前|据此|比如|例如|也就是|即|换句话说|值得|官方|用户|与此|除此|基于此|通过|为了|它们|他们)");
    /** "Mistral同时宣布…", "讯飞还推出…": the same subject doing one more thing, not a new item. */
    private static final Pattern FOLLOW_ON = Pattern.compile("(?:同时|还|也|又|则|随后|此前|曾|已经|将)+$");
    private static final Pattern DEFINITION = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9 \\-.]*(?:就是|是|代表|全称|指)");
    private static final int SUBJECT_MAX = 40;

    private final String text;
    /** The sentence without a leading item marker ("最后一条,"): what the rules below read. */
    private final String body;
    private final boolean marked;
    private final boolean transition;
    private final int launchAt;
    private final int launchEnd;
    private final String launchVerb;
    private final int makesEnd;
    private final int researchersAt;
    private final int researchersEnd;

    SentenceReading(String sentence) {
        this.text = sentence.strip();
        Matcher marker = ITEM_MARKER.matcher(text);
        boolean hasMarker = marker.find() && marker.end() > 0;
        boolean commaAfter = hasMarker && marker.end() < text.length() && ",，".indexOf(text.charAt(marker.end())) >= 0;
        this.marked = hasMarker;
        this.transition = !commaAfter && text.length() <= TRANSITION_MAX && !LAUNCH.matcher(text).find()
                && ANNOUNCES.matcher(text).find();
        // "第三条是香港中文大学…": the number and its 是 move on to the item as a comma would
        boolean numbered = hasMarker && !commaAfter && text.startsWith("第") && text.charAt(marker.end() - 1) == '是';
        this.body = commaAfter ? text.substring(marker.end() + 1).strip()
                : numbered ? text.substring(marker.end()).strip() : text;
        Matcher launch = LAUNCH.matcher(body);
        boolean launched = launch.find();
        this.launchAt = launched ? launch.start() : -1;
        this.launchEnd = launched ? launch.end() : -1;
        this.launchVerb = launched ? launch.group(1) : "";
        Matcher makes = MAKES.matcher(body);
        this.makesEnd = makes.find() ? makes.end() : -1;
        Matcher r = RESEARCHERS.matcher(body);
        boolean hasResearchers = r.find() && r.start() <= SUBJECT_MAX;
        this.researchersAt = hasResearchers ? r.start() : -1;
        this.researchersEnd = hasResearchers ? r.end() : -1;
    }

    /**
     * Reads like the first sentence of a new item. {@code currentWork} and {@code currentOrganizations}
     * describe the item so far: the same actor doing one more thing ("Mistral同时宣布…") continues it.
     */
    boolean opensItem(String currentWork, List<String> currentOrganizations) {
        if (transition) return true;
        if (body.isEmpty() || CONTINUATION.matcher(body).find() || DEFINITION.matcher(body).find()) return false;
        if (marked) return true; // "据报道,亚马逊正在测试…": the marker alone says a new item starts
        if (!currentWork.isBlank() && body.startsWith(currentWork)) return false;
        if (researchersAt > 0) return true; // "X的研究者…", "X科研团队…": something before the marker names them
        if (launchAt <= 0 || launchAt > SUBJECT_MAX) return false;
        String subject = subjectBefore(launchAt);
        if (subject.contains(",") || subject.contains("，")) return false;
        Matcher followOn = FOLLOW_ON.matcher(subject);
        return !(followOn.find() && isOneOf(subject.substring(0, followOn.start()), currentOrganizations));
    }

    /** Only announces the next item ("再来看一个机器人方向的工作。"); its first real sentence follows. */
    boolean isTransition() {
        return transition;
    }

    /** Who the sentence is about: the text before "的研究者" or before the launch verb. */
    String subject() {
        int end = researchersAt > 0 ? researchersAt : (launchAt > 0 && launchAt <= SUBJECT_MAX ? launchAt : -1);
        if (end < 0) return "";
        String s = subjectBefore(end);
        int comma = Math.max(s.lastIndexOf(','), s.lastIndexOf('，'));
        return comma >= 0 ? s.substring(comma + 1) : s;
    }

    /** Where the object of the launch verb starts in {@link #body()}, or -1 when nothing is launched. */
    int objectStart() {
        if (launchEnd >= 0) return launchEnd;
        return makesEnd;
    }

    /** The launch verb as said ("开源了"), or "". */
    String launchVerb() {
        return launchVerb;
    }

    /** Where to look for a work when no verb says which: after the researchers, else the whole body. */
    int looseStart() {
        return Math.max(researchersEnd, 0);
    }

    /** The text before the launch verb, or "" when there is none: "零一万物的Yi-VL多模态模型正式开源". */
    String beforeLaunch() {
        return launchAt > 0 ? body.substring(0, launchAt) : "";
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

    /**
     * How many characters of the sentence move on to the item ("最后一条,", "再来看一个,") rather than report it;
     * "据报道," says where the news comes from and is kept (0).
     */
    int markerLength() {
        if (body.length() == text.length() || text.startsWith("据")) return 0;
        return text.length() - body.length();
    }

    String body() {
        return body;
    }

    private String subjectBefore(int end) {
        return body.substring(0, end).strip();
    }
}
