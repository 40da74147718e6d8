package org.migrationworkbench.core.guide;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.migrationworkbench.core.WorkbenchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a Markdown migration guide as a {@link Guide}: sections from headings, checklist items from task items
 * (or from every list item), and the declared choices, sign-offs, metrics, phases and code references. See the
 * package documentation for the rules. An import never fails on the content of a guide: what it cannot read
 * cleanly it reports as {@link GuideWarning}s.
 *
 * <p>Stateless and thread-safe; a 2 MB guide takes well under a second. Call it off the FX thread.
 */
public final class GuideImporter {
    private static final Logger LOG = LoggerFactory.getLogger(GuideImporter.class);

    /**
     * Imports a guide given as text. Lines and checkbox columns in the result refer to {@code markdown} as given
     * (a leading byte-order mark counts as a character of line 1).
     *
     * @throws WorkbenchException when lists, block quotes or emphasis nest hundreds of levels deep, too deep to read
     */
    public Guide read(String markdown, ItemMode mode) {
        return read(markdown, mode, "the guide");
    }

    private Guide read(String markdown, ItemMode mode, String name) {
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(mode, "mode");
        try {
            return build(markdown, mode);
        } catch (StackOverflowError e) {
            // the parser and the item tree recurse once per nesting level; no real guide comes near the limit
            throw new WorkbenchException("Cannot import " + name + ": it nests lists, block quotes or emphasis too "
                    + "deeply (hundreds of levels) to be read. Flatten the nesting and import it again.", e);
        }
    }

    private Guide build(String markdown, ItemMode mode) {
        long started = System.nanoTime();
        GuideText text = GuideText.of(markdown);
        FenceRecovery.Result parsed = FenceRecovery.parse(text.lines());
        GuideBuilder builder = new GuideBuilder(text);
        parsed.warnings().forEach(builder::warn);
        parsed.parts().forEach(builder::add);
        Guide guide = builder.build(mode);
        if (LOG.isDebugEnabled()) {
            LOG.debug("Imported guide '{}' in {} ms: {} lines, {} items, {} warnings", guide.title(),
                    (System.nanoTime() - started) / 1_000_000, text.lines().size(), guide.items().size(),
                    guide.warnings().size());
        }
        return guide;
    }

    /**
     * Imports a guide file: UTF-8 (a byte-order mark is skipped), else read as Windows-1252 with a warning.
     * Lines and checkbox columns refer to the decoded text without the byte-order mark.
     *
     * @throws WorkbenchException when the file cannot be read, is larger than 32 MiB,
     *                            is binary or nests too deeply
     */
    public Guide read(Path file, ItemMode mode) {
        Objects.requireNonNull(file, "file");
        GuideFile.Decoded decoded = GuideFile.read(file);
        Guide guide = read(decoded.text(), mode, "guide " + file);
        if (decoded.warning().isEmpty()) {
            return guide;
        }
        List<GuideWarning> warnings = new ArrayList<>(guide.warnings());
        warnings.add(0, decoded.warning().get());
        warnings.sort(Comparator.comparingInt(GuideWarning::line));
        return new Guide(guide.title(), guide.mode(), guide.sections(), guide.choices(), guide.roles(),
                guide.signoffFields(), guide.metrics(), guide.phases(), guide.codeRefs(), warnings);
    }
}
