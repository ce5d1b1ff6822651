package org.showdesk.draft;

import org.junit.jupiter.api.Test;
import org.showdesk.model.Entry;
import org.showdesk.model.EntryField;
import org.showdesk.model.EntryKind;
import org.showdesk.model.EntryStatus;
import org.showdesk.model.Link;
import org.showdesk.model.LinkKind;
import org.showdesk.model.Transcript;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Merges, splits, boundary moves, Suggest again and corrections never lose what the host typed. */
class HostWorkKeptTest {
    private final Transcript transcript = Episodes.timed(5_000,
            "大家好,欢迎收看AI周报。",
            "苹果推出图像编辑模型MGIE,可以用一句话修改图片。",
            "MGIE会先理解用户的指令。",
            "谷歌的研究者推出ScreenAI,一个理解用户界面的视觉语言模型。",
            "ScreenAI只有50亿参数。",
            "这期节目就到这里,拜拜。");
    private final EntrySplitter splitter = new EntrySplitter(List.of());

    @Test
    void mergingTheIntroWithAnItemMakesAnItemThatKeepsTheItemsContent() {
        List<Entry> rundown = splitter.suggest(1, transcript);
        List<Entry> merged = EntryEdits.mergeWithNext(rundown, 0, transcript);
        Entry item = merged.get(0);
        assertThat(item.kind()).isEqualTo(EntryKind.ITEM);
        assertThat(item.title()).isEqualTo(rundown.get(1).title()).startsWith("MGIE：");
        assertThat(item.summary()).as("the greeting is no news").isEqualTo(rundown.get(1).summary());
        assertThat(item.firstCueId()).isEqualTo(1);
        assertThat(item.startMs()).isEqualTo(0L);
    }

    @Test
    void mergingTwoItemsKeepsBothEntriesContentAndJoinsWhatTheHostTypedInBoth() {
        List<Entry> rundown = new ArrayList<>(splitter.suggest(1, transcript));
        Entry a = typed(rundown.get(1), "MGIE：一句话修图", "苹果的一句话修图模型。", "check the demo")
                .withLinks(List.of(new Link(LinkKind.PAPER, "https://arxiv.org/abs/2309.17102")));
        Entry b = typed(rundown.get(2), "ScreenAI：看懂界面", "谷歌的界面理解模型。", "ask Li")
                .withLinks(List.of(new Link(LinkKind.PAPER, "https://arxiv.org/abs/2309.17102"),
                        new Link(LinkKind.CODE, "https://github.com/google/screenai")));
        rundown.set(1, a);
        rundown.set(2, b);
        Entry merged = EntryEdits.mergeWithNext(rundown, 1, transcript).get(1);
        assertThat(merged.title()).isEqualTo("MGIE：一句话修图 / ScreenAI：看懂界面");
        assertThat(merged.summary()).isEqualTo("苹果的一句话修图模型。谷歌的界面理解模型。");
        assertThat(merged.notes()).isEqualTo("check the demo\nask Li");
        assertThat(merged.organizations()).containsExactly("苹果", "谷歌");
        assertThat(merged.links()).extracting(Link::url)
                .containsExactly("https://arxiv.org/abs/2309.17102", "https://github.com/google/screenai");
        assertThat(merged.edited()).contains(EntryField.TITLE, EntryField.SUMMARY, EntryField.NOTES);
        assertThat(merged.status()).isEqualTo(EntryStatus.DRAFT);
    }

    @Test
    void aTypedTitleWinsOverADerivedOneInAMerge() {
        List<Entry> rundown = new ArrayList<>(splitter.suggest(1, transcript));
        rundown.set(2, typed(rundown.get(2), "ScreenAI：看懂界面", "", ""));
        Entry merged = EntryEdits.mergeWithNext(rundown, 1, transcript).get(1);
        assertThat(merged.title()).isEqualTo("ScreenAI：看懂界面");
        assertThat(merged.summary()).as("both derived summaries are kept")
                .contains(rundown.get(1).summary()).contains(rundown.get(2).summary());
    }

    @Test
    void splittingKeepsTheFirstPartsTypedFieldsAndDerivesTheRestAgain() {
        Transcript t = Episodes.timed(5_000, "苹果推出图像编辑模型MGIE,可以用一句话修改图片。", "MGIE会先理解用户的指令。",
                "谷歌的研究者推出ScreenAI,一个理解用户界面的视觉语言模型。");
        List<Entry> one = List.of(typed(new EntrySplitter(List.of()).suggest(1, t).get(0).withSpan(1, 3),
                "MGIE：我的标题", "", ""));
        List<Entry> two = EntryEdits.split(one, 0, 3, t, splitter);
        assertThat(two.get(0).title()).isEqualTo("MGIE：我的标题");
        assertThat(two.get(1).title()).startsWith("ScreenAI：");
        assertThat(two.get(1).startMs()).isEqualTo(10_000L);
    }

