package org.migrationworkbench.core.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.migrationworkbench.core.WorkbenchException;

/**
 * The commits of the sample target repository, as listed in {@code configs/sample-target/history.yaml}:
 * each commit copies an overlay folder onto the work tree, deletes the {@code remove} paths and commits.
 */
record History(List<Commit> commits) {

    History {
        commits = commits == null ? List.of() : List.copyOf(commits);
    }

    /** One commit; {@code overlay} is relative to the folder of history.yaml, {@code remove} to the repository. */
    record Commit(String message, Person author, String date, String overlay, List<String> remove) {
        Commit {
            remove = remove == null ? List.of() : List.copyOf(remove);
        }

        OffsetDateTime when() {
            try {
                return OffsetDateTime.parse(date);
            } catch (DateTimeParseException e) {
                throw new WorkbenchException("history.yaml: commit '" + firstLine() + "' has date '" + date
                        + "', expected an ISO date-time with offset such as 2026-09-18T11:30:00+02:00.", e);
            }
        }

        String firstLine() {
            return message == null ? "" : message.lines().findFirst().orElse("");
        }
    }

    record Person(String name, String email) {
    }

    static History read(Path file) throws IOException {
        History history;
        try (InputStream in = Files.newInputStream(file)) {
            history = new ObjectMapper(new YAMLFactory()).readValue(in, History.class);
        }
        if (history.commits().isEmpty()) {
            throw new WorkbenchException(file + ": lists no commits.");
        }
        for (Commit commit : history.commits()) {
            if (commit.message() == null || commit.message().isBlank() || commit.author() == null
                    || commit.author().name() == null || commit.author().email() == null
                    || commit.date() == null || commit.overlay() == null) {
                throw new WorkbenchException(file + ": commit '" + commit.firstLine()
                        + "' needs message, author (name, email), date and overlay.");
            }
        }
        return history;
    }
}
