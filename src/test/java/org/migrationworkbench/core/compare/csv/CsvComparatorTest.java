package org.migrationworkbench.core.compare.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.migrationworkbench.core.compare.csv.CsvPair.compare;
import static org.migrationworkbench.core.compare.csv.CsvPair.keyed;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.compare.Difference;
import org.migrationworkbench.core.compare.FieldChange;
import org.migrationworkbench.core.model.OutputFormat;
import org.migrationworkbench.core.model.Tolerance;

class CsvComparatorTest {
    @TempDir
    Path dir;

    @Test
    void rowOrderDoesNotMatterWithAKey() {
        CsvPair pair = compare(dir, "id,a\n1,x\n2,y\n3,z\n", "id,a\n3,z\n1,x\n2,y\n", keyed("id"));

        assertThat(pair.result.identical()).isTrue();
        assertThat(pair.result.oldCount()).isEqualTo(3);
        assertThat(pair.result.newCount()).isEqualTo(3);
    }

    @Test
    void changedCellsAreListedPerColumnWithLinesAndRowText() {
        CsvPair pair = compare(dir, "id,a,b\n1,x,1\n2,y,2\n", "id,a,b\n2,Y,3\n1,x,1\n", keyed("id"));

        Difference d = pair.only();
        assertThat(d.kind()).isEqualTo(Difference.Kind.CHANGED);
        assertThat(d.key()).isEqualTo("2");
        assertThat(d.oldLine()).isEqualTo(3);
        assertThat(d.newLine()).isEqualTo(2);
        assertThat(d.fields()).containsExactly(new FieldChange("a", "y", "Y"), new FieldChange("b", "2", "3"));
        assertThat(d.oldLines()).containsExactly("2,y,2");
        assertThat(d.newLines()).containsExactly("2,Y,3");
        assertThat(pair.result.changedFields()).isEqualTo(2);
    }