    @Test
    void movingABoundaryKeepsATypedStartAndDerivesUntouchedFieldsFromTheNewSpan() {
        List<Entry> rundown = new ArrayList<>(splitter.suggest(1, transcript));
        Entry screen = rundown.get(2).withStart(12_345L, false).withEdited(EnumSet.of(EntryField.START));
        rundown.set(2, screen);
        List<Entry> moved = EntryEdits.moveStart(rundown, 2, 3, transcript, splitter);
        assertThat(moved.get(2).startMs()).as("the host typed it").isEqualTo(12_345L);
        assertThat(moved.get(2).firstCueId()).isEqualTo(3);
        assertThat(moved.get(1).lastCueId()).isEqualTo(2);
        assertThat(moved.get(1).title()).as("derived again from what is left").startsWith("MGIE");
    }

    @Test
    void suggestingAgainKeepsTypedFieldsLinksNotesAndStatusAndDerivesTheRest() {
        List<Entry> stored = new ArrayList<>();
        long id = 100;
        for (Entry e : splitter.suggest(1, transcript)) stored.add(e.withId(id++));
        Link link = new Link(LinkKind.CODE, "https://github.com/apple/ml-mgie");
        Entry mgie = stored.get(1);
        stored.set(1, new Entry(mgie.id(), 1, mgie.kind(), mgie.firstCueId(), mgie.lastCueId(), "MGIE：我的标题",
                mgie.organizations(), mgie.category(), "derived, will change", List.of(link), mgie.startMs(),
                EntryStatus.CHECKED, "my note", false, EnumSet.of(EntryField.TITLE, EntryField.LINKS, EntryField.NOTES)));
        Transcript corrected = transcript.replace(transcript.text().indexOf("一句话"), transcript.text().indexOf("一句话") + 3, "一段文字");
        List<Entry> again = EntryEdits.resuggest(stored, splitter.suggest(1, corrected), corrected);
        Entry kept = again.get(1);
        assertThat(kept.id()).isEqualTo(101);
        assertThat(kept.title()).isEqualTo("MGIE：我的标题");
        assertThat(kept.links()).containsExactly(link);
        assertThat(kept.notes()).isEqualTo("my note");
        assertThat(kept.status()).isEqualTo(EntryStatus.CHECKED);
        assertThat(kept.summary()).as("untouched: follows the corrected text").contains("一段文字");
        assertThat(again).extracting(Entry::id).containsExactly(100L, 101L, 102L, 103L);
    }

    @Test
    void anEntryTheHostCutThatSuggestDoesNotCutHandsItsTypedContentOn() {
        List<Entry> stored = new ArrayList<>();
        long id = 100;
        for (Entry e : splitter.suggest(1, transcript)) stored.add(e.withId(id++));
        // the host split "MGIE会先理解用户的指令。" off into its own entry with a typed note
        List<Entry> cut = new ArrayList<>(EntryEdits.split(stored, 1, 3, transcript));
        cut.set(2, cut.get(2).withId(200).withFields("指令理解", List.of(), "", "", List.of(), 5_000L, EntryStatus.DRAFT, "keep me")
                .withEdited(EnumSet.of(EntryField.TITLE, EntryField.NOTES)));
        List<Entry> again = EntryEdits.resuggest(cut, splitter.suggest(1, transcript), transcript);
        assertThat(again).hasSize(4);
        Entry home = again.get(1);
        assertThat(home.title()).contains("指令理解");
        assertThat(home.notes()).isEqualTo("keep me");
    }

    @Test
    void rederivingAfterACorrectionFollowsTheTextButNotTheHostsFields() {
        Transcript heard = Episodes.timed(5_000, "谷歌的研究者推出Screen AI,一个理解用户界面的视觉语言模型。");
        Entry entry = splitter.suggest(1, heard).get(0).withId(7);
        Entry typedSummary = entry.withFields(entry.title(), entry.organizations(), entry.category(), "我的摘要。",
                entry.links(), entry.startMs(), entry.status(), entry.notes()).withEdited(EnumSet.of(EntryField.SUMMARY));
        int at = heard.text().indexOf("Screen AI");
        Transcript corrected = heard.replace(at, at + "Screen AI".length(), "ScreenAI");
        Entry again = splitter.rederive(typedSummary, corrected);
        assertThat(again.title()).startsWith("ScreenAI：");
        assertThat(again.summary()).isEqualTo("我的摘要。");
        assertThat(again.id()).isEqualTo(7);
    }

    private static Entry typed(Entry e, String title, String summary, String notes) {
        EnumSet<EntryField> fields = EnumSet.of(EntryField.TITLE);
        if (!summary.isEmpty()) fields.add(EntryField.SUMMARY);
        if (!notes.isEmpty()) fields.add(EntryField.NOTES);
        return e.withFields(title, e.organizations(), e.category(), summary.isEmpty() ? e.summary() : summary, e.links(),
                e.startMs(), e.status(), notes).withEdited(fields);
    }
}
