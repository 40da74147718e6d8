package org.migrationworkbench.core.checklist;

import java.nio.file.Path;
import org.migrationworkbench.core.guide.Guide;
import org.migrationworkbench.core.guide.ItemMode;

/** Reads a Markdown guide file; the guide importer in production, a fixed guide in tests. */
@FunctionalInterface
public interface GuideReader {
    Guide read(Path file, ItemMode mode);
}
