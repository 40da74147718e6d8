package org.migrationworkbench.ui.compare;

import org.migrationworkbench.core.compare.text.LineChange;

/**
 * The changed character ranges of a changed line pair, for intraline highlights. The app wires the core one
 * ({@code Intraline::of}); called on the FX thread for visible rows only, so it must be quick for one line.
 */
@FunctionalInterface
public interface IntralineDiffer {
    LineChange of(String oldLine, String newLine);
}
