package org.migrationworkbench.core.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.migrationworkbench.core.model.Metric;
import org.migrationworkbench.core.model.MetricTarget;
import org.migrationworkbench.core.workspace.yaml.MetricDoc;

/** Reads success metrics; a target must have the form {@code OP NUMBER [UNIT]}. */
final class MetricReader {
    private final LoadContext ctx;

    MetricReader(LoadContext ctx) {
        this.ctx = ctx;
    }

    record Read(Metric metric, String pointer) {
    }

    List<Read> read(List<JsonNode> nodes) {
        List<Read> out = new ArrayList<>();
        Set<String> names = LoadContext.newIds();
        for (LoadContext.Element e : LoadContext.elements(nodes, "/metrics")) {
            ctx.binder.bind(e.node(), MetricDoc.class, e.pointer())
                    .flatMap(doc -> toMetric(doc, e.pointer(), names))
                    .ifPresent(metric -> out.add(new Read(metric, e.pointer())));
        }
        return out;
    }

    private Optional<Metric> toMetric(MetricDoc doc, String pointer, Set<String> names) {
        if (!ctx.require(doc.name, pointer, "name") || !ctx.require(doc.target, pointer, "target")) {
            return Optional.empty();
        }
        if (!names.add(doc.name)) {
            ctx.problems.error(SourceMap.child(pointer, "name"), "duplicate metric '" + doc.name + "'");
            return Optional.empty();
        }
        Optional<MetricTarget> target = MetricTarget.parse(doc.target);
        if (target.isEmpty()) {
            ctx.problems.error(SourceMap.child(pointer, "target"), "target '" + doc.target
                    + "' is not of the form OP NUMBER [UNIT], e.g. '<= 7.0 s', '>= 500/h', '> 90%'");
            return Optional.empty();
        }
        return Optional.of(new Metric(doc.name, target.get(), LoadContext.text(doc.actual),
                LoadContext.text(doc.phase)));
    }
}
