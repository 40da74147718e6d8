package org.migrationworkbench.core.compare.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.migrationworkbench.core.compare.csv.CsvPair.compare;
import static org.migrationworkbench.core.compare.csv.CsvPair.keyed;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.compare.FieldChange;

/** A record longer than the bound is refused with its file and line; a cell of some megabytes still compares. */
class LongRowTest {
    @TempDir
    Path dir;

    @Test
    void rowLongerThanTheBoundIsRefusedNamingFileAndLine() {
        String old = "id,v\n1,a\n2," + "x".repeat(5000) + "\n3,c\n";

        assertThatThrownBy(() -> compare(dir, old, "id,v\n1,a\n", keyed("id"), new CsvComparator(1 << 20, 1024)))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageStartingWith(dir.resolve("old.csv") + ":3: the row is longer than 1,024 bytes");
    }

    @Test
    void unclosedQuoteRunningPastTheBoundIsRefusedWithAHint() {
        String neu = "id,v\n1,\"open\n" + "y\n".repeat(3000);

        assertThatThrownBy(() -> compare(dir, "id,v\n1,a\n", neu, keyed("id"), new CsvComparator(1 << 20, 1024)))
                .hasMessageStartingWith(dir.resolve("new.csv") + ":2: the row is longer than 1,024 bytes")
                .hasMessageContaining("quote");
    }

    @Test
    void cellOfSomeMegabytesLongerThanOneReadStillCompares() {
        String big = "z".repeat(6 << 20);

        CsvPair pair = compare(dir, "id,v\n1," + big + "a\n2,b\n", "id,v\n2,b\n1," + big + "b\n", keyed("id"));

        assertThat(pair.only().fields()).singleElement().extracting(FieldChange::path).isEqualTo("v");
        assertThat(pair.only().fields().get(0).newValue()).hasSize(big.length() + 1).endsWith("zb");
    }
}
