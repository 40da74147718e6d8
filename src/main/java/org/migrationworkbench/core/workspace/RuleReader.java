package org.migrationworkbench.core.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.migrationworkbench.core.model.Rule;
import org.migrationworkbench.core.model.RuleKind;
import org.migrationworkbench.core.model.Severity;
import org.migrationworkbench.core.workspace.yaml.RuleDoc;

/** Reads readiness rules: the common fields, a known kind, and that kind's parameters. */
final class RuleReader {
    private final LoadContext ctx;
    private final RuleParameterCheck parameters;

    RuleReader(LoadContext ctx) {
        this.ctx = ctx;
        this.parameters = new RuleParameterCheck(ctx);
    }

    record Read(Rule rule, String pointer) {
    }

    List<Read> read(List<JsonNode> nodes) {
        List<Read> out = new ArrayList<>();
        Set<String> ids = LoadContext.newIds();
        for (LoadContext.Element e : LoadContext.elements(nodes, "/rules")) {
            ctx.binder.bind(e.node(), RuleDoc.class, e.pointer())
                    .filter(doc -> ctx.checkId(doc.id, e.pointer(), ids, "rule"))
                    .flatMap(doc -> toRule(doc, e.pointer()))
                    .ifPresent(rule -> out.add(new Read(rule, e.pointer())));
        }
        return out;
    }

    private Optional<Rule> toRule(RuleDoc doc, String pointer) {
        if (!ctx.require(doc.kind, pointer, "kind")) {
            return Optional.empty();
        }
        Optional<RuleKind> kind = RuleKind.byId(doc.kind.trim());
        if (kind.isEmpty()) {
            ctx.problems.error(SourceMap.child(pointer, "kind"), "unknown rule kind '" + doc.kind + "' (known: "
                    + String.join(", ", RuleKind.ids()) + ")");
            return Optional.empty();
        }
        parameters.check(kind.get(), doc.parameters, pointer);
        String title = doc.title == null || doc.title.isBlank() ? doc.id : doc.title;
        return Optional.of(new Rule(doc.id, title, kind.get(), LoadContext.text(doc.phase),
                LoadContext.text(doc.category), severity(doc.severity, SourceMap.child(pointer, "severity")),
                LoadContext.text(doc.description), doc.parameters));
    }

    private Severity severity(String text, String pointer) {
        if (text == null) {
            return Severity.MAJOR;
        }
        try {
            return Severity.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            ctx.problems.error(pointer, "unknown severity '" + text + "' (expected blocker, major or minor)");
            return Severity.MAJOR;
        }
    }
}
