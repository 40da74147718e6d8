package org.migrationworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CompareCsvCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = WorkbenchCommand.commandLine(workspace -> 0);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void keyedCsvCompareCountsRowsAndCellsAndExitsOne() throws Exception {
        Path a = file("old.csv", "id,qty,price\n1,2,9.99\n2,1,5.00\n3,1,1.00\n");
        Path b = file("new.csv", "id,price,qty\n2,5.0,1\n1,9.98,3\n4,1.00,1\n");

        int exit = run("compare", a.toString(), b.toString(), "--key", "id", "--json");

        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertThat(exit).isEqualTo(1);
        assertThat(doc.get("format").asText()).isEqualTo("csv");
        assertThat(doc.get("changed").asLong()).isEqualTo(1);
        assertThat(doc.get("changedFields").asLong()).isEqualTo(2);
        assertThat(doc.get("removed").asLong()).isEqualTo(1);
        assertThat(doc.get("added").asLong()).isEqualTo(1);
    }

    @Test
    void toleranceAndIgnoreMakeAMatchAndExitZero() throws Exception {
        Path a = file("old.csv", "id,price,at\n1,9.99,10:00\n");
        Path b = file("new.csv", "id,price,at\n1,9.98,10:05\n");

        int exit = run("compare", a.toString(), b.toString(), "--key", "id", "--tolerance", "price=0.01",
                "--ignore", "at", "--json");

        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertThat(exit).isZero();
        assertThat(doc.get("tolerated").asLong()).isEqualTo(1);
        assertThat(doc.get("ignored").asLong()).isEqualTo(1);
    }

    @Test
    void unknownKeyColumnExitsTwoNamingTheFileAndColumn() throws Exception {
        Path a = file("old.csv", "id,qty\n1,2\n");
        Path b = file("new.csv", "id,qty\n1,2\n");

        int exit = run("compare", a.toString(), b.toString(), "--key", "order_id");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains(a + ":1", "'order_id'");
    }
}
