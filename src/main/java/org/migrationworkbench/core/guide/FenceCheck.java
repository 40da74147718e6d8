package org.migrationworkbench.core.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.FencedCodeBlock;

/**
 * Finds the first fenced code block of a part that swallowed Markdown it should not have, and says how to
 * repair it ({@link FenceFix}). A block is broken when
 * <ol>
 * <li>its content has a bare fence line that failed to close it because it is indented too far;</li>
 * <li>it ended with its list item and the next line is a bare fence indented less, which opened a new block
 *     that swallows the rest (runs to the end or over another opening fence);</li>
 * <li>its content has an opening fence with an info string ({@code ```python} inside {@code ```bash}): it was
 *     never closed, and is cut before the first line that reads as Markdown again;</li>
 * <li>it runs to the end of the part unclosed: cut likewise, or noted when nothing after it reads as Markdown.</li>
 * </ol>
 */
final class FenceCheck {
    private FenceCheck() {
    }

    /** The repair for the first broken block, skipping closing fences already written at {@code closed} lines. */
    static Optional<FenceFix> firstBroken(ParsedPart part, Set<Integer> closed) {
        List<Fence> fences = fences(part);
        for (int f = 0; f < fences.size(); f++) {
            Optional<FenceFix> fix = check(part, fences, f, closed);
            if (fix.isPresent()) {
                return fix;
            }
        }
        return Optional.empty();
    }

    private static Optional<FenceFix> check(ParsedPart part, List<Fence> fences, int f, Set<Integer> closed) {
        Fence fence = fences.get(f);
        List<String> lines = part.lines();
        for (int i = fence.open() + 1; i <= fence.contentEnd(); i++) {
            if (FenceLines.isBare(lines.get(i), fence.fenceChar(), fence.length()) && !closed.contains(index(part, i))) {
                return Optional.of(close(part, fence, i, "is indented too far to close"));
            }
            if (FenceLines.isOpeningLike(lines.get(i), fence.fenceChar(), fence.length())) {
                return Optional.of(cut(part, fence, resumption(lines, fence.open() + 1, i).orElse(i)));
            }
        }
        if (fence.closed()) {
            return Optional.empty();
        }
        int next = nextNonBlank(lines, fence.last() + 1);
        if (next >= 0 && FenceLines.isBare(lines.get(next), fence.fenceChar(), fence.length())
                && !closed.contains(index(part, next)) && opensSwallowingBlock(part, fences, f, next)) {
            return Optional.of(close(part, fence, next, "is indented less than"));
        }
        if (next >= 0) {
            return Optional.empty(); // ended with its container, swallowing nothing
        }
        return Optional.of(resumption(lines, fence.open() + 1, fence.last())
                .<FenceFix>map(at -> cut(part, fence, at))
                .orElseGet(() -> new FenceFix.Note(new GuideWarning(part.offset() + fence.open() + 1,
                        "code fence opened at line " + (part.offset() + fence.open() + 1)
                                + " is never closed; it runs to the end of the guide"))));
    }

    /** True when the block opened at line {@code at} swallows the rest: it is unclosed or holds an opening fence. */
    private static boolean opensSwallowingBlock(ParsedPart part, List<Fence> fences, int f, int at) {
        for (int g = f + 1; g < fences.size(); g++) {
            Fence later = fences.get(g);
            if (later.open() == at) {
                boolean holdsOpening = false;
                for (int i = later.open() + 1; i <= later.contentEnd() && !holdsOpening; i++) {
                    holdsOpening = FenceLines.isOpeningLike(part.lines().get(i), later.fenceChar(), later.length());
                }
                return holdsOpening || !later.closed();
            }
        }
        return false;
    }

    private static Optional<Integer> resumption(List<String> lines, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (FenceLines.isMarkdownResumption(lines, i)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static FenceFix close(ParsedPart part, Fence fence, int i, String why) {
        String closer = FenceLines.closerFor(part.lines().get(fence.open()), fence.column(), fence.fenceChar(),
                fence.length());
        int line = part.offset() + i + 1;
        return new FenceFix.Close(index(part, i), closer, new GuideWarning(line, "closing code fence at line " + line
                + " " + why + " the fence opened at line " + (part.offset() + fence.open() + 1)
                + "; read it as the closing fence"));
    }

    private static FenceFix cut(ParsedPart part, Fence fence, int at) {
        int opened = part.offset() + fence.open() + 1;
        int line = part.offset() + at + 1;
        return new FenceFix.Cut(index(part, at), new GuideWarning(opened, "unclosed code fence opened at line "
                + opened + "; closed it at line " + (line - 1) + " to recover the rest of the guide from line "
                + line));
    }

    private static int index(ParsedPart part, int local) {
        return part.offset() + local;
    }

    private static int nextNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static List<Fence> fences(ParsedPart part) {
        List<Fence> fences = new ArrayList<>();
        NodeWalk.forEach(part.document(), node -> {
            if (node instanceof FencedCodeBlock block && !block.getSourceSpans().isEmpty()) {
                fences.add(Fence.of(block));
            }
        });
        return fences;
    }

    /** A fenced block by part-local line indexes: opening line, last line, and how it was opened. */
    private record Fence(int open, int last, boolean closed, int column, char fenceChar, int length) {
        static Fence of(FencedCodeBlock block) {
            var spans = block.getSourceSpans();
            int open = spans.get(0).getLineIndex();
            int last = spans.get(spans.size() - 1).getLineIndex();
            boolean closed = block.getClosingFenceLength() != null && last > open;
            return new Fence(open, last, closed, spans.get(0).getColumnIndex(), block.getFenceCharacter().charAt(0),
                    block.getOpeningFenceLength());
        }

        int contentEnd() {
            return closed ? last - 1 : last;
        }
    }
}
