package org.migrationworkbench.core.readiness.checks;

import org.migrationworkbench.core.readiness.RuleParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.EmptyProgressMonitor;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.model.Rule;
import org.migrationworkbench.core.readiness.Evidence;
import org.migrationworkbench.core.readiness.Outcome;
import org.migrationworkbench.core.readiness.RuleChecker;
import org.migrationworkbench.core.readiness.RuleContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code git}: facts about the target repository, read with JGit. {@code clean}: no uncommitted or untracked
 * changes (ignored files do not count); {@code merged}: {@code branch} is an ancestor of {@code into}
 * (default the workspace's main branch; squash merges are not recognised); {@code tag}: the tag exists;
 * {@code fresh}: the newest commit touching {@code path} is less than {@code days} days old; {@code frozen}:
 * no commit touched {@code path} after the date {@code after}. A folder that is not a git repository fails.
 */
public final class GitChecker implements RuleChecker {
    private static final Logger LOG = LoggerFactory.getLogger(GitChecker.class);
    /** Changed files listed as evidence for {@code clean}; the summary gives the full count. */
    static final int MAX_CHANGES = 50;

    @Override
    public Outcome check(Rule rule, RuleContext context) throws Exception {
        RuleParams params = new RuleParams(rule);
        String check = params.requiredText("check").trim().toLowerCase(Locale.ROOT);
        Git git;
        try {
            git = Git.open(context.repository().toFile());
        } catch (RepositoryNotFoundException e) {
            return Outcome.fail("Not a git repository: " + context.repository(),
                    List.of(Evidence.note("no .git found in the target folder; git rules need a git checkout")));
        }
        try (git) {
            LOG.debug("git check '{}' of rule {} in {}", check, rule.id(), context.repository());
            GitHistory history = new GitHistory(git.getRepository(), params, context);
            return switch (check) {
                case "clean" -> clean(git, context.progress());
                case "merged" -> history.merged();
                case "tag" -> history.tag();
                case "fresh" -> history.fresh();
                case "frozen" -> history.frozen();
                default -> throw new WorkbenchException("Rule '" + rule.id() + "': unknown git check '" + check
                        + "'; use clean, merged, tag, fresh or frozen");
            };
        }
    }

    private static Outcome clean(Git git, Progress progress) throws Exception {
        Status status = git.status().setProgressMonitor(new Cancelling(progress)).call();
        progress.checkCancelled();
        if (status.isClean()) {
            return Outcome.pass("The work tree is clean", List.of(Evidence.note("no uncommitted or untracked "
                    + "changes")));
        }
        List<Evidence> evidence = new ArrayList<>();
        add(evidence, "uncommitted change (staged)", union(status.getAdded(), status.getChanged(),
                status.getRemoved()));
        add(evidence, "uncommitted change", union(status.getModified(), status.getMissing()));
        add(evidence, "conflict", status.getConflicting());
        add(evidence, "untracked", status.getUntracked());
        int total = union(status.getUncommittedChanges(), status.getUntracked()).size();
        List<Evidence> shown = evidence.size() > MAX_CHANGES ? evidence.subList(0, MAX_CHANGES) : evidence;
        List<Evidence> result = new ArrayList<>(shown);
        if (evidence.size() > MAX_CHANGES) {
            result.add(Evidence.note("... and " + (evidence.size() - MAX_CHANGES) + " more"));
        }
        return Outcome.fail("The work tree has " + total + (total == 1 ? " change" : " changes")
                + " not committed (" + status.getUntracked().size() + " untracked)", result);
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new TreeSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return all;
    }

    private static void add(List<Evidence> evidence, String what, Set<String> files) {
        new TreeSet<>(files).forEach(f -> evidence.add(Evidence.at(f, 0, what)));
    }

    /** Lets a long status scan stop when the run is cancelled. */
    private static final class Cancelling extends EmptyProgressMonitor {
        private final Progress progress;

        Cancelling(Progress progress) {
            this.progress = progress;
        }

        @Override
        public boolean isCancelled() {
            return progress.isCancelled();
        }
    }
}
