package org.migrationworkbench.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.migrationworkbench.core.compare.ComparedAs;
import org.migrationworkbench.core.compare.CompareResult;
import org.migrationworkbench.core.compare.Difference;
import org.migrationworkbench.core.compare.FieldChange;
import org.migrationworkbench.core.compare.FieldStats;

class RecordViewModelTest {
    static final Difference ORDER_17 = Difference.record(Difference.Kind.CHANGED, "ORD-17", 3, 3, List.of(
            new FieldChange("$.total", "10.5", "10.75"), new FieldChange("$.items[0].qty", "1", "2")));
    static final Difference ORDER_18 = Difference.record(Difference.Kind.CHANGED, "ORD-18", 4, 4, List.of(
            new FieldChange("$.status", "\"open\"", "\"closed\"")));
    static final Difference ORDER_19 = new Difference(Difference.Kind.ADDED, "ORD-19", 0, 5, List.of(), List.of(),
            List.of("{\"id\": \"ORD-19\"}"));
    static final CompareResult RESULT = CompareFixtures.result(ComparedAs.JSON, 20, 1, 0, 2, 3, 4, 20,
            Map.of("$.total", new FieldStats(1, 4, 0), "$.items[*].qty", new FieldStats(1, 0, 0),
                    "$.status", new FieldStats(1, 0, 0), "$.generated_at", new FieldStats(0, 0, 20)),
            List.of(ORDER_17, ORDER_18, ORDER_19));

    private final RecordViewModel model = new RecordViewModel(RESULT);

    @Test
    void aFieldFilterKeepsTheRecordsDifferingInThatFieldByPathOrStatisticsKey() {
        assertThat(model.visibleRecords()).hasSize(3);

        model.fieldProperty().set("$.items[*].qty");
        assertThat(model.visibleRecords()).containsExactly(ORDER_17);

        model.fieldProperty().set("$.status");
        assertThat(model.visibleRecords()).containsExactly(ORDER_18);

        model.fieldProperty().set(RecordViewModel.ALL_FIELDS);
        assertThat(model.visibleRecords()).hasSize(3);
    }

    @Test
    void filteringAwayTheSelectedRecordClearsTheDetail() {
        model.selectedProperty().set(ORDER_18);

        model.fieldProperty().set("$.total");

        assertThat(model.selectedProperty().get()).isNull();
    }

    @Test
    void fieldStatisticsListTheMostChangedFirstWithToleratedAndIgnored() {
        assertThat(model.fieldRows()).first().isEqualTo(new RecordViewModel.FieldRow("$.items[*].qty", 1, 0, 0));
        assertThat(model.fieldRows()).contains(new RecordViewModel.FieldRow("$.total", 1, 4, 0),
                new RecordViewModel.FieldRow("$.generated_at", 0, 0, 20));
        assertThat(model.fieldChoices()).startsWith(RecordViewModel.ALL_FIELDS).contains("$.status", "$.total");
    }

    @Test
    void recordsShowTheirKindAndFields() {
        assertThat(RecordViewModel.kindText(ORDER_19)).isEqualTo("added");
        assertThat(RecordViewModel.fieldsText(ORDER_17)).isEqualTo("$.total, $.items[0].qty");
        assertThat(model.sampleNote()).isEmpty();
    }
}
