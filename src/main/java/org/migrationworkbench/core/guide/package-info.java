/**
 * Importing Markdown migration guides as live checklists: {@link org.migrationworkbench.core.guide.GuideImporter}
 * reads a guide into a {@link org.migrationworkbench.core.guide.Guide}. Markdown is parsed by commonmark-java
 * (GFM tables, task list items) with source spans; small patterns only ever read single lines already parsed.
 *
 * <h2>Text</h2>
 * Files are UTF-8 (a byte-order mark is skipped; UTF-16 with a mark is read too), else Windows-1252 with a
 * warning; more than 32 MiB or NUL bytes are refused. Zero-width characters and a byte-order mark at the start of
 * a line are ignored. UTF-8 that was once read as Windows-1252 ("Ã©", "â€”", "ðŸ¦Š") is repaired where each
 * double-encoded run decodes to one clean character; one warning lists the lines. Lines are 1-based lines of the
 * text; CR, LF and CRLF endings give the same result.
 *
 * <h2>Structure</h2>
 * <ul>
 * <li>Headings form the section tree ({@code path} = titles from the top); text before the first heading is a
 *     level-0 section without title, kept only when it has items or code. The title is the first level-1 heading,
 *     else the first heading.</li>
 * <li>Items: with {@code TASKS_ONLY} task items ({@code - [ ]}, {@code * [x]}, {@code 1. [X]}), with
 *     {@code LIST_ITEMS} every list item; {@code AUTO} is the first when the guide has a task item. An item's text
 *     is its first paragraph as plain text, its detail the Markdown of what else is under it except sub-items and
 *     code, its code the blocks under it. In tasks mode, tasks under plain items move up; plain sub-lists of a
 *     task become detail. The checkbox position is the mark between {@code [} and {@code ]} in the original
 *     line.</li>
 * <li>Code blocks belong to the item they are in, else to the section. An unlabeled fence whose content is a
 *     Markdown checklist is read as Markdown at its own lines.</li>
 * </ul>
 *
 * <h2>Broken fences</h2>
 * A fenced block is repaired when it swallows Markdown (see {@code FenceCheck}): a bare closing fence indented
 * too far inside it, or indented less than its list item (so that it opened a new block running on), is
 * replaced by a closing fence that does close; a block that holds another opening fence with an info string, or
 * runs unclosed to the end, ends before the first line where Markdown resumes (a heading after a blank line, a
 * task item, an opening fence) and the guide is parsed on from there. Repairs work on a copy of the lines
 * without adding or removing any, so line numbers and checkbox columns stay those of the file; each gives a
 * warning naming the lines.
 *
 * <h2>Declared facts</h2>
 * <ul>
 * <li>A line with two or more boxes after a label ({@code **Migration Status**: [ ] In Progress [x] Completed})
 *     is one {@link org.migrationworkbench.core.guide.ChoiceField}, not items.</li>
 * <li>{@code **Migration Lead**: ____} is a {@link org.migrationworkbench.core.guide.SignoffField}. Items of
 *     sections titled sign-off or approvals name roles ("Technical Lead approval"); they stay items.</li>
 * <li>Tables with Metric and Target columns give {@link org.migrationworkbench.core.guide.MetricRow}s (compact
 *     targets such as {@code ≤7.0s} normalised, placeholders such as {@code [FILL]} read as no value); tables
 *     with Week and Phase columns, and headings such as {@code Phase 3: Data Models (Week 2)}, give
 *     {@link org.migrationworkbench.core.guide.PhaseHint}s, merged by number, with "Dependencies:" and
 *     "Risk Level:" lines under a phase heading.</li>
 * <li>{@code START:END:path} in a fence info string or inline code is a
 *     {@link org.migrationworkbench.core.guide.CodeRef}; one without {@code 1 <= START <= END} a warning.</li>
 * </ul>
 */
package org.migrationworkbench.core.guide;
