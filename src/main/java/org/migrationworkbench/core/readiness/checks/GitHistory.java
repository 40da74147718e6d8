package org.migrationworkbench.core.readiness.checks;

import org.migrationworkbench.core.readiness.RuleParams;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.CommitTimeRevFilter;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.migrationworkbench.core.readiness.Evidence;
import org.migrationworkbench.core.readiness.Outcome;
import org.migrationworkbench.core.readiness.RuleContext;

/** The {@code git} checks that read refs and history: merged, tag, fresh, frozen. Times are committer times. */
final class GitHistory {
    /** Offending commits listed for {@code frozen}. */
    static final int MAX_COMMITS = 20;

    private final Repository repo;
    private final RuleParams params;
    private final RuleContext context;

    GitHistory(Repository repo, RuleParams params, RuleContext context) {
        this.repo = repo;
        this.params = params;
        this.context = context;
    }

    Outcome merged() throws IOException {
        String branch = params.requiredText("branch");
        String into = params.text("into").filter(s -> !s.isBlank()).orElse(context.workspace().mainBranch());
        Optional<ObjectId> from = resolve(branch);
        Optional<ObjectId> to = resolve(into);
        if (from.isEmpty() || to.isEmpty()) {
            String missing = from.isEmpty() ? branch : into;
            return Outcome.fail("Branch '" + missing + "' does not exist", List.of(Evidence.note("no branch, "
                    + "remote branch (origin) or commit named '" + missing + "'")));
        }
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit tip = walk.parseCommit(from.get());
            RevCommit target = walk.parseCommit(to.get());
            List<Evidence> evidence = List.of(Evidence.note(branch + " at " + describe(tip)),
                    Evidence.note(into + " at " + describe(target)));
            return walk.isMergedInto(tip, target)
                    ? Outcome.pass("'" + branch + "' is merged into '" + into + "'", evidence)
                    : Outcome.fail("'" + branch + "' is not merged into '" + into + "'", evidence);
        }
    }

    Outcome tag() throws IOException {
        String tag = params.requiredText("tag");
        Ref ref = repo.exactRef(Constants.R_TAGS + tag);
        if (ref == null) {
            return Outcome.fail("Tag '" + tag + "' does not exist", List.of(Evidence.note("no refs/tags/" + tag)));
        }
        Ref peeled = repo.getRefDatabase().peel(ref);
        ObjectId target = peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : ref.getObjectId();
        try (RevWalk walk = new RevWalk(repo)) {
            return Outcome.pass("Tag '" + tag + "' exists", List.of(Evidence.note(tag + " -> "
                    + describe(walk.parseCommit(target)))));
        }
    }

    Outcome fresh() throws IOException {
        long days = params.number("days").map(Double::longValue).orElseThrow(() -> missing("days"));
        List<String> paths = params.texts("path");
        Optional<ObjectId> head = head();
        if (head.isEmpty()) {
            return Outcome.fail("The repository has no commits yet", List.of());
        }
        try (RevWalk walk = walk(paths, head.get())) {
            RevCommit newest = walk.next();
            String what = paths.isEmpty() ? "the repository" : String.join(", ", paths);
            if (newest == null) {
                return Outcome.fail("No commit touches " + what, List.of(Evidence.note("path: " + what)));
            }
            Instant committed = Instant.ofEpochSecond(newest.getCommitTime());
            long age = Duration.between(committed, context.clock().instant()).toDays();
            List<Evidence> evidence = List.of(Evidence.note("last change: " + describe(newest)));
            String summary = "Last change to " + what + " was " + age + (age == 1 ? " day" : " days") + " ago";
            return committed.isAfter(context.clock().instant().minus(Duration.ofDays(days)))
                    ? Outcome.pass(summary + " (within " + days + ")", evidence)
                    : Outcome.fail(summary + " (older than " + days + ")", evidence);
        }
    }

    /** Commits made on a later day than {@code after} (in the clock's zone) break the freeze. */
    Outcome frozen() throws IOException {
        LocalDate after = params.date("after");
        List<String> paths = params.texts("path");
        Optional<ObjectId> head = head();
        String what = paths.isEmpty() ? "the repository" : String.join(", ", paths);
        if (head.isEmpty()) {
            return Outcome.pass("No commits at all, so none to " + what + " after " + after, List.of());
        }
        Instant limit = after.plusDays(1).atStartOfDay(context.clock().getZone()).toInstant();
        List<Evidence> evidence = new ArrayList<>();
        int count = 0;
        try (RevWalk walk = walk(paths, head.get())) {
            walk.setRevFilter(CommitTimeRevFilter.after(limit.minusSeconds(1)));
            for (RevCommit c = walk.next(); c != null; c = walk.next()) {
                context.progress().checkCancelled();
                if (Instant.ofEpochSecond(c.getCommitTime()).isBefore(limit)) {
                    continue;
                }
                if (++count <= MAX_COMMITS) {
                    evidence.add(Evidence.note(describe(c)));
                }
            }
        }
        if (count == 0) {
            return Outcome.pass("No commits to " + what + " after " + after, List.of(Evidence.note("frozen since "
                    + after)));
        }
        return Outcome.fail(count + (count == 1 ? " commit" : " commits") + " to " + what + " after " + after,
                evidence);
    }

    private RevWalk walk(List<String> paths, ObjectId head) throws IOException {
        RevWalk walk = new RevWalk(repo);
        if (!paths.isEmpty()) {
            walk.setTreeFilter(AndTreeFilter.create(new GitPathFilter(paths), TreeFilter.ANY_DIFF));
        }
        walk.markStart(walk.parseCommit(head));
        return walk;
    }

    private Optional<ObjectId> head() throws IOException {
        return Optional.ofNullable(repo.resolve(Constants.HEAD));
    }

    private Optional<ObjectId> resolve(String name) throws IOException {
        for (String candidate : List.of(Constants.R_HEADS + name, Constants.R_REMOTES + "origin/" + name)) {
            Ref ref = repo.exactRef(candidate);
            if (ref != null && ref.getObjectId() != null) {
                return Optional.of(ref.getObjectId());
            }
        }
        try {
            return Optional.ofNullable(repo.resolve(name + "^{commit}"));
        } catch (org.eclipse.jgit.errors.RevisionSyntaxException | org.eclipse.jgit.errors.AmbiguousObjectException e) {
            return Optional.empty();
        }
    }

    private String describe(RevCommit c) {
        ZoneId zone = context.clock().getZone();
        return c.abbreviate(7).name() + " " + Instant.ofEpochSecond(c.getCommitTime()).atZone(zone).toLocalDate()
                + " " + c.getShortMessage();
    }

    private RuntimeException missing(String name) {
        return new org.migrationworkbench.core.WorkbenchException("The git check needs the parameter '" + name + "'");
    }
}