    @Test
    void removedAndAddedRowsCarryTheirTextAndLine() {
        CsvPair pair = compare(dir, "id,a\n1,x\n2,y\n", "id,a\n1,x\n3,z\n", keyed("id"));

        assertThat(pair.differences).extracting(Difference::kind, Difference::key, Difference::oldLine,
                        Difference::newLine)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Difference.Kind.REMOVED, "2", 3L, 0L),
                        org.assertj.core.groups.Tuple.tuple(Difference.Kind.ADDED, "3", 0L, 3L));
        assertThat(pair.differences.get(0).oldLines()).containsExactly("2,y");
        assertThat(pair.differences.get(1).newLines()).containsExactly("3,z");
    }

    @Test
    void quotedFieldsMayHoldDelimitersQuotesAndNewlinesAndLineNumbersStayRight() {
        String old = "id,note,n\n1,\"a, b\",1\n2,\"say \"\"hi\"\"\nand bye\",2\n3,plain,3\n";
        String neu = "id,note,n\n1,\"a, b\",1\n2,\"say \"\"hi\"\"\nand bye\",2\n3,plain,4\n";

        CsvPair pair = compare(dir, old, neu, keyed("id"));

        Difference d = pair.only();
        assertThat(d.key()).isEqualTo("3");
        assertThat(d.oldLine()).isEqualTo(5);
        assertThat(d.fields()).containsExactly(new FieldChange("n", "3", "4"));
    }

    @Test
    void aQuotedCellEqualsTheSameUnquotedCell() {
        CsvPair pair = compare(dir, "id,a\n1,\"x\"\n2,\"q\"\"q\"\n", "id,a\n1,x\n2,\"q\"\"q\"\n", keyed("id"));

        assertThat(pair.result.identical()).isTrue();
    }

    @Test
    void embeddedNewlineDifferenceIsShownWithTheWholeRecord() {
        CsvPair pair = compare(dir, "id,a\n1,\"x\ny\"\n", "id,a\n1,\"x\nz\"\n", keyed("id"));

        Difference d = pair.only();
        assertThat(d.fields()).containsExactly(new FieldChange("a", "x\ny", "x\nz"));
        assertThat(d.oldLines()).containsExactly("1,\"x", "y\"");
    }

    @Test
    void crlfAndLfFilesCompareEqual() {
        CsvPair pair = compare(dir, "id,a\r\n1,x\r\n2,\"y\"\r\n", "id,a\n1,x\n2,y\n", keyed("id"));

        assertThat(pair.result.identical()).isTrue();
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnName() {
        CsvPair pair = compare(dir, "\uFEFFid,a\n1,x\n", "id,a\n1,y\n", keyed("id"));

        assertThat(pair.only().fields()).containsExactly(new FieldChange("a", "x", "y"));
    }

    @Test
    void semicolonTabAndPipeDelimitersAreDetected() {
        CsvPair semicolon = compare(dir, "id;a;b\n1;x,y;2\n", "id;a;b\n1;x,y;3\n", keyed("id"));
        CsvPair tab = compare(dir, "id\ta\n1\tx\n", "id\ta\n1\tz\n", keyed("id"));
        CsvPair pipe = compare(dir, "id|a\n1|x\n", "id|a\n1|x\n", keyed("id"));

        assertThat(semicolon.only().fields()).containsExactly(new FieldChange("b", "2", "3"));
        assertThat(tab.only().fields()).containsExactly(new FieldChange("a", "x", "z"));
        assertThat(pipe.result.identical()).isTrue();
    }

    @Test
    void tsvFormatAlwaysSplitsOnTabs() {
        CsvPair pair = compare(dir, "id\ta,b\n1\tx,y\n", "id\ta,b\n1\tx,z\n",
                keyed("id").withFormat(OutputFormat.TSV));

        assertThat(pair.only().fields()).containsExactly(new FieldChange("a,b", "x,y", "x,z"));
    }

    @Test
    void aFileWithAnotherDelimiterIsComparedByValueAndNoted() {
        CsvPair pair = compare(dir, "id;a\n1;x\n", "id,a\n1,x\n", keyed("id"));

        assertThat(pair.result.identical()).isTrue();
        assertThat(pair.result.notes()).anyMatch(n -> n.contains("';'") && n.contains("','"));
    }

    @Test
    void reorderedColumnsAreMatchedByName() {
        CsvPair pair = compare(dir, "id,a,b\n1,x,2\n2,y,3\n", "b,id,a\n2,1,x\n4,2,y\n", keyed("id"));

        assertThat(pair.only().fields()).containsExactly(new FieldChange("b", "3", "4"));
    }

    @Test
    void aColumnOnlyOnOneSideIsNotedAndComparedWithEmptyCells() {
        CsvPair pair = compare(dir, "id,a,gone\n1,x,\n2,y,v\n", "id,a\n1,x\n2,y\n", keyed("id"));

        assertThat(pair.only().fields()).containsExactly(new FieldChange("gone", "v", ""));
        assertThat(pair.result.notes()).anyMatch(n -> n.contains("'gone'") && n.contains("only in the old"));
    }

    @Test
    void compositeKeysJoinTheirCellsWithABar() {
        String old = "region,id,v\nEU,1,a\nUS,1,b\n";
        String neu = "region,id,v\nUS,1,c\nEU,1,a\n";

        CsvPair pair = compare(dir, old, neu, keyed("region", "id"));

        assertThat(pair.only().key()).isEqualTo("US|1");
        assertThat(pair.only().fields()).containsExactly(new FieldChange("v", "b", "c"));
    }

    @Test
    void duplicateKeysAreReportedAndNotPaired() {
        CsvPair pair = compare(dir, "id,a\n1,x\n1,y\n2,z\n", "id,a\n1,x\n2,z\n3,w\n3,w\n", keyed("id"));

        assertThat(pair.differences).extracting(Difference::kind, Difference::key)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Difference.Kind.DUPLICATE, "1"),
                        org.assertj.core.groups.Tuple.tuple(Difference.Kind.DUPLICATE, "3"));
        Difference one = pair.differences.stream().filter(d -> d.key().equals("1")).findFirst().orElseThrow();
        assertThat(one.oldLines()).containsExactly("1,x", "1,y");
        assertThat(one.newLines()).containsExactly("1,x");
        assertThat(pair.result.duplicates()).isEqualTo(2);
        assertThat(pair.result.added()).isZero();
        assertThat(pair.result.identical()).isFalse();
    }

    @Test
    void unknownKeyColumnNamesTheFileAndTheHeader() {
        assertThatThrownBy(() -> compare(dir, "id,a\n1,x\n", "id,a\n1,x\n", keyed("ident")))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageContaining("old.csv:1")
                .hasMessageContaining("'ident'")
                .hasMessageContaining("id, a");
    }

    @Test
    void keyColumnMissingOnlyInTheNewFileNamesTheNewFile() {
        assertThatThrownBy(() -> compare(dir, "id,a\n1,x\n", "key,a\n1,x\n", keyed("id")))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageContaining("new.csv:1");
    }

    @Test
    void aRaggedRowNamesFileAndLine() {
        assertThatThrownBy(() -> compare(dir, "id,a\n1,x\n2,y,extra\n", "id,a\n1,x\n", keyed("id")))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageContaining("old.csv:3")
                .hasMessageContaining("3 fields")
                .hasMessageContaining("header has 2");
    }

    @Test
    void anUnclosedQuoteNamesFileLineAndColumn() {
        assertThatThrownBy(() -> compare(dir, "id,a\n1,x\n2,\"open\n", "id,a\n1,x\n", keyed("id")))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageContaining("old.csv:3:3")
                .hasMessageContaining("not closed");
    }

    @Test
    void textAfterAClosingQuoteIsAnError() {
        assertThatThrownBy(() -> compare(dir, "id,a\n1,\"x\"y\n", "id,a\n1,x\n", keyed("id")))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageContaining("old.csv:2:6");
    }

    @Test
    void aDuplicateColumnNameIsAnError() {
        assertThatThrownBy(() -> compare(dir, "id,a,a\n1,x,y\n", "id,a\n1,x\n", keyed("id")))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageContaining("old.csv:1")
                .hasMessageContaining("'a' twice");
    }

    @Test
    void emptyFilesAndHeaderOnlyFilesAreIdentical() {
        assertThat(compare(dir, "", "", keyed("id")).result.identical()).isTrue();
        CsvPair headers = compare(dir, "id,a\n", "id,a", keyed("id"));
        assertThat(headers.result.identical()).isTrue();
        assertThat(headers.result.oldCount()).isZero();
    }

    @Test
    void againstAnEmptyFileEveryRowIsAdded() {
        CsvPair pair = compare(dir, "", "id,a\n1,x\n2,y\n", keyed("id"));

        assertThat(pair.result.added()).isEqualTo(2);
        assertThat(pair.result.removed()).isZero();
    }

    @Test
    void blankLinesAndAMissingFinalNewlineDoNotMatter() {
        CsvPair pair = compare(dir, "id,a\n1,x\n\n2,y\n\n", "id,a\n2,y\n1,x", keyed("id"));

        assertThat(pair.result.identical()).isTrue();
        assertThat(pair.result.oldCount()).isEqualTo(2);
    }

    @Test
    void numbersCompareByValue() {
        String old = "id,n\n1,1\n2,1.50\n3,1e3\n4,-0\n5,0.001\n";
        String neu = "id,n\n1,1.0\n2,1.5\n3,1000\n4,0\n5,1E-3\n";

        assertThat(compare(dir, old, neu, keyed("id")).result.identical()).isTrue();
    }

    @Test
    void numbersCompareByValueWhenColumnsAreReorderedToo() {
        String old = "id,n,m\n1,1,2.0\n";
        String neu = "m,id,n\n2,1,1.00\n";

        assertThat(compare(dir, old, neu, keyed("id")).result.identical()).isTrue();
    }

    @Test
    void leadingZerosAndOtherNonJsonNumbersAreText() {
        CsvPair pair = compare(dir, "id,n\n1,007\n2,+1\n3,.5\n", "id,n\n1,7\n2,1\n3,0.5\n", keyed("id"));

        assertThat(pair.result.changed()).isEqualTo(3);
    }

    @Test
    void absoluteToleranceIsInclusiveAtItsEdge() {
        String old = "id,price\n1,10.00\n2,10.00\n3,10.00\n";
        String neu = "id,price\n1,10.01\n2,10.011\n3,9.99\n";

        CsvPair pair = compare(dir, old, neu, keyed("id").withTolerance(new Tolerance(0.01, 0)));

        assertThat(pair.only().key()).isEqualTo("2");
        assertThat(pair.result.tolerated()).isEqualTo(2);
        assertThat(pair.result.fields().get("price").tolerated()).isEqualTo(2);
    }

    @Test
    void relativeToleranceScalesWithTheLargerValue() {
        String old = "id,x\n1,100\n2,100\n";
        String neu = "id,x\n1,101\n2,101.03\n";

        CsvPair pair = compare(dir, old, neu, keyed("id").withTolerance(new Tolerance(0, 0.01)));

        assertThat(pair.only().key()).isEqualTo("2");
        assertThat(pair.result.tolerated()).isEqualTo(1);
    }

    @Test
    void aColumnToleranceAppliesOnlyToThatColumn() {
        String old = "id,a,b\n1,1.0,1.0\n";
        String neu = "id,a,b\n1,1.4,1.4\n";

        CsvPair pair = compare(dir, old, neu, keyed("id").withFieldTolerances(Map.of("a", new Tolerance(0.5, 0))));

        assertThat(pair.only().fields()).containsExactly(new FieldChange("b", "1.0", "1.4"));
        assertThat(pair.result.fields().get("a").tolerated()).isEqualTo(1);
    }

    @Test
    void toleranceNeverHidesTextDifferences() {
        CsvPair pair = compare(dir, "id,a\n1,abc\n", "id,a\n1,abd\n", keyed("id").withTolerance(new Tolerance(1, 1)));

        assertThat(pair.result.changed()).isEqualTo(1);
    }

    @Test
    void ignoredColumnsAreNotComparedButTheirDifferingValuesAreCounted() {
        String old = "id,a,stamp\n1,x,t1\n2,y,t2\n3,z,t3\n";
        String neu = "id,a,stamp\n1,x,t9\n2,Y,t2\n3,z,t8\n";

        CsvPair pair = compare(dir, old, neu, keyed("id").withIgnore(List.of("stamp")));

        assertThat(pair.only().fields()).containsExactly(new FieldChange("a", "y", "Y"));
        assertThat(pair.result.ignored()).isEqualTo(2);
        assertThat(pair.result.fields().get("stamp").ignored()).isEqualTo(2);
    }

    @Test
    void anIgnoredColumnOnOneSideOnlyIsNotADifference() {
        CsvPair pair = compare(dir, "id,a,stamp\n1,x,t1\n", "id,a\n1,x\n", keyed("id").withIgnore(List.of("stamp")));

        assertThat(pair.result.identical()).isTrue();
        assertThat(pair.result.notes()).noneMatch(n -> n.contains("'stamp' is only"));
    }

    @Test
    void withoutAKeyRowsMatchWholeInAnyOrder() {
        String old = "a,b\nx,1\ny,2\ny,2\nz,3\n";
        String neu = "a,b\ny,2.0\nz,3\nx,1\nw,4\n";

        CsvPair pair = compare(dir, old, neu, CsvPair.keyed());

        assertThat(pair.differences).extracting(Difference::kind, Difference::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Difference.Kind.REMOVED, "line 4"),
                        org.assertj.core.groups.Tuple.tuple(Difference.Kind.ADDED, "line 5"));
        assertThat(pair.result.notes()).anyMatch(n -> n.contains("No key columns"));
    }
}
