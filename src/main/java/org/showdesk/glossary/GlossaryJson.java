package org.showdesk.glossary;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.InputException;
import org.showdesk.model.TermCategory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The JSON glossary format: an array of objects with term, variants, category, note, pronunciation, enabled, traditional. */
final class GlossaryJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GlossaryJson() {
    }

    static void read(String source, String text, GlossaryCollector check) {
        try (JsonParser parser = MAPPER.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new InputException(source, parser.currentLocation().getLineNr(),
                        "expected a JSON array of terms, like [{\"term\": \"同花顺\"}]");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                int line = parser.currentLocation().getLineNr();
                JsonNode node = parser.readValueAsTree();
                readTerm(line, node, check);
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                throw new InputException(source, parser.currentLocation().getLineNr(),
                        "every element of the array must be an object with a \"term\"");
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputException(source, line, "is not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new InputException(source, 0, "cannot be read (" + e.getMessage() + ")");
        }
    }

    private static void readTerm(int line, JsonNode node, GlossaryCollector check) {
        String term = node.path("term").asText("").strip();
        if (term.isEmpty() || !GlossaryFiles.isPlausibleTerm(term)) {
            check.warn(line, term.isEmpty() ? "an object without a \"term\"; skipped"
                    : "\"" + GlossaryFiles.abbreviate(term) + "\" does not look like a term; skipped");
            return;
        }
        JsonNode variantsNode = node.path("variants");
        List<String> variants = new ArrayList<>();
        if (variantsNode.isArray()) {
            variantsNode.forEach(v -> {
                if (!v.asText("").isBlank()) variants.add(v.asText().strip());
            });
        } else if (variantsNode.isTextual()) {
            variants.addAll(GlossaryFiles.splitVariants(variantsNode.asText()));
        }
        boolean enabled = !node.has("enabled") || node.path("enabled").asBoolean(true);
        check.add(line, new GlossaryTerm(0, term, variants, TermCategory.parse(node.path("category").asText("")),
                node.path("note").asText(""), node.path("pronunciation").asText(""), enabled,
                node.path("traditional").asText("").strip(), "", 0));
    }

    static String write(List<GlossaryTerm> terms) {
        ArrayNode array = MAPPER.createArrayNode();
        for (GlossaryTerm t : terms) {
            ObjectNode o = array.addObject();
            o.put("term", t.term());
            ArrayNode variants = o.putArray("variants");
            t.variants().forEach(variants::add);
            o.put("category", t.category().label());
            o.put("note", t.note());
            o.put("pronunciation", t.pronunciation());
            o.put("enabled", t.enabled());
            if (!t.traditional().isEmpty()) o.put("traditional", t.traditional());
        }
        try {
            return MAPPER.writeValueAsString(array) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of strings always serialises", e);
        }
    }
}
