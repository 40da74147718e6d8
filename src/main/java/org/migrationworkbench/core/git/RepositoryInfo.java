package org.migrationworkbench.core.git;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the overview shows of the target repository: its branch and head commit, whether the work tree is
 * clean; or why none of that is available.
 */
public record RepositoryInfo(Optional<String> branch, Optional<Commit> head, Optional<Boolean> clean,
                             Optional<String> unavailable) {
    /** A commit as shown to users. */
    public record Commit(String id, String shortMessage, String author, Instant time) {
        public Commit {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(shortMessage, "shortMessage");
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(time, "time");
        }

        public String shortId() {
            return id.substring(0, Math.min(10, id.length()));
        }
    }

    public static RepositoryInfo unavailable(String reason) {
        return new RepositoryInfo(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(reason));
    }

    public boolean available() {
        return unavailable.isEmpty();
    }
}
