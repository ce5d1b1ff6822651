package org.showdesk.ui.entries;

import impl.org.controlsfx.autocompletion.AutoCompletionTextFieldBinding;
import javafx.scene.control.TextField;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Completes a name from the show's glossary while the host types it (ControlsFX's auto-completion): in a
 * list field ("阿里巴巴, 浙江…") the name being typed after the last separator, in a title the name before the
 * colon. What was typed before stays as it is.
 */
final class NameCompletion extends AutoCompletionTextFieldBinding<String> {
    /** Where a list field's names are separated, and where a title's name ends. */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,，、;；]");
    private static final Pattern TITLE_END = Pattern.compile("[：:]");
    private static final int SHOWN = 8;

    private final TextField field;
    private final boolean list;

    private NameCompletion(TextField field, Supplier<List<String>> names, boolean list) {
        super(field, request -> suggestions(names.get(), request.getUserText(), list));
        this.field = field;
        this.list = list;
        setVisibleRowCount(SHOWN);
    }

    /** Completes the name after the last separator of a comma-separated list of names. */
    static NameCompletion forList(TextField field, Supplier<List<String>> names) {
        return new NameCompletion(field, names, true);
    }

    /** Completes the name a title starts with, before its colon. */
    static NameCompletion forTitle(TextField field, Supplier<List<String>> names) {
        return new NameCompletion(field, names, false);
    }

    static List<String> suggestions(List<String> names, String text, boolean list) {
        String typed = typedName(text, list);
        if (typed == null || typed.isBlank()) return List.of();
        String t = typed.strip().toLowerCase(Locale.ROOT);
        return names.stream()
                .filter(n -> !n.equalsIgnoreCase(typed.strip()))
                .filter(n -> n.toLowerCase(Locale.ROOT).startsWith(t))
                .limit(SHOWN).toList();
    }

    /** The name being typed: the text after the last separator (a list), the whole text while it has no colon (a title). */
    private static String typedName(String text, boolean list) {
        if (list) {
            var m = LIST_SEPARATOR.matcher(text);
            int last = -1;
            while (m.find()) last = m.end();
            return last < 0 ? text : text.substring(last);
        }
        return TITLE_END.matcher(text).find() ? null : text;
    }

    @Override
    protected void completeUserInput(String completion) {
        String text = field.getText();
        String kept = "";
        if (list) {
            var m = LIST_SEPARATOR.matcher(text);
            int last = -1;
            while (m.find()) last = m.end();
            kept = last < 0 ? "" : text.substring(0, last) + " ";
        }
        String done = kept + completion;
        field.setText(done);
        field.positionCaret(done.length());
    }
}
