package org.migrationworkbench.core.guide;

/**
 * How fence recovery repairs the first broken fenced code block of a part; {@code index} is a 0-based guide line.
 */
sealed interface FenceFix {
    GuideWarning warning();

    /** Replace the line with a closing fence that does close the block, then parse again. */
    record Close(int index, String closer, GuideWarning warning) implements FenceFix {
    }

    /** End the part before the line; parse from the line on as a new part. */
    record Cut(int index, GuideWarning warning) implements FenceFix {
    }

    /** Nothing to repair (the block really runs to the end), but worth telling. */
    record Note(GuideWarning warning) implements FenceFix {
    }
}
