package org.migrationworkbench.core.compare.json;

import java.nio.file.Path;
import org.migrationworkbench.core.compare.json.RecordScanner.Outcome;

/** Phase one for one file: reads every record once and adds its key, hash and place to the side's index. */
interface SideScanner {
    Outcome scan(Path file, SideIndex index);
}
