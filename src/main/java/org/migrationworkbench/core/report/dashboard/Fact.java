package org.migrationworkbench.core.report.dashboard;

import java.util.List;
import java.util.Objects;

/**
 * One part of a phase's gate on the dashboard (its rules, comparisons or sign-offs).
 *
 * @param headline what it comes to, in a few words ({@code 2 pass · 1 fail}, {@code not run})
 * @param details  lines that explain the headline (what fails, which approval is stale); may be empty
 */
public record Fact(String headline, Tone tone, List<String> details) {
    public Fact {
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(tone, "tone");
        details = List.copyOf(details);
    }

    static Fact of(String headline, Tone tone) {
        return new Fact(headline, tone, List.of());
    }
}
