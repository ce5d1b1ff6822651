package org.showdesk.correct;

import org.showdesk.model.Finding;
import org.showdesk.model.FindingKind;
import org.showdesk.model.InputException;
import org.showdesk.model.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The host's own find → replace rules (Java regex, $1 for groups), checked once when the engine is built. */
final class UserRuleDetector implements Detector {
    static final FindingKind RULE = FindingKind.USER_RULE;
    private static final Pattern GROUP_REFERENCE = Pattern.compile("(?<!\\\\)\\$(\\d)");

    private record CompiledRule(Rule rule, Pattern pattern) {
    }

    private final List<CompiledRule> rules = new ArrayList<>();

    UserRuleDetector(List<Rule> userRules) {
        for (Rule rule : userRules) {
            if (!rule.enabled() || rule.find().isEmpty()) continue;
            rules.add(new CompiledRule(rule, compile(rule)));
        }
    }

    private static Pattern compile(Rule rule) {
        String source = "rule " + (rule.id() > 0 ? "#" + rule.id() + " " : "") + "\"" + rule.find() + "\"";
        Pattern pattern;
        try {
            // Whole words in the Latin sense: Chinese has no spaces, so a CJK neighbour never blocks a match.
            String find = rule.wholeWord() ? "(?<![A-Za-z0-9])(?:" + rule.find() + ")(?![A-Za-z0-9])" : rule.find();
            pattern = Pattern.compile(find);
        } catch (PatternSyntaxException e) {
            throw new InputException(source, 0, "the pattern is not a valid regular expression ("
                    + e.getDescription() + "); fix or disable the rule");
        }
        Matcher refs = GROUP_REFERENCE.matcher(rule.replace());
        int groups = pattern.matcher("").groupCount();
        while (refs.find()) {
            if (Integer.parseInt(refs.group(1)) > groups) {
                throw new InputException(source, 0, "the replacement uses $" + refs.group(1) + " but the pattern has only "
                        + groups + " group(s); fix the replacement");
            }
        }
        return pattern;
    }

    @Override
    public void detect(ScanContext context, List<Finding> out) {
        String text = context.text();
        for (CompiledRule compiled : rules) {
            Matcher m = compiled.pattern().matcher(text);
            int appendPosition = 0;
            while (m.find()) {
                if (m.end() == m.start()) continue;
                // appendReplacement copies the text since the previous match, then the expanded replacement.
                StringBuilder appended = new StringBuilder();
                m.appendReplacement(appended, compiled.rule().replace());
                String replacement = appended.substring(m.start() - appendPosition);
                appendPosition = m.end();
                String found = m.group();
                if (replacement.equals(found)) continue;
                String note = compiled.rule().note().isBlank() ? "" : " (" + compiled.rule().note() + ")";
                out.add(new Finding(m.start(), m.end(), found, List.of(replacement), RULE, 0.95,
                        "your rule " + compiled.rule().find() + " → " + compiled.rule().replace() + note,
                        "rule:" + compiled.rule().id()));
            }
        }
    }
}
