package org.migrationworkbench.core.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.migrationworkbench.core.model.TextRules;
import org.migrationworkbench.core.workspace.yaml.ComparisonDoc;

/** Reads a comparison's text options; every normalizer pattern must compile. */
final class TextRulesReader {
    private final Problems problems;

    TextRulesReader(Problems problems) {
        this.problems = problems;
    }

    TextRules read(ComparisonDoc.TextDoc doc, String pointer) {
        if (doc == null) {
            return TextRules.EXACT;
        }
        List<TextRules.NormalizeRule> rules = new ArrayList<>();
        List<ComparisonDoc.NormalizeDoc> normalize = doc.normalize == null ? List.of() : doc.normalize;
        for (int i = 0; i < normalize.size(); i++) {
            String at = SourceMap.child(SourceMap.child(pointer, "normalize"), Integer.toString(i));
            ComparisonDoc.NormalizeDoc n = normalize.get(i);
            if (n.pattern == null || n.pattern.isEmpty()) {
                problems.error(at, "a normalizer needs a 'pattern' (a regular expression)");
                continue;
            }
            try {
                Pattern.compile(n.pattern);
            } catch (PatternSyntaxException e) {
                problems.error(SourceMap.child(at, "pattern"), "not a valid regular expression: "
                        + e.getDescription() + " near index " + e.getIndex());
                continue;
            }
            String name = n.name == null || n.name.isBlank() ? n.pattern : n.name;
            rules.add(new TextRules.NormalizeRule(name, n.pattern, n.replace == null ? "" : n.replace));
        }
        return new TextRules(doc.ignoreWhitespace, doc.ignoreCase, doc.ignoreBlankLines, rules);
    }
}
