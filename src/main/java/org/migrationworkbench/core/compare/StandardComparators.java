package org.migrationworkbench.core.compare;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.migrationworkbench.core.compare.json.JsonComparator;
import org.migrationworkbench.core.compare.text.TextComparator;

/** The comparators the application ships, one per format. */
public final class StandardComparators {
    private StandardComparators() {
    }

    public static Comparisons create(Clock clock) {
        Map<ComparedAs, PairComparator> byFormat = new EnumMap<>(ComparedAs.class);
        byFormat.put(ComparedAs.TEXT, new TextComparator());
        byFormat.put(ComparedAs.JSON, new JsonComparator());
        return new Comparisons(byFormat, clock);
    }
}
