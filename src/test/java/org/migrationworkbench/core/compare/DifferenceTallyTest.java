package org.migrationworkbench.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DifferenceTallyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private final List<Difference> sunk = new ArrayList<>();

    private static AcceptedDifference accepted(String id, String match, String field, LocalDate expires) {
        return new AcceptedDifference(id, Pattern.compile(match), Optional.ofNullable(field).map(Pattern::compile),
                "known", "ana", Optional.ofNullable(expires));
    }

    private static Difference changed(String key, String... fields) {
        return Difference.record(Difference.Kind.CHANGED, key, 0, 0,
                java.util.Arrays.stream(fields).map(f -> new FieldChange(f, "1", "2")).toList());
    }

    private DifferenceTally tally(AcceptedDifference... accepted) {
        return new DifferenceTally(CompareOptions.defaults().withAccepted(List.of(accepted)).withSampleLimit(2),
                sunk::add, TODAY);
    }

    @Test
    void countsRecordsFieldsAndPerFieldStatisticsWithIndexesFolded() {
        DifferenceTally t = tally();
        t.difference(changed("A", "$.items[0].qty", "$.items[3].qty", "$.status"));
        t.difference(Difference.record(Difference.Kind.ADDED, "B", 0, 0, List.of()));
        t.difference(Difference.record(Difference.Kind.REMOVED, "C", 0, 0, List.of()));
        t.difference(Difference.record(Difference.Kind.DUPLICATE, "D", 0, 0, List.of()));
        t.tolerated("$.items[1].price", 5);
        t.ignored("$.generated_at", 7);
        CompareResult r = t.result(ComparedAs.JSON, List.of(), "x");
        assertThat(r).extracting(CompareResult::changed, CompareResult::changedFields, CompareResult::added,
                CompareResult::removed, CompareResult::duplicates, CompareResult::tolerated, CompareResult::ignored)
                .containsExactly(1L, 3L, 1L, 1L, 1L, 5L, 7L);
        assertThat(r.fields()).containsEntry("$.items[*].qty", new FieldStats(2, 0, 0))
                .containsEntry("$.items[*].price", new FieldStats(0, 5, 0))
                .containsEntry("$.generated_at", new FieldStats(0, 0, 7));
        assertThat(r.samples()).hasSize(2);
        assertThat(sunk).hasSize(4);
        assertThat(r.identical()).isFalse();
    }

    @Test
    void acceptedRecordIsCountedApartAndNotSunk() {
        DifferenceTally t = tally(accepted("A1", "^ORD-1$", null, null));
        t.difference(Difference.record(Difference.Kind.REMOVED, "ORD-1", 0, 0, List.of()));
        CompareResult r = t.result(ComparedAs.JSON, List.of(), "x");
        assertThat(r.accepted()).isEqualTo(1);
        assertThat(r.removed()).isZero();
        assertThat(r.identical()).isTrue();
        assertThat(sunk).isEmpty();
    }

    @Test
    void fieldAcceptanceLeavesTheOtherFieldsOfTheRecordCounting() {
        DifferenceTally t = tally(accepted("A1", "ORD", "^\\$\\.status$", null));
        t.difference(changed("ORD-1", "$.status", "$.total"));
        t.difference(changed("ORD-2", "$.status"));
        CompareResult r = t.result(ComparedAs.JSON, List.of(), "x");
        assertThat(r.changed()).isEqualTo(1);
        assertThat(r.changedFields()).isEqualTo(1);
        assertThat(sunk.get(0).fields()).extracting(FieldChange::path).containsExactly("$.total");
        assertThat(r.accepted()).isEqualTo(2);
    }

    @Test
    void expiredAcceptanceCountsAgainAndSaysSo() {
        DifferenceTally t = tally(accepted("A7", ".*", null, TODAY.minusDays(1)),
                accepted("A8", "^nothing$", null, TODAY));
        t.difference(changed("ORD-1", "$.status"));
        CompareResult r = t.result(ComparedAs.JSON, List.of(), "x");
        assertThat(r.changed()).isEqualTo(1);
        assertThat(r.accepted()).isZero();
        assertThat(r.notes()).containsExactly("Acceptance 'A7' expired on 2026-11-20; its differences count again.");
    }

    @Test
    void textHunksCountLinesAndAcceptOnlyWhenEveryLineMatches() {
        DifferenceTally t = tally(accepted("A1", "heartbeat", null, null)).lines();
        t.difference(new Difference(Difference.Kind.CHANGED, "3,4c3", 3, 3, List.of(),
                List.of("a", "b"), List.of("c")));
        t.difference(new Difference(Difference.Kind.ADDED, "5a6,7", 5, 6, List.of(),
                List.of(), List.of("x", "y")));
        t.difference(new Difference(Difference.Kind.REMOVED, "9d8", 9, 8, List.of(),
                List.of("heartbeat 1"), List.of()));
        t.difference(new Difference(Difference.Kind.CHANGED, "10c10", 10, 10, List.of(),
                List.of("heartbeat 2"), List.of("other")));
        CompareResult r = t.result(ComparedAs.TEXT, List.of(), "x");
        assertThat(r.removed()).isEqualTo(3);
        assertThat(r.added()).isEqualTo(4);
        assertThat(r.changed()).isEqualTo(2);
        assertThat(r.accepted()).isEqualTo(1);
    }
}
