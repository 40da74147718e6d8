package org.migrationworkbench.core.guide;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Parses a guide's lines so that a broken code fence cannot swallow the rest of the guide. The lines are parsed
 * as one document; while {@link FenceCheck} finds a broken block, it is repaired on a copy of the lines and the
 * affected rest parsed again: a misplaced closing fence is replaced, in place, by one that closes; an unclosed
 * fence ends its part, and the guide goes on as a new part from the line where Markdown resumes. No line is
 * inserted or removed, so every line number and column stays that of the original text.
 */
final class FenceRecovery {
    /** Enough for any real guide; bounds the work on adversarial input. */
    static final int MAX_REPAIRS = 100;

    private FenceRecovery() {
    }

    /** The parts of the guide in order, and a warning per repair. */
    record Result(List<ParsedPart> parts, List<GuideWarning> warnings) {
    }

    static Result parse(List<String> lines) {
        List<String> work = new ArrayList<>(lines);
        List<ParsedPart> parts = new ArrayList<>();
        List<GuideWarning> warnings = new ArrayList<>();
        Set<Integer> closers = new HashSet<>();
        int start = 0;
        while (true) {
            ParsedPart part = ParsedPart.parse(work.subList(start, work.size()), start);
            Optional<FenceFix> fix = warnings.size() < MAX_REPAIRS ? FenceCheck.firstBroken(part, closers)
                    : Optional.empty();
            if (fix.isEmpty()) {
                parts.add(part);
                return new Result(parts, warnings);
            }
            warnings.add(fix.get().warning());
            if (fix.get() instanceof FenceFix.Close close) {
                work.set(close.index(), close.closer());
                closers.add(close.index());
            } else if (fix.get() instanceof FenceFix.Cut cut) {
                parts.add(ParsedPart.parse(work.subList(start, cut.index()), start));
                start = cut.index();
            } else {
                parts.add(part);
                return new Result(parts, warnings);
            }
        }
    }
}
