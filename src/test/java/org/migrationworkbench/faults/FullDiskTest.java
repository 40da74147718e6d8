package org.migrationworkbench.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.signoff.ChainHead;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.store.StoreProbe;
import org.migrationworkbench.faults.CliChild.Result;

/** Sign-offs through the real command line on a disk that is (nearly) full. */
class FullDiskTest {
    private static final Pattern RECORDED = Pattern.compile("Recorded approve of gate p1 .*\\(record (\\d+),");

    @TempDir
    Path temp;
    private TinyDisk disk;

    @AfterEach
    void unmount() {
        if (disk != null) {
            disk.close();
        }
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    @Timeout(600)
    void onADiskThatFillsUpOnlyStoredSignoffsAreAcknowledgedAndTheChainStaysIntact() throws Exception {
        disk = TinyDisk.mount(temp.resolve("tiny"), "3m");
        Path ws = FaultWorkspaces.minimal(disk.root().resolve("ws"));
        CliChild cli = CliChild.create("full-disk", temp.resolve("output"));
        List<Long> acknowledged = new ArrayList<>();
        acknowledged.add(recorded(cli.run(FaultWorkspaces.approval(ws))));
        disk.fillLeaving(48 * 1024);

        List<Result> failed = new ArrayList<>();
        int ranOut = 0;
        for (int run = 0; run < 14 && ranOut < 3; run++) {
            // most runs skip the free-space check and go on until the disk itself has no space left
            boolean checked = run % 3 == 2;
            Result result = (checked ? cli : cli.with("-Dworkbench.store.minFreeBytes=0"))
                    .run(FaultWorkspaces.approval(ws));
            if (result.exit() == 0) {
                acknowledged.add(recorded(result));
                disk.fillLeaving(disk.free() / 2);
            } else {
                failed.add(result);
                ranOut += checked ? 0 : 1;
            }
        }
        disk.makeRoom();
        acknowledged.add(recorded(cli.run(FaultWorkspaces.approval(ws))));

        assertThat(ranOut).as("sign-offs that ran out of space; failed: %s", failed).isPositive();
        assertThat(failed).allSatisfy(r -> {
            assertThat(r.exit()).as(r.toString()).isEqualTo(2);
            assertThat(r.out()).as(r.toString()).doesNotContain("Recorded");
            assertThat(r.err()).as(r.toString()).containsPattern("(?i)disk.* full|no space left");
        });
        assertThat(acknowledged).as("record numbers acknowledged").doesNotHaveDuplicates();
        assertThat(storedRecords(ws)).containsAll(acknowledged);
        Result verify = cli.run("verify", "--workspace", ws.toString());
        assertThat(verify.exit()).as(verify.toString()).isZero();
        assertThat(verify.out()).contains("Sign-off chain: intact");
    }

    @Test
    void aSignoffIsRefusedWithNothingStoredWhenTheDiskHasLessThanTheMinimumFree() throws Exception {
        Path ws = FaultWorkspaces.minimal(temp.resolve("ws"));
        CliChild cli = CliChild.create("min-free", temp.resolve("output"));
        recorded(cli.run(FaultWorkspaces.approval(ws)));
        String head = Files.readString(ChainHead.file(ws));

        Result refused = cli.with("-Dworkbench.store.minFreeBytes=" + Long.MAX_VALUE)
                .run(FaultWorkspaces.approval(ws));

        assertThat(refused.exit()).as(refused.toString()).isEqualTo(2);
        assertThat(refused.out()).doesNotContain("Recorded");
        assertThat(refused.err()).containsPattern("The disk holding .* is full").contains("Nothing was recorded");
        assertThat(storedRecords(ws)).containsExactly(1L);
        assertThat(Files.readString(ChainHead.file(ws))).isEqualTo(head);
        assertThat(cli.run("verify", "--workspace", ws.toString()).exit()).isZero();
    }

    /** The record number a run acknowledged; fails unless it exited 0 saying "Recorded". */
    private static long recorded(Result result) {
        assertThat(result.exit()).as(result.toString()).isZero();
        Matcher m = RECORDED.matcher(result.out());
        assertThat(m.find()).as(result.toString()).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** The record numbers in the closed database file, read-only. */
    private static List<Long> storedRecords(Path ws) throws Exception {
        return StoreProbe.readOnly(StoreConfig.forWorkspace(ws), connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT seq FROM signoff ORDER BY seq");
                 ResultSet rows = query.executeQuery()) {
                List<Long> seqs = new ArrayList<>();
                while (rows.next()) {
                    seqs.add(rows.getLong(1));
                }
                return seqs;
            }
        });
    }
}
