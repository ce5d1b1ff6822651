package org.showdesk.draft;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.showdesk.model.Entry;
import org.showdesk.model.Source;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How strongly a news item talks about one of the host's sources: see {@link SourceLinker}. */
final class SourceEvidence {
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Pattern LATIN_RUN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]*(?:\\s[A-Za-z0-9][A-Za-z0-9.\\-]*){0,3}");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}{2,}");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "for", "with", "via", "from", "are",
            "into", "its", "our", "your", "how", "what", "new", "using", "based", "towards", "toward", "through", "can",
            "all", "one", "more", "than", "not", "you", "that", "this", "ai", "llm", "llms", "model", "models",
            "language", "large", "learning", "https", "http", "www", "com");
    /** "超过了Claude 3.5 Sonnet", "基于Llama 2": a name the item compares with or builds on, not its work. */
    private static final Pattern MENTIONED = Pattern.compile(
            "(?:超过了?|优于|比|接近|媲美|击败|胜过|不如|对标|追平|相当于|打败|基于|类似|借助|利用|和|与|跟)\\s*$");
    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();
    private static final double SOUND_MIN = 0.84;

    private SourceEvidence() {
    }

    /** The evidence that {@code item} is about {@code source}'s work, as a match with its score. */
    static SourceLinker.Match score(Source source, ItemText item) {
        double best = 0;
        SourceLinker.Reason reason = SourceLinker.Reason.WORDS;
        String name = "", heard = "";
        int mentions = 0;
        for (NameSpotter.Spot spot : item.spots()) {
            if (!source.names().contains(spot.name())) continue;
            mentions++;
            double weight = item.inLeadObject(spot) ? 6 : item.inLead(spot) ? 4 : 1.5;
            weight *= spot.confidence() >= 0.9 ? 1 : 0.5 + 0.5 * spot.confidence();
            if (OrganizationFinder.isKnownName(spot.name()) || isMaker(source, spot.name())) weight *= 0.4;
            if (onlyMentioned(item.text(), spot)) weight *= 0.3;
            if (weight > best) {
                best = weight;
                name = spot.name();
                heard = spot.heard();
                reason = spot.confidence() >= 0.9 ? SourceLinker.Reason.NAME : SourceLinker.Reason.HEARD;
            }
        }
        best += Math.min(1.5, 0.5 * Math.max(0, mentions - 1));
        String titled = titleName(item.entry());
        for (String n : source.names()) {
            if (!titled.isEmpty() && normalized(n).equals(normalized(titled)) && best < 6) {
                best = 6; // the entry is titled with the name: as strong as naming it where the work is named
                if (!name.equals(n)) {
                    name = n;
                    heard = titled;
                    reason = SourceLinker.Reason.NAME;
                }
            }
        }
        if (best < 3) {
            SoundMatch sound = sound(source, item.lead());
            if (sound != null && sound.score() > best) {
                best = sound.score();
                name = sound.name();
                heard = sound.heard();
                reason = SourceLinker.Reason.SOUND;
            }
        }
        double words = words(source, item);
        if (best == 0) reason = SourceLinker.Reason.WORDS;
        return new SourceLinker.Match(source, item.index(), reason, name, heard, best + words);
    }

    static boolean onlyMentioned(String text, NameSpotter.Spot spot) {
        return MENTIONED.matcher(text.substring(Math.max(0, spot.start() - 6), spot.start())).find();
    }

    /** How alike two names sound when written in Latin letters (0..1). */
    static double similarity(String a, String b) {
        return SIMILARITY.apply(normalized(a), normalized(b));
    }

    /** "同花顺" in "同花顺 HithinkGPT 问财": the first of several names of a line is usually who made the work. */
    private static boolean isMaker(Source source, String name) {
        return source.names().size() > 1 && source.names().get(0).equals(name) && !name.matches(".*[A-Za-z].*");
    }

    private record SoundMatch(String name, String heard, double score) {
    }

    /** A Latin name heard differently enough that no spotter caught it: "HyperBotran" for Hyper-VolTran. */
    private static SoundMatch sound(Source source, String lead) {
        SoundMatch best = null;
        for (String name : source.names()) {
            String key = normalized(name);
            if (key.length() < 4 || !key.matches("[a-z0-9]+")) continue;
            Matcher run = LATIN_RUN.matcher(lead);
            while (run.find()) {
                String heard = run.group().strip();
                String h = normalized(heard);
                if (h.length() < 3) continue;
                double sim = SIMILARITY.apply(key, h);
                if (sim >= SOUND_MIN && (best == null || 4 * sim > best.score())) best = new SoundMatch(name, heard, 4 * sim);
            }
        }
        return best;
    }

    /**
     * The words the source's title shares with the item, each weighted by how rare it is among the episode's
     * items: "Anthropic" said in one item only says more than "Diffusion" said in five.
     */
    private static double words(Source source, ItemText item) {
        double score = 0;
        Set<String> seen = new HashSet<>();
        // the names are weighed by where they are said; their words do not count twice
        for (String name : source.names()) {
            Matcher w = LATIN_WORD.matcher(name);
            while (w.find()) seen.add(w.group().toLowerCase(Locale.ROOT));
        }
        Matcher latin = LATIN_WORD.matcher(source.title());
        while (latin.find()) {
            String w = latin.group();
            String key = w.toLowerCase(Locale.ROOT);
            if (key.length() < 3 || FUNCTION_WORDS.contains(key) || !seen.add(key)) continue;
            int df = item.itemsSaying(key);
            if (df == 0 || !item.says(key)) continue;
            boolean distinctive = Character.isUpperCase(w.charAt(0)) && !SourceNames.isCommonWord(w);
            score += (distinctive ? 3.0 : 1.0) / df;
        }
        Matcher han = HAN.matcher(source.title());
        while (han.find()) {
            String run = han.group();
            for (int i = 0; i + 2 <= run.length(); i++) {
                String bigram = run.substring(i, i + 2);
                if (!seen.add(bigram)) continue;
                int df = item.itemsSaying(bigram);
                if (df > 0 && item.says(bigram)) score += 0.6 / df;
            }
        }
        return Math.min(4, score);
    }

    /** The name part of a title "Name：what it is", or the whole title. */
    static String titleName(Entry e) {
        return EntryTitles.nameOf(e.title());
    }

    static String normalized(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-_.·]", "");
    }
}
