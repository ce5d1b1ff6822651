package org.showdesk.draft;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.showdesk.model.Correction;
import org.showdesk.model.Cue;
import org.showdesk.model.Entry;
import org.showdesk.model.EpisodeContent;
import org.showdesk.model.Link;

import java.time.Instant;
import java.util.List;

/**
 * The whole episode as JSON for scripts and archives. The shape is versioned ("format":
 * "showdesk-episode", "version": 1) and fields are written in a fixed order, so the same episode always
 * gives the same bytes and diffs stay readable. Names are snake_case.
 */
public final class EpisodeJson {
    public static final String FORMAT = "showdesk-episode";
    public static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EpisodeJson() {
    }

    public static String write(EpisodeContent content, String showName) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("show", showName == null ? "" : showName);
        ObjectNode ep = root.putObject("episode");
        ep.put("id", content.episode().id());
        ep.put("title", content.episode().title());
        ep.put("source", content.episode().sourceName());
        ep.put("source_format", content.episode().sourceFormat());
        ep.put("imported_at", instant(content.episode().importedAt()));
        ArrayNode tags = ep.putArray("tags");
        content.episode().tags().forEach(tags::add);
        if (content.episode().media() == null) {
            ep.putNull("media");
        } else {
            ep.putObject("media").put("path", content.episode().media().path())
                    .put("duration_ms", content.episode().media().durationMs());
        }
        // Cue and entry times are the recording's; subtitles and chapters add this offset.
        ep.put("time_offset_ms", content.episode().timeOffsetMs());
        // True when the cue times were estimated from an untimed transcript, not read from a timed one.
        ep.put("times_estimated", content.episode().timesEstimated());
        ArrayNode cues = root.putArray("cues");
        for (Cue c : content.transcript().cues()) {
            ObjectNode n = cues.addObject();
            n.put("id", c.id());
            n.put("start_ms", c.startMs());
            n.put("end_ms", c.endMs());
            n.put("raw", c.rawText());
            n.put("text", c.text());
        }
        writeEntries(root.putArray("entries"), content.entries());
        ArrayNode corrections = root.putArray("corrections");
        for (Correction c : content.corrections()) {
            ObjectNode n = corrections.addObject();
            n.put("id", c.id());
            n.put("cue_id", c.cueId());
            n.put("offset_in_cue", c.offsetInCue());
            n.put("before", c.before());
            n.put("after", c.after());
            n.put("rule", c.rule());
            n.put("term", c.term());
            n.put("confidence", Math.round(c.confidence() * 1000) / 1000.0); // 0.848, not 0.8480000000000002
            n.put("applied_at", instant(c.appliedAt()));
            n.put("undone_at", instant(c.undoneAt()));
        }
        return text(root);
    }

    /** The entries alone, as a JSON array with the same fields as in {@link #write} (for `entries --json`). */
    public static String entries(List<Entry> entries) {
        ArrayNode array = MAPPER.createArrayNode();
        writeEntries(array, entries);
        return text(array);
    }

    private static void writeEntries(ArrayNode array, List<Entry> entries) {
        for (Entry e : entries) {
            ObjectNode n = array.addObject();
            n.put("id", e.id());
            n.put("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT));
            n.put("first_cue_id", e.firstCueId());
            n.put("last_cue_id", e.lastCueId());
            n.put("title", e.title());
            ArrayNode orgs = n.putArray("organizations");
            e.organizations().forEach(orgs::add);
            n.put("category", e.category());
            n.put("summary", e.summary());
            ArrayNode links = n.putArray("links");
            for (Link l : e.links()) {
                links.addObject().put("kind", l.kind().label()).put("url", l.url()).put("title", l.title());
            }
            n.put("start_ms", e.startMs());
            n.put("start_estimated", e.startEstimated());
            n.put("status", e.status().name().toLowerCase(java.util.Locale.ROOT));
            n.put("notes", e.notes());
        }
    }

    private static String text(com.fasterxml.jackson.databind.JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serializes", e);
        }
    }

    private static String instant(Instant i) {
        return i == null ? null : i.toString();
    }
}
