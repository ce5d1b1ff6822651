package org.showdesk.draft;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a work goes by, read from the title a host gave it in the list of sources: the name before a
 * paper's subtitle ("SynCLR: Learning Vision…"), a name in brackets ("…Rank Reduction (LASER)", "《…白皮书》"),
 * or the names of a short line, which may be several ("同花顺 HithinkGPT 问财", "Ola Krutrim"). The first name is
 * the work's own; the others are its maker, product names or other spellings.
 */
final class SourceNames {
    private static final Set<String> COMMON = loadCommonWords();
    /** Acronyms every AI title uses: never a work's name on their own. */
    private static final Set<String> GENERIC = Set.of("AI", "AIGC", "LLM", "LLMS", "MLLM", "MLLMS", "LM", "LMS",
            "VLM", "VLMS", "SSM", "SSMS", "GPU", "GPUS", "CPU", "API", "APP", "NLP", "CV", "RL", "ML", "MOE", "GPT");
    /** "Name: what it is", "Name — what it is": the dash only with spaces, as "GPT-4" has one inside. */
    private static final Pattern HEAD = Pattern.compile("^([^:：—–]{2,40}?)(?:\\s*[:：]|\\s+[—–-]{1,2})\\s*(.{4,})$");
    /** "Q&A-Net <v2>": a note in angle brackets beside the name, not part of it. */
    private static final Pattern ANGLE_NOTE = Pattern.compile("<[^<>]{0,40}>");
    private static final Pattern BRACKETED = Pattern.compile("[(（]([^()（）]{2,40})[)）]");
    private static final Pattern QUOTED = Pattern.compile("《([^》]{2,40})》|「([^」]{2,40})」|“([^”]{2,40})”");
    /** "AT&T", "Q&A-Net": an ampersand between letters is part of the word; "Google & MIT" joins two names. */
    private static final Pattern LATIN_TOKEN = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9.\\-+'_]|&(?=[A-Za-z0-9]))*");
    /** Small words that join a product's name into one ("Chat with RTX", "Mixture of Experts"). */
    private static final Set<String> NAME_JOINERS = Set.of("of", "with", "for", "and", "on", "in", "the", "via");
    /**
     * Words that make a head a sentence, a paper's catchphrase ("Leave No Context Behind", "Attention Is All You
     * Need"), rather than a product's name: pronouns, auxiliaries, negations and quantifiers.
     */
    private static final Set<String> SENTENCE_WORDS = Set.of("no", "not", "is", "are", "was", "be", "do", "does",
            "can", "will", "should", "need", "needs", "all", "you", "your", "we", "our", "it", "its", "they", "this",
            "that", "what", "how", "why", "when", "who", "more", "less", "than", "behind", "beyond", "just", "only",
            "let's", "don't", "to", "a", "an", "my", "me", "i", "any", "every", "where", "at", "from", "into", "by");
    /** "Gen-3 Alpha", "Claude 3.5 Sonnet", "Nemotron-4 340B": words that go with the name before them. */
    private static final Pattern EDITION = Pattern.compile(
            "(?i)v?\\d+(?:\\.\\d+)*[a-z]?|\\d+(?:\\.\\d+)?[kmbt]|\\d+x\\d+[kmbt]|alpha|beta|pro|max|mini|ultra|turbo|"
                    + "large|medium|small|lite|plus|flash|nano|sonnet|opus|haiku|preview|instruct|chat|base|vision|"
                    + "edge|air|next|o");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}·]+[A-Za-z0-9.\\-]*");
    private static final Set<String> ORG_SUFFIX = Set.of("Inc.", "Inc", "Ltd", "Ltd.", "Labs", "Lab", "Research",
            "Corp", "Corp.", "GmbH");
    private static final int SHORT_TITLE_TOKENS = 5;
    /** Words of a title that announce a release rather than name it. */
    private static final Pattern STAGE = Pattern.compile("(?i)release|launch|announcement|update|beta|introducing");

    private SourceNames() {
    }

    /** The names in {@code title}, the work's own first; empty when the title names nothing (a plain sentence). */
    static List<String> of(String title) {
        Set<String> names = new LinkedHashSet<>();
        String t = ANGLE_NOTE.matcher(title).replaceAll(" ").strip();
        List<String> quotedNames = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(t);
        while (quoted.find()) {
            for (int g = 1; g <= 3; g++) if (quoted.group(g) != null) quotedNames.add(quoted.group(g).strip());
        }
        String rest = QUOTED.matcher(t).replaceAll(" ");
        Matcher head = HEAD.matcher(rest);
        boolean named = false;
        // "Leave No Context Behind: …" is a catchphrase; a head names the work when it holds a coined word or
        // reads as a product's name ("Chat with RTX: …", "Stable Video Diffusion: …")
        if (head.matches() && (readsAsName(head.group(1)) && holdsCoinedWord(head.group(1))
                || readsAsProductName(head.group(1)))) {
            names.addAll(shortLine(head.group(1)));
            rest = head.group(2);
            named = true;
        }
        Matcher bracketed = BRACKETED.matcher(rest);
        while (bracketed.find()) {
            // "Learning to Reason with LLMs (OpenAI o1)": the bracket names the work, the sentence describes it
            if (readsAsName(bracketed.group(1))) {
                names.addAll(shortLine(bracketed.group(1)));
                named = true;
            }
        }
        names.addAll(quotedNames);
        rest = BRACKETED.matcher(rest).replaceAll(" ").strip();
        if (!named) {
            if (tokens(rest).size() <= SHORT_TITLE_TOKENS && readsAsName(rest)) names.addAll(shortLine(rest));
            else if (quotedNames.isEmpty()) names.addAll(coinedWords(rest));
        }
        names.removeIf(n -> n.length() < 2 || GENERIC.contains(n.toUpperCase(Locale.ROOT)) || n.matches("[\\d.\\s]+"));
        return List.copyOf(names);
    }

    /** True for a word that describes rather than names ("Tuning", "Machine", "Large"). */
    static boolean isCommonWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (COMMON.contains(w)) return true;
        if (w.length() > 4 && w.endsWith("s") && COMMON.contains(w.substring(0, w.length() - 1))) return true;
        // "Superintelligence", "Realtime": two ordinary words written as one
        for (int cut = 3; cut <= w.length() - 3; cut++) {
            if (COMMON.contains(w.substring(0, cut)) && COMMON.contains(w.substring(cut))) return true;
        }
        return false;
    }

    /**
     * The names of a line that is only names: groups of words separated where the script changes or a coined
     * word stands alone. "同花顺 HithinkGPT 问财" → 同花顺, HithinkGPT, 问财; "Luma Dream Machine" → the whole,
     * and Luma; "Runway Gen-3 Alpha" → the whole, Gen-3 Alpha.
     */
    private static List<String> shortLine(String line) {
        Set<String> out = new LinkedHashSet<>();
        List<String> run = new ArrayList<>();
        for (String token : tokens(line)) {
            if (CJK.matcher(token).matches()) {
                flush(run, out);
                out.add(token);
            } else {
                run.add(token);
            }
        }
        flush(run, out);
        return new ArrayList<>(out);
    }

    /** A run of Latin words: the whole run is a name; so is a maker's name split off it, and each coined word. */
    private static void flush(List<String> run, Set<String> out) {
        if (run.isEmpty()) return;
        List<String> words = new ArrayList<>(run);
        run.clear();
        if (words.size() > 1 && words.get(0).equalsIgnoreCase("the")) words.remove(0);
        // "Black Forest Labs FLUX.1": the maker's name ends at its suffix, the work follows
        for (int i = 1; i < words.size() - 1; i++) {
            if (ORG_SUFFIX.contains(words.get(i))) {
                out.add(String.join(" ", words.subList(0, i + 1)));
                words = new ArrayList<>(words.subList(i + 1, words.size()));
                break;
            }
        }
        while (words.size() > 1 && STAGE.matcher(words.get(words.size() - 1)).matches()) {
            words.remove(words.size() - 1); // "Grok-2 Beta Release" is Grok-2
        }
        while (words.size() > 1 && ORG_SUFFIX.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1); // "Safe Superintelligence Inc." goes by "Safe Superintelligence"
        }
        String whole = String.join(" ", words);
        out.add(whole);
        // "Chat with RTX", "Mixture of Experts": a joined name is one name; RTX alone is another product
        if (words.stream().anyMatch(NAME_JOINERS::contains)) return;
        // "Meta Llama 3", "Google Project Astra": a known maker before the work; "Apple Intelligence" keeps its maker
        if (words.size() > 1 && OrganizationFinder.isKnownName(words.get(0))) {
            List<String> work = words.subList(1, words.size());
            out.add(words.get(0));
            if (work.size() > 1 || !isCommonWord(work.get(0))) out.add(String.join(" ", work));
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean editionFollows = i + 1 < words.size() && EDITION.matcher(words.get(i + 1)).matches();
            if (isBrandLike(w)) {
                // A coined name takes its edition words along: "Gen-3 Alpha", "Nemotron-4 340B".
                int j = i + 1;
                while (j < words.size() && EDITION.matcher(words.get(j)).matches()) j++;
                String part = String.join(" ", words.subList(i, j));
                if (!part.equals(whole)) out.add(part);
                i = j - 1;
            } else if (words.size() > 1 && !editionFollows && !isCommonWord(w) && Character.isUpperCase(w.charAt(0))
                    && w.length() >= 3) {
                out.add(w); // "Ola Krutrim": each coined word is a name of its own; "Orca 2" is not "Orca"
            }
        }
    }

    /** Coined words of a descriptive title: "HithinkGPT", "Qwen-72B", "KwaiAgents" — not "Learning" or "LLMs". */
    private static List<String> coinedWords(String sentence) {
        List<String> out = new ArrayList<>();
        for (String token : tokens(sentence)) {
            if (!CJK.matcher(token).matches() && isBrandLike(token)) out.add(token);
        }
        return out;
    }

    /** Mixed case inside the word, digits with letters, or capitals only: "SynCLR", "M2UGen", "FLUX.1", "KAN". */
    private static boolean isBrandLike(String word) {
        String w = word.replaceAll("[.'+_]", "");
        if (w.replace("-", "").length() < 2 || GENERIC.contains(w.toUpperCase(Locale.ROOT))) return false;
        boolean letters = w.chars().anyMatch(Character::isLetter);
        boolean digits = w.chars().anyMatch(Character::isDigit);
        if (!letters) return false;
        if (digits) return !EDITION.matcher(word).matches();
        // "Layer-Selective", "Real-Time" are ordinary compounds; "Hyper-VolTran" holds a coined part
        for (String part : w.split("-")) {
            if (part.length() < 2 || GENERIC.contains(part.toUpperCase(Locale.ROOT))) continue;
            boolean innerUpper = part.substring(1).chars().anyMatch(Character::isUpperCase);
            boolean innerLower = part.substring(1).chars().anyMatch(Character::isLowerCase);
            if (innerUpper && (innerLower || Character.isUpperCase(part.charAt(0)))) return true;
        }
        return false;
    }

    private static boolean holdsCoinedWord(String phrase) {
        for (String token : tokens(phrase)) {
            if (CJK.matcher(token).matches() || isBrandLike(token) || !isCommonWord(token)) return true;
        }
        return false;
    }

    /**
     * A product's name of several words before a title's colon: capitalised words, maybe joined by "of",
     * "with" ("Chat with RTX", "Mixture of Experts", "Dual Pivot Tuning"), not a sentence ("Leave No Context
     * Behind") and not starting with a verb's -ing form ("Scaling Laws for …").
     */
    private static boolean readsAsProductName(String phrase) {
        List<String> tokens = tokens(phrase);
        if (tokens.size() < 2 || tokens.size() > SHORT_TITLE_TOKENS) return false;
        String first = tokens.get(0), last = tokens.get(tokens.size() - 1);
        if (!startsUpper(first) || !startsUpper(last)) return false;
        if (first.toLowerCase(Locale.ROOT).endsWith("ing") && isCommonWord(first)) return false;
        for (String token : tokens) {
            String lower = token.toLowerCase(Locale.ROOT);
            if (SENTENCE_WORDS.contains(lower)) return false;
            if (!startsUpper(token) && !NAME_JOINERS.contains(token) && !isBrandLike(token)) return false;
        }
        return true;
    }

    private static boolean startsUpper(String token) {
        return Character.isUpperCase(token.charAt(0)) || Character.isDigit(token.charAt(0));
    }

    /** A phrase made of names: no lowercase connecting words ("are", "of", "with") and not too long. */
    private static boolean readsAsName(String phrase) {
        List<String> tokens = tokens(phrase);
        if (tokens.isEmpty() || tokens.size() > SHORT_TITLE_TOKENS) return false;
        for (String token : tokens) {
            char first = token.charAt(0);
            if (Character.isLowerCase(first) && !isBrandLike(token) && !EDITION.matcher(token).matches()) return false;
        }
        return true;
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.strip().split("[\\s,，、/|]+")) {
            if (part.isEmpty()) continue;
            // "钉钉IDC" and "Qwen2大模型" hold two tokens of different scripts
            Matcher latin = LATIN_TOKEN.matcher(part);
            int at = 0;
            while (latin.find()) {
                if (latin.start() > at) addCjk(part.substring(at, latin.start()), out);
                out.add(latin.group().replaceAll("[.,;:]+$", "").isEmpty() ? latin.group() : trimDots(latin.group()));
                at = latin.end();
            }
            if (at < part.length()) addCjk(part.substring(at), out);
        }
        return out;
    }

    private static String trimDots(String token) {
        // "Inc." keeps its dot for the suffix check; "FLUX.1" keeps its inner one.
        return token.endsWith(".") && !ORG_SUFFIX.contains(token) ? token.substring(0, token.length() - 1) : token;
    }

    private static void addCjk(String text, List<String> out) {
        String t = text.replaceAll("[^\\p{IsHan}·]", "");
        if (!t.isEmpty()) out.add(t);
    }

    private static Set<String> loadCommonWords() {
        Set<String> words = new HashSet<>();
        try (InputStream in = SourceNames.class.getResourceAsStream("english-title-words.txt")) {
            if (in == null) throw new IllegalStateException("english-title-words.txt is missing from the build");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#")) continue;
                for (String w : line.strip().split("\\s+")) if (!w.isEmpty()) words.add(w.toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
