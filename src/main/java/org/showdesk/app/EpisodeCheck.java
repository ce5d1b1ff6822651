package org.showdesk.app;

import org.showdesk.correct.ChineseDictionary;
import org.showdesk.correct.CorrectionEngine;
import org.showdesk.correct.HanLpDictionary;
import org.showdesk.model.Correction;
import org.showdesk.model.Decision;
import org.showdesk.model.Finding;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.Rule;
import org.showdesk.store.TextEdits;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The correction workflow of one show: scan an episode against the show's glossary and rules,
 * leave out what the host already decided, and turn the host's verdicts into recorded changes and
 * remembered decisions. The engine index is rebuilt only when the glossary or rules change.
 */
public final class EpisodeCheck {
    /** HanLP's dictionary, loaded once per process on a daemon thread when first asked for. */
    private static final CompletableFuture<ChineseDictionary> HANLP = new CompletableFuture<>();
    private static volatile boolean loadStarted;

    private final OpenShow show;
    private List<GlossaryTerm> indexedTerms;
    private List<Rule> indexedRules;
    private CorrectionEngine engine;

    public EpisodeCheck(OpenShow show) {
        this.show = show;
    }

    /** The engine for the show's current glossary and rules (cached while they stay the same). */
    public synchronized CorrectionEngine engine() {
        List<GlossaryTerm> terms = show.glossary().list();
        List<Rule> rules = show.settings().rules();
        ChineseDictionary words = chineseWords();
        if (engine == null || !terms.equals(indexedTerms) || !rules.equals(indexedRules)) {
            engine = CorrectionEngine.build(terms, rules, words);
            indexedTerms = terms;
            indexedRules = rules;
        }
        engine = engine.withWords(words);
        return engine;
    }

    /** Starts loading HanLP on a daemon thread (once per process); returns at once. */
    public static void loadChineseWordsInBackground() {
        if (loadStarted) return;
        synchronized (HANLP) {
            if (loadStarted) return;
            loadStarted = true;
            Thread loader = new Thread(() -> {
                try {
                    HANLP.complete(HanLpDictionary.load());
                } catch (IllegalStateException e) {
                    HANLP.completeExceptionally(e); // scans keep working on character boundaries
                }
            }, "hanlp-load");
            loader.setDaemon(true);
            loader.start();
        }
    }

    /** The dictionary scans use now: HanLP's once loaded, character boundaries until then (or if it failed). */
    public static ChineseDictionary chineseWords() {
        ChineseDictionary loaded = HANLP.getNow(null);
        return loaded != null && !HANLP.isCompletedExceptionally() ? loaded : ChineseDictionary.characterBoundaries();
    }

    /**
     * Waits (up to 15 s) until the Chinese word segmenter has loaded; before that, scans use
     * character boundaries and give Chinese homophones less confidence. For batch commands; the window
     * rescans with {@link #whenChineseWordsReady} instead of waiting.
     */
    public static boolean awaitChineseWords() {
        loadChineseWordsInBackground();
        try {
            HANLP.get(15_000, TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** HanLP's dictionary, waiting for it to load (see {@link #awaitChineseWords}); character boundaries if it fails. */
    public static ChineseDictionary loadedChineseWords() {
        awaitChineseWords();
        return chineseWords();
    }

    /** True once the Chinese word segmenter has loaded (scans then use word boundaries). */
    public static boolean chineseWordsReady() {
        return chineseWords().knowsWords();
    }

    /**
     * Runs {@code action} (on the loading thread) once the segmenter is loaded, or at once if it is;
     * never if loading failed.
     */
    public static void whenChineseWordsReady(Runnable action) {
        loadChineseWordsInBackground();
        HANLP.thenRun(action);
    }

    /** Findings in the episode's current text that the host has not already rejected or called correct. */
    public List<Finding> findings(long episodeId) {
        return findings(episodeId, show.episodes().transcript(episodeId).text());
    }

    /** Findings in {@code text} (the episode's text as the editor has it now). */
    public List<Finding> findings(long episodeId, String text) {
        return withoutDecided(engine().scan(text), show.decisions().forEpisode(episodeId));
    }

    static List<Finding> withoutDecided(List<Finding> findings, List<Decision> decisions) {
        Set<String> rejected = new HashSet<>();
        Set<String> correct = new HashSet<>();
        for (Decision d : decisions) {
            if (d.verdict() == Decision.Verdict.CORRECT) correct.add(d.found());
            else rejected.add(d.found() + "\u0000" + d.suggestion());
        }
        return findings.stream()
                .filter(f -> !correct.contains(f.found()))
                .filter(f -> f.suggestions().stream().noneMatch(s -> rejected.contains(f.found() + "\u0000" + s)))
                .toList();
    }

    /** Applies findings with their best suggestion and learns the heard forms of glossary terms. */
    public List<Correction> accept(long episodeId, List<Finding> accepted) {
        return show.edits().apply(episodeId, accepted.stream().map(f -> changeFor(f, f.suggestion())).toList(), true);
    }

    /** Applies one finding with the replacement the host picked among its suggestions. */
    public List<Correction> accept(long episodeId, Finding finding, String replacement) {
        return show.edits().apply(episodeId, List.of(changeFor(finding, replacement)), true);
    }

    /**
     * The recorded change for accepting {@code f} as {@code replacement}. For a glossary finding the
     * replacement is the term whose misheard form is learned; a number check or a host's rule teaches
     * the glossary nothing.
     */
    public static TextEdits.Change changeFor(Finding f, String replacement) {
        String term = f.kind().teachesGlossary() ? replacement : "";
        return new TextEdits.Change(f.start(), f.end(), replacement, f.rule(), term, f.confidence());
    }

    /** Every finding of the same term and heard form, for "accept all of this term". */
    public static List<Finding> sameTerm(List<Finding> findings, Finding like) {
        return findings.stream()
                .filter(f -> f.term().equals(like.term()) && f.suggestion().equals(like.suggestion()))
                .toList();
    }

    /** Not a mistake here: not raised again in this episode. */
    public void reject(long episodeId, Finding finding) {
        show.decisions().add(new Decision(0, episodeId, finding.found(), finding.suggestion(), Decision.Verdict.REJECTED));
    }

    /** Right as written: never raised again anywhere in the show. */
    public void markCorrect(Finding finding) {
        show.decisions().add(new Decision(0, 0, finding.found(), finding.suggestion(), Decision.Verdict.CORRECT));
    }

    /** Teaches the glossary that {@code heard} is a misrecognition of the finding's term, without changing the text. */
    public void learnHeardForm(Finding finding) {
        show.glossary().learnVariant(finding.suggestion(), finding.found());
    }
}
