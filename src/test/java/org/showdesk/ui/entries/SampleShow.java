package org.showdesk.ui.entries;

import org.showdesk.app.ShowFiles;
import org.showdesk.app.OpenShow;
import org.showdesk.model.Cue;
import org.showdesk.model.Entry;
import org.showdesk.model.EntryKind;
import org.showdesk.model.EntryStatus;
import org.showdesk.model.Link;
import org.showdesk.model.LinkKind;

import java.nio.file.Path;
import java.util.List;

/** A small show written for the UI tests: one timed episode in the shape of a weekly AI roundup, with its rundown. */
public final class SampleShow {
    public final OpenShow show;
    public final long episodeId;
    public final List<Cue> cues;

    private SampleShow(OpenShow show, long episodeId, List<Cue> cues) {
        this.show = show;
        this.episodeId = episodeId;
        this.cues = cues;
    }

    /** A new show in a fresh folder under {@code dir} (the path has a space and Chinese, as a host's might). */
    public static SampleShow create(Path dir) {
        Path folder;
        try {
            folder = java.nio.file.Files.createTempDirectory(dir, "show ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        OpenShow show = OpenShow.create(folder.resolve("周报 test.showdesk"), "AI周报");
        long ep = ShowFiles.episodes(show).insert("第1期", "ep1.srt", "srt", "UTF-8", List.of(
                Cue.of(0L, 6000L, "大家好，这里是AI周报，本期我们来看几项新的研究。\n"),
                Cue.of(6000L, 14000L, "来自谷歌和麻省理工的研究者推出SynCLR，只用合成的图像和文字来学习视觉表示。\n"),
                Cue.of(14000L, 21000L, "它在多个分类任务上超过了用真实图片训练的模型。\n"),
                Cue.of(21000L, 29000L, "阿里巴巴发布RichDreamer，可以从一句话生成带材质的三维模型。\n"),
                Cue.of(29000L, 36000L, "生成的物体可以直接放进游戏引擎里使用。\n"),
                Cue.of(36000L, 45000L, "上海交通大学的研究者推出MathPile，一个大约95亿token的数学语料。\n"),
                Cue.of(45000L, 50000L, "好了，本期节目就到这里，感谢收看，我们下期再见。\n")));
        List<Cue> cues = ShowFiles.episodes(show).transcript(ep).cues();
        ShowFiles.entries(show).replaceAll(ep, List.of(
                entry(ep, EntryKind.INTRO, cues.get(0), cues.get(0), "开场", List.of(), "大家好，这里是AI周报。", List.of()),
                entry(ep, EntryKind.ITEM, cues.get(1), cues.get(2), "SynCLR", List.of("Google", "MIT"),
                        "只用合成图像和文字学习视觉表示。", List.of(new Link(LinkKind.PAPER, "https://arxiv.org/abs/2312.17742"))),
                entry(ep, EntryKind.ITEM, cues.get(3), cues.get(4), "RichDreamer", List.of("阿里巴巴"),
                        "从一句话生成带材质的三维模型。", List.of()),
                entry(ep, EntryKind.ITEM, cues.get(5), cues.get(5), "MathPile", List.of("上海交通大学"),
                        "约95亿token的数学语料。", List.of()),
                entry(ep, EntryKind.OUTRO, cues.get(6), cues.get(6), "结尾", List.of(), "感谢收看，下期再见。", List.of())));
        return new SampleShow(show, ep, cues);
    }

    private static Entry entry(long ep, EntryKind kind, Cue first, Cue last, String title, List<String> orgs,
                               String summary, List<Link> links) {
        return new Entry(0, ep, kind, first.id(), last.id(), title, orgs, "", summary, links, first.startMs(),
                EntryStatus.DRAFT, "");
    }

    /** The episode as the window opens it. */
    public org.showdesk.app.OpenEpisode openEpisode() {
        return new org.showdesk.app.Episodes(show).open(episodeId);
    }

    /** The rundown's view model over {@code show}, on the calling thread, showing the sample episode. */
    public static EntriesViewModel viewModel(OpenShow show, long episodeId, org.showdesk.ui.common.UndoHistory history) {
        EntriesViewModel vm = new EntriesViewModel(new org.showdesk.app.Rundown(show),
                org.showdesk.app.TaskExecutor.sameThread(), Runnable::run, history, show.isReadOnly());
        vm.show(new org.showdesk.app.Episodes(show).open(episodeId));
        return vm;
    }

    public EntriesViewModel viewModel(org.showdesk.ui.common.UndoHistory history) {
        return viewModel(show, episodeId, history);
    }

    public List<Entry> storedEntries() {
        return ShowFiles.entries(show).list(episodeId);
    }
}
