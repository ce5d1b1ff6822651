package org.showdesk.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.showdesk.glossary.GlossaryFiles;
import org.showdesk.ingest.ImportedTranscript;
import org.showdesk.ingest.TranscriptReader;
import org.showdesk.model.Entry;
import org.showdesk.model.EntryField;
import org.showdesk.model.EntryKind;
import org.showdesk.model.Link;
import org.showdesk.model.LinkKind;
import org.showdesk.model.Transcript;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The show a new user sees first: one episode written for Showdesk (resources/demo) with the kinds of
 * recognition errors real ASR makes, a glossary that catches them, and a few entries already cut.
 */
public final class DemoShow {
    static final String TRANSCRIPT = "/demo/ai-weekly-demo.txt";
    static final String GLOSSARY = "/demo/glossary.txt";
    static final String ENTRIES = "/demo/entries.json";
    public static final String SHOW_NAME = "AI 大模型周报(示例)";
    public static final String EPISODE_TITLE = "第 1 期(示例)";

    private DemoShow() {
    }

    /**
     * Builds the demo show at {@code file}. It is written beside the target and moved into place only
     * when complete, so a crash never leaves half a demo that would then be opened as if whole.
     */
    public static void create(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path partial = dir.resolve(file.getFileName() + ".part");
        Files.deleteIfExists(partial);
        try (OpenShow show = OpenShow.create(partial, SHOW_NAME)) {
            fill(show);
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Adds the demo episode, its entries and the demo glossary to {@code show}; returns the episode id. */
    public static long fill(OpenShow show) throws IOException {
        ImportedTranscript imported = TranscriptReader.read("ai-weekly-demo.txt", resource(TRANSCRIPT),
                StandardCharsets.UTF_8);
        long episodeId = show.episodes().insert(EPISODE_TITLE, "ai-weekly-demo.txt", "txt", "UTF-8",
                imported.cues());
        show.glossary().addAll(GlossaryFiles.read("glossary.txt", new String(resource(GLOSSARY), StandardCharsets.UTF_8),
                GlossaryFiles.Format.TEXT).terms());
        show.entries().replaceAll(episodeId, entries(show.episodes().transcript(episodeId)));
        return episodeId;
    }

    /** Entries are placed by the words they start with, so editing the demo text never breaks them. */
    static List<Entry> entries(Transcript transcript) throws IOException {
        JsonNode list = new ObjectMapper().readTree(resource(ENTRIES));
        String text = transcript.text();
        List<int[]> spans = new ArrayList<>();
        for (JsonNode e : list) spans.add(new int[]{cueOf(transcript, text, e.path("startsAt").asText()), -1});
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode e = list.get(i);
            int first = spans.get(i)[0];
            int last = e.has("endsBefore") ? cueOf(transcript, text, e.get("endsBefore").asText()) - 1
                    : i + 1 < spans.size() ? spans.get(i + 1)[0] - 1 : transcript.size() - 1;
            List<String> orgs = new ArrayList<>();
            e.path("organizations").forEach(o -> orgs.add(o.asText()));
            List<Link> links = new ArrayList<>();
            e.path("links").forEach(l -> links.add(new Link(LinkKind.parse(l.path("kind").asText()),
                    l.path("url").asText())));
            // The demo's entries were written by a person, as a host would: importing sources or suggesting the
            // entries again must keep them, as it keeps what a host typed.
            java.util.Set<EntryField> typed = java.util.EnumSet.noneOf(EntryField.class);
            if (!e.path("title").asText().isBlank()) typed.add(EntryField.TITLE);
            if (!orgs.isEmpty()) typed.add(EntryField.ORGANIZATIONS);
            if (!e.path("category").asText().isBlank()) typed.add(EntryField.CATEGORY);
            if (!e.path("summary").asText().isBlank()) typed.add(EntryField.SUMMARY);
            if (!links.isEmpty()) typed.add(EntryField.LINKS);
            out.add(new Entry(0, 0, EntryKind.parse(e.path("kind").asText()), transcript.cues().get(first).id(),
                    transcript.cues().get(Math.max(first, last)).id(), e.path("title").asText(), orgs,
                    e.path("category").asText(), e.path("summary").asText(), links, null, null, "", false, typed));
        }
        return out;
    }

    private static int cueOf(Transcript transcript, String text, String marker) {
        int at = text.indexOf(marker);
        if (at < 0) throw new IllegalStateException("demo entry marker not in the demo text: " + marker);
        return transcript.cueIndexAt(at);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DemoShow.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException("the demo file " + name + " is missing from this build");
            return in.readAllBytes();
        }
    }
}
