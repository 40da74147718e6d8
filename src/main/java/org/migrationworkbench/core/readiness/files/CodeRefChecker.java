package org.migrationworkbench.core.readiness.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migrationworkbench.core.guide.CodeRef;
import org.migrationworkbench.core.guide.GuideImporter;
import org.migrationworkbench.core.guide.ItemMode;
import org.migrationworkbench.core.model.Rule;
import org.migrationworkbench.core.readiness.Evidence;
import org.migrationworkbench.core.readiness.Outcome;
import org.migrationworkbench.core.readiness.RuleChecker;
import org.migrationworkbench.core.readiness.RuleContext;
import org.migrationworkbench.core.readiness.SecretLines;

/**
 * {@code code-ref}: each {@code START:END:path} reference (from {@code refs}, or the code references of the
 * workspace-relative Markdown {@code guide}) must resolve: the file exists inside the repository and
 * {@code 1 <= START <= END <= its line count}. Evidence per reference: the first lines of the snippet (redacted
 * in a file that holds secrets), or why it does not resolve. Fails when any does not resolve, or when there is no
 * reference at all.
 */
final class CodeRefChecker implements RuleChecker {
    private static final Pattern REF = Pattern.compile("^(\\d{1,9}):(\\d{1,9}):(\\S+)$");
    private static final int SNIPPET_LINES = 3;

    @Override
    public Outcome check(Rule rule, RuleContext context) throws IOException {
        List<Evidence> evidence = new ArrayList<>();
        List<CodeRef> refs = refs(rule, context, evidence);
        int malformed = evidence.size();
        int total = refs.size() + malformed;
        int broken = malformed;
        for (CodeRef ref : refs) {
            context.progress().checkCancelled();
            Evidence result = resolve(ref, context);
            broken += result.line() == 0 ? 1 : 0;
            evidence.add(result);
        }
        if (total == 0) {
            return Outcome.fail("No code references to check", evidence);
        }
        if (broken == 0) {
            return Outcome.pass("All " + Params.plural(total, "code reference resolves", "code references resolve"),
                    evidence);
        }
        return Outcome.fail(broken + " of " + Params.plural(total, "code reference does", "code references do")
                + " not resolve", evidence);
    }

    private static List<CodeRef> refs(Rule rule, RuleContext context, List<Evidence> broken) {
        List<CodeRef> refs = new ArrayList<>();
        for (String spec : Params.strings(rule, "refs")) {
            Matcher m = REF.matcher(spec.strip());
            if (m.matches()) {
                refs.add(new CodeRef(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), 0));
            } else {
                broken.add(Evidence.note(spec + ": not a START:END:path reference"));
            }
        }
        Params.text(rule, "guide").ifPresent(guide -> refs.addAll(new GuideImporter()
                .read(context.workspace().root().resolve(guide).normalize(), ItemMode.AUTO).codeRefs()));
        return refs;
    }

    /** Evidence at the snippet's first line when the reference resolves, at line 0 with the reason when not. */
    private static Evidence resolve(CodeRef ref, RuleContext context) throws IOException {
        String where = ref.line() > 0 ? " (guide line " + ref.line() + ")" : "";
        Path file = context.inside(ref.path()).filter(Files::isRegularFile).orElse(null);
        if (file == null) {
            return Evidence.at(ref.path(), 0, ref.spec() + where + ": file does not exist in the repository");
        }
        if (ref.start() < 1 || ref.start() > ref.end()) {
            return Evidence.at(ref.path(), 0, ref.spec() + where + ": START must be at least 1 and at most END");
        }
        List<String> snippet = new ArrayList<>();
        int[] count = {0};
        boolean secret = context.secrets().holdsSecrets(ref.path());
        boolean text = TextFiles.forEachLine(file, (line, chars) -> {
            count[0] = line;
            if (line >= ref.start() && line < ref.start() + SNIPPET_LINES && line <= ref.end()) {
                snippet.add(secret ? SecretLines.redact(chars) : chars.toString());
            }
            return line < ref.end();
        });
        if (!text) {
            return Evidence.at(ref.path(), 0, ref.spec() + where + ": file is binary");
        }
        if (ref.end() > count[0]) {
            return Evidence.at(ref.path(), 0, ref.spec() + where + ": file has only "
                    + Params.plural(count[0], "line", "lines"));
        }
        String more = ref.end() - ref.start() + 1 > SNIPPET_LINES ? "\n…" : "";
        return Evidence.at(ref.path(), ref.start(), String.join("\n", snippet) + more);
    }
}
