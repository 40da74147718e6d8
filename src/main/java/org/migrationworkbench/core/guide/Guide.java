package org.migrationworkbench.core.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A Markdown migration guide as imported: its section tree with checklist items, and what else the guide
 * declares (single-choice status fields, sign-off roles and blank sign-off fields, metrics, phases, code
 * references). {@code warnings} list what could not be read cleanly, by line.
 *
 * <p>Lines are 1-based lines of the original file. Items come in document order within each section.
 */
public record Guide(String title, ItemMode mode, List<Section> sections, List<ChoiceField> choices,
                   List<String> roles, List<SignoffField> signoffFields, List<MetricRow> metrics,
                   List<PhaseHint> phases, List<CodeRef> codeRefs, List<GuideWarning> warnings) {
    public Guide {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(mode, "mode");
        sections = List.copyOf(sections);
        choices = List.copyOf(choices);
        roles = List.copyOf(roles);
        signoffFields = List.copyOf(signoffFields);
        metrics = List.copyOf(metrics);
        phases = List.copyOf(phases);
        codeRefs = List.copyOf(codeRefs);
        warnings = List.copyOf(warnings);
    }

    /** Every item of the guide, depth first in document order (sub-items after their parent). */
    public List<GuideItem> items() {
        List<GuideItem> all = new ArrayList<>();
        forEachSection(section -> section.items().forEach(item -> collect(item, all)));
        return all;
    }

    /** Every section, depth first in document order. */
    public List<Section> allSections() {
        List<Section> all = new ArrayList<>();
        forEachSection(all::add);
        return all;
    }

    private void forEachSection(Consumer<Section> action) {
        sections.forEach(s -> visit(s, action));
    }

    private static void visit(Section section, Consumer<Section> action) {
        action.accept(section);
        section.children().forEach(child -> visit(child, action));
    }

    private static void collect(GuideItem item, List<GuideItem> all) {
        all.add(item);
        item.children().forEach(child -> collect(child, all));
    }
}
