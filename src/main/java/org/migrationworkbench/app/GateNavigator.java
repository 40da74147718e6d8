package org.migrationworkbench.app;

import java.util.function.Supplier;
import org.migrationworkbench.ui.checklist.ChecklistSession;
import org.migrationworkbench.ui.common.Navigator;
import org.migrationworkbench.ui.compare.CompareView;
import org.migrationworkbench.ui.readiness.ReadinessSession;
import org.migrationworkbench.ui.shell.MainViewModel;
import org.migrationworkbench.ui.shell.ViewId;
import org.migrationworkbench.ui.signoff.SignoffsView;

/**
 * Shows a gate's checklist, rule, comparison or sign-offs, or the sign-off ledger: switches the main window to that view and selects the
 * item there. The Compare and Sign-offs views are built on first use, so they come through suppliers.
 */
final class GateNavigator implements Navigator {
    private final MainViewModel main;
    private final ChecklistSession checklists;
    private final ReadinessSession readiness;
    private final Supplier<CompareView> compare;
    private final Supplier<SignoffsView> signoffs;

    GateNavigator(MainViewModel main, ChecklistSession checklists, ReadinessSession readiness,
                  Supplier<CompareView> compare, Supplier<SignoffsView> signoffs) {
        this.main = main;
        this.checklists = checklists;
        this.readiness = readiness;
        this.compare = compare;
        this.signoffs = signoffs;
    }

    @Override
    public void show(Target target) {
        switch (target.kind()) {
            case CHECKLIST -> {
                main.currentViewProperty().set(ViewId.CHECKLISTS);
                var model = checklists.modelProperty().get();
                if (model != null) {
                    model.checklists().stream().filter(c -> c.id().equals(target.id())).findFirst()
                            .ifPresent(model.selectedChecklistProperty()::set);
                }
            }
            case RULE -> {
                main.currentViewProperty().set(ViewId.READINESS);
                var model = readiness.modelProperty().get();
                if (model != null) {
                    model.rows().stream().filter(r -> r.id().equals(target.id())).findFirst()
                            .ifPresent(model.details().selectedProperty()::set);
                }
            }
            case COMPARISON -> {
                CompareView view = compare.get();
                main.currentViewProperty().set(ViewId.COMPARE);
                view.select(target.id());
            }
            case SIGNOFFS -> {
                SignoffsView view = signoffs.get();
                view.showGate(target.id());
                main.currentViewProperty().set(ViewId.SIGNOFFS);
            }
            case LEDGER -> main.currentViewProperty().set(ViewId.SIGNOFFS);
        }
    }
}
