package org.migrationworkbench.core.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an import collects besides sections and items, in the order found. {@code currentPhase} is the phase
 * whose heading the reader is under, so that dependency and risk lines can be given to it.
 */
final class GuideFacts {
    private final List<ChoiceField> choices = new ArrayList<>();
    private final List<SignoffField> signoffFields = new ArrayList<>();
    private final List<MetricRow> metrics = new ArrayList<>();
    private final List<PhaseDraft> phases = new ArrayList<>();
    private final List<CodeRef> codeRefs = new ArrayList<>();
    private final List<GuideWarning> warnings = new ArrayList<>();
    private Optional<PhaseDraft> currentPhase = Optional.empty();

    List<ChoiceField> choices() {
        return choices;
    }

    List<SignoffField> signoffFields() {
        return signoffFields;
    }

    List<MetricRow> metrics() {
        return metrics;
    }

    List<PhaseDraft> phases() {
        return phases;
    }

    List<CodeRef> codeRefs() {
        return codeRefs;
    }

    List<GuideWarning> warnings() {
        return warnings;
    }

    void warn(int line, String message) {
        warnings.add(new GuideWarning(line, message));
    }

    Optional<PhaseDraft> currentPhase() {
        return currentPhase;
    }

    void enterPhase(Optional<PhaseDraft> phase) {
        currentPhase = phase;
    }

    /** Adds the choice the line holds, if any, named {@code fallbackName} when it has no label; tells whether. */
    boolean readChoice(String line, int lineNumber, String fallbackName) {
        Optional<ChoiceLine> choice = ChoiceLine.parse(line);
        choice.ifPresent(c -> choices.add(c.toField(fallbackName, lineNumber)));
        return choice.isPresent();
    }

    /**
     * Reads the facts one source line of a paragraph may state: sign-off blanks, and dependencies or risk of the
     * current phase. Returns the sign-off names found.
     */
    List<String> readLine(String line, int lineNumber) {
        List<String> blanks = SignoffLine.names(line);
        blanks.forEach(name -> signoffFields.add(new SignoffField(name, lineNumber)));
        currentPhase.filter(phase -> PhaseLines.mayStateFacts(line)).ifPresent(phase -> {
            String plain = LineText.plain(line);
            PhaseLines.dependencies(plain).ifPresent(phase::addDependencies);
            PhaseLines.risk(plain).ifPresent(phase::offerRisk);
        });
        return blanks;
    }
}
