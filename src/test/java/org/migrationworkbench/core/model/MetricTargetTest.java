package org.migrationworkbench.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationworkbench.core.model.MetricTarget.Operator;

class MetricTargetTest {

    @Test
    void parsesOperatorNumberAndUnit() {
        MetricTarget target = MetricTarget.parse("<= 7.0 s").orElseThrow();

        assertThat(target.operator()).isEqualTo(Operator.LE);
        assertThat(target.value()).isEqualByComparingTo("7.0");
        assertThat(target.unit()).isEqualTo("s");
        assertThat(target.text()).isEqualTo("<= 7.0 s");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "'<= 7.0 s'       | LE | 7.0  | s",
            "'>= 500/h'       | GE | 500  | /h",
            "'> 90%'          | GT | 90   | %",
            "'≤ $3,528/year'  | LE | 3528 | $/year",
            "'< $40 per run'  | LT | 40   | $ per run",
            "'<= $12.50'      | LE | 12.50 | $",
            "'≥ 1,000,000 rows' | GE | 1000000 | rows",
            "'< 2'            | LT | 2    | ''",
            "'= 0 errors'     | EQ | 0    | errors",
            "'  <=5ms  '      | LE | 5    | ms",
    })
    void parsesTheDocumentedForms(String text, Operator operator, BigDecimal value, String unit) {
        MetricTarget target = MetricTarget.parse(text).orElseThrow();

        assertThat(target.operator()).isEqualTo(operator);
        assertThat(target.value()).isEqualByComparingTo(value);
        assertThat(target.unit()).isEqualTo(unit);
        assertThat(target.text()).isEqualTo(text.trim());
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"3,574 lines", "fast", "", "<= s", "<= -5 s", "=> 5", "<<= 5"})
    void rejectsTextWithoutOperatorAndNumber(String text) {
        assertThat(MetricTarget.parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "{1} {0} {2} is {3}")
    @CsvSource({
            "LT, 6.9, 7.0, true", "LT, 7.0, 7.0, false",
            "LE, 7.0, 7.00, true", "LE, 7.1, 7.0, false",
            "GT, 91, 90, true", "GT, 90, 90, false",
            "GE, 500, 500, true", "GE, 499.99, 500, false",
            "EQ, 3528.0, 3528, true", "EQ, 3529, 3528, false",
    })
    void operatorAcceptsOnlyValuesOnTheRightSide(Operator operator, BigDecimal actual, BigDecimal target,
                                                 boolean accepted) {
        assertThat(operator.accepts(actual, target)).isEqualTo(accepted);
    }

    @Test
    void unicodeOperatorsMeanTheirAsciiForms() {
        assertThat(MetricTarget.parse("≤ 1").orElseThrow().operator().symbol()).isEqualTo("<=");
        assertThat(MetricTarget.parse("≥ 1").orElseThrow().operator().symbol()).isEqualTo(">=");
    }
}
