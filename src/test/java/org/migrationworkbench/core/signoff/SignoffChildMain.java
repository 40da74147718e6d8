package org.migrationworkbench.core.signoff;

import java.nio.file.Path;

/** Child process of {@link SignoffDurabilityTest}: records one sign-off, says so, and waits to be killed. */
public final class SignoffChildMain {
    private SignoffChildMain() {
    }

    public static void main(String[] args) throws Exception {
        LedgerFixture fixture = new LedgerFixture(Path.of(args[0]));
        fixture.ledger.append(LedgerFixture.signoff("p1", "Technical Lead", "Child", 1));
        System.out.println("recorded");
        System.out.flush();
        Thread.sleep(60_000);
    }
}
