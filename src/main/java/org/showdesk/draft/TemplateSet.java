package org.showdesk.draft;

import org.showdesk.model.TemplateException;
import com.samskivert.mustache.BasicCollector;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The output templates of a show: the defaults shipped in resources/templates/, each replaceable by a
 * template the host edited and stored in the show.
 *
 * <p>Templates are logic-less Mustache. They see only maps, lists and strings that Showdesk builds
 * (no reflection on Java objects, no lambdas, no partials), so a template cannot run code.
 */
public final class TemplateSet {
    /** Templates an output is drafted from: descriptions, show notes, the WeChat article and the one-line video title. */
    public static final List<String> NAMES = List.of("bilibili", "youtube", "md", "wechat", "title");
    /** The Markdown templates' values are escaped so transcript text cannot become Markdown (or HTML) markup. */
    private static final java.util.Set<String> MARKDOWN_TEMPLATES = java.util.Set.of("md", "wechat");

    private static final Pattern MISSING_KEY = Pattern.compile("No key, method or field with name '([^']*)'");
    private static final Mustache.Collector NO_REFLECTION = new BasicCollector() {
        @Override
        public <K, V> Map<K, V> createFetcherCache() {
            return new ConcurrentHashMap<>();
        }
    };

    private final Map<String, String> defaults;
    private final Map<String, String> overrides;
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();

    private TemplateSet(Map<String, String> defaults, Map<String, String> overrides) {
        this.defaults = defaults;
        this.overrides = overrides;
    }

    /** The templates shipped with Showdesk. */
    public static TemplateSet defaults() {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String name : NAMES) bodies.put(name, readDefault(name));
        return new TemplateSet(Map.copyOf(bodies), Map.of());
    }

    /** This set with the show's own templates (name → body) in place of the defaults of the same name. */
    public TemplateSet withOverrides(Map<String, String> bodies) {
        Map<String, String> merged = new LinkedHashMap<>(overrides);
        bodies.forEach((name, body) -> merged.put(Objects.requireNonNull(name), Objects.requireNonNull(body)));
        return new TemplateSet(defaults, Map.copyOf(merged));
    }

    /** This set with the show's stored templates in place of the defaults of the same name. */
    public TemplateSet withTemplates(java.util.Collection<org.showdesk.model.Template> stored) {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (org.showdesk.model.Template t : stored) bodies.put(t.name(), t.body());
        return withOverrides(bodies);
    }

    /** The body in force for {@code name}: the show's own if it has one, else the default. */
    public String body(String name) {
        String body = overrides.getOrDefault(name, defaults.get(name));
        if (body == null) {
            throw new TemplateException(name, 0, 0, "there is no template of this name; known: " + String.join(", ", NAMES) + ".");
        }
        return body;
    }

    public String defaultBody(String name) {
        return defaults.get(name);
    }

    public boolean isOverridden(String name) {
        return overrides.containsKey(name);
    }

    /**
     * Checks a template's syntax, e.g. before the editor stores it.
     *
     * @throws TemplateException with line and column of the first mistake
     */
    public static void check(String name, String body) {
        compile(name, body);
    }

    /**
     * Renders template {@code name} with values built by Showdesk (maps, lists, strings, booleans).
     *
     * @throws TemplateException when the template is broken or names a field that does not exist
     */
    public String render(String name, Map<String, Object> values) {
        String body = body(name);
        Template template = compiled.computeIfAbsent(name, n -> compile(n, body));
        try {
            return template.execute(values);
        } catch (MustacheException.Context e) {
            throw missingField(name, body, e);
        } catch (MustacheException e) {
            throw new TemplateException(name, 0, 0, "cannot be filled in: " + e.getMessage());
        }
    }

    private static Template compile(String name, String body) {
        TemplateSyntax.check(name, body);
        Mustache.Compiler compiler = Mustache.compiler()
                .withCollector(NO_REFLECTION)
                .emptyStringIsFalse(true)
                .withLoader(partial -> {
                    throw new TemplateException(name, 0, 0, "including other templates is not supported.");
                });
        compiler = MARKDOWN_TEMPLATES.contains(name)
                ? compiler.withEscaper(MarkdownText::escape)
                : compiler.escapeHTML(false);
        try {
            return compiler.compile(body);
        } catch (MustacheException e) {
            // TemplateSyntax catches what we know of; this keeps anything else a clear message, not a crash.
            throw new TemplateException(name, lineOf(e.getMessage()), 0, e.getMessage());
        }
    }

    private static TemplateException missingField(String name, String body, MustacheException.Context e) {
        Matcher m = MISSING_KEY.matcher(String.valueOf(e.getMessage()));
        String key = m.find() ? m.group(1) : e.key;
        int column = columnOfTag(body, e.lineNo, key);
        return new TemplateException(name, e.lineNo, column, "there is no field \"" + key
                + "\" here — check the spelling, or see the default template for the fields you can use.");
    }

    private static int columnOfTag(String body, int lineNo, String key) {
        String[] lines = body.split("\n", -1);
        if (lineNo < 1 || lineNo > lines.length) return 0;
        Matcher tag = Pattern.compile("\\{\\{[{#^&/]?\\s*" + Pattern.quote(key) + "\\s*}").matcher(lines[lineNo - 1]);
        return tag.find() ? tag.start() + 1 : 0;
    }

    private static int lineOf(String message) {
        Matcher m = Pattern.compile("line (\\d+)").matcher(String.valueOf(message));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String readDefault(String name) {
        String path = "/templates/" + name + ".mustache";
        try (InputStream in = TemplateSet.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("default template missing from the build: " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
