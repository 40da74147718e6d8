package org.migrationworkbench.core.compare;

/** Receives every difference of a comparison, in the order found (the "complete list streamed to a file"). */
@FunctionalInterface
public interface DifferenceSink {
    DifferenceSink NONE = d -> { };

    void accept(Difference difference);
}
