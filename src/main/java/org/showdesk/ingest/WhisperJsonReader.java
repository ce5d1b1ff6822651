package org.showdesk.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.showdesk.model.Cue;
import org.showdesk.model.InputException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Whisper's JSON: an object whose "segments" array holds {@code {"start", "end", "text"}}
 * with times in seconds, or such an array on its own. The file is streamed so each error can name
 * the line of the segment it is in; other fields (words, tokens, language) are ignored.
 */
final class WhisperJsonReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private WhisperJsonReader() {
    }

    static List<Cue> read(String source, String text) {
        try (JsonParser parser = MAPPER.createParser(text)) {
            List<Cue> cues = new ArrayList<>();
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                readSegments(source, parser, cues);
            } else if (first == JsonToken.START_OBJECT) {
                boolean found = false;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (field.equals("segments") && value == JsonToken.START_ARRAY) {
                        readSegments(source, parser, cues);
                        found = true;
                    } else {
                        parser.skipChildren();
                    }
                }
                if (!found) throw notWhisper(source, 0);
            } else {
                throw notWhisper(source, parser.currentTokenLocation().getLineNr());
            }
            if (parser.nextToken() != null) {
                throw new InputException(source, parser.currentTokenLocation().getLineNr(),
                        "there is more after the end of the JSON data. Remove it and import again.");
            }
            if (cues.isEmpty()) {
                throw new InputException(source, 0, "holds no segments with text. Check that you picked the right file.");
            }
            return cues;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new InputException(source, Math.max(line, 0), "is not valid JSON" + (column > 0 ? " at column "
                    + column : "") + " (" + plainProblem(e.getOriginalMessage()) + "). Export the transcript from "
                    + "Whisper again, or fix the file there and import it again.");
        } catch (IOException e) {
            throw new InputException(source, 0, "could not be read as JSON: " + e.getMessage(), e);
        }
    }

    /**
     * The parser's own words without what only a Java programmer reads: character codes, the parser's idea
     * of the source, and the names of its settings.
     */
    static String plainProblem(String original) {
        String m = original == null ? "" : original.lines().findFirst().orElse("");
        m = m.replaceAll("\\s*\\(code -?\\d+\\)", "")
                .replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)", "")
                .replaceAll("\\s*\\[Source:[^\\]]*\\]", "")
                .replaceAll(",?\\s*from `[^`]*`", "")
                .replaceAll("`[^`]*`", "")
                .replaceAll("\\bObject\\b", "object").replaceAll("\\bArray\\b", "array");
        return m.isBlank() ? "the structure is broken" : m.strip();
    }

    private static InputException notWhisper(String source, int line) {
        return new InputException(source, line, "is JSON but not Whisper output: expected {\"segments\": [{\"start\", \"end\", "
                + "\"text\"}, …]} or a list of such segments. Export with Whisper's JSON output and import again.");
    }

    private static void readSegments(String source, JsonParser parser, List<Cue> cues) throws IOException {
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            int line = parser.currentTokenLocation().getLineNr();
            JsonNode segment = MAPPER.readTree(parser);
            index++;
            if (!segment.isObject()) {
                throw new InputException(source, line, "segment " + index + " is not an object with start, end and text.");
            }
            long start = seconds(source, line, index, segment, "start");
            long end = seconds(source, line, index, segment, "end");
            if (end < start) {
                throw new InputException(source, line, "segment " + index + " ends (" + segment.get("end").asText()
                        + " s) before it starts (" + segment.get("start").asText() + " s). Fix the times and import again.");
            }
            JsonNode textNode = segment.get("text");
            if (textNode == null || !textNode.isTextual()) {
                throw new InputException(source, line, "segment " + index + " has no \"text\". Fix the file and import again.");
            }
            String words = textNode.asText().strip();
            if (!words.isEmpty()) cues.add(Cue.of(start, end, words + "\n"));
        }
    }

    private static long seconds(String source, int line, int index, JsonNode segment, String field) {
        JsonNode node = segment.get(field);
        if (node == null || !node.isNumber()) {
            throw new InputException(source, line, "segment " + index + " has no numeric \"" + field
                    + "\" time in seconds. Fix the file and import again.");
        }
        double value = node.asDouble();
        if (!(value >= 0) || value > 1e9) {
            throw new InputException(source, line, "segment " + index + " has an impossible \"" + field + "\" time ("
                    + node.asText() + "). Fix the file and import again.");
        }
        return Math.round(value * 1000);
    }
}
