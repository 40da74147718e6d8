package org.migrationworkbench.core.readiness.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migrationworkbench.core.model.Rule;
import org.migrationworkbench.core.readiness.Evidence;
import org.migrationworkbench.core.readiness.Outcome;
import org.migrationworkbench.core.readiness.RuleChecker;
import org.migrationworkbench.core.readiness.RuleContext;

/**
 * {@code doc-present}: {@code file} exists and has a Markdown ATX heading ({@code #} to {@code ######}) for each
 * of {@code headings}, compared trimmed, case-insensitively and with runs of spaces as one; the level does not
 * matter, a leading {@code #}s in the expected heading is ignored, and headings inside fenced code do not count.
 */
final class DocPresentChecker implements RuleChecker {
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");

    @Override
    public Outcome check(Rule rule, RuleContext context) throws IOException {
        String file = Params.required(rule, "file");
        Path path = context.inside(file).filter(Files::isRegularFile).orElse(null);
        if (path == null) {
            return Outcome.fail(file + " does not exist", List.of(Evidence.at(file, 0, "missing")));
        }
        Map<String, String> wanted = new LinkedHashMap<>();
        Params.strings(rule, "headings").forEach(h -> wanted.put(normalize(h.replaceFirst("^\\s*#+", "")), h));
        Map<String, Integer> found = headings(path);
        List<Evidence> evidence = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        wanted.forEach((key, heading) -> {
            Integer line = found.get(key);
            if (line == null) {
                missing.add(heading);
                evidence.add(Evidence.at(file, 0, "missing heading: " + heading));
            } else {
                evidence.add(Evidence.at(file, line, "found heading: " + heading));
            }
        });
        if (missing.isEmpty()) {
            return Outcome.pass(file + " has all " + Params.plural(wanted.size(), "heading", "headings"), evidence);
        }
        return Outcome.fail(file + " lacks " + Params.plural(missing.size(), "heading", "headings") + ": "
                + String.join(", ", missing), evidence);
    }

    /** The normalized text of each heading with the line of its first occurrence. */
    private static Map<String, Integer> headings(Path path) throws IOException {
        Map<String, Integer> found = new LinkedHashMap<>();
        String[] fence = {null};
        TextFiles.forEachLine(path, (line, text) -> {
            Matcher fenceMatch = FENCE.matcher(text);
            if (fenceMatch.find()) {
                String marker = fenceMatch.group(1);
                fence[0] = fence[0] == null ? marker : fence[0].equals(marker) ? null : fence[0];
            } else if (fence[0] == null) {
                Matcher heading = HEADING.matcher(text);
                if (heading.matches()) {
                    found.putIfAbsent(normalize(heading.group(1) == null ? "" : heading.group(1)), line);
                }
            }
            return true;
        });
        return found;
    }

    private static String normalize(String heading) {
        return heading.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
