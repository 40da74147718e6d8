package org.migrationworkbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import org.migrationworkbench.core.AtomicFiles;
import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.model.Workspace;
import org.migrationworkbench.core.compare.StandardComparators;
import org.migrationworkbench.core.report.ReportFormat;
import org.migrationworkbench.core.session.StoreServices;
import org.migrationworkbench.core.signoff.ChainVerification;
import org.migrationworkbench.core.report.ReportGathering;
import org.migrationworkbench.core.report.ReportSources;
import org.migrationworkbench.core.report.StatusReport;
import org.migrationworkbench.core.report.TimelinePicture;
import org.migrationworkbench.core.store.StoreConfig;
import org.migrationworkbench.core.store.WorkbenchStore;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report}: the status report of a workspace as a file, from what is stored. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write the status report of a workspace: phases with status and gates, checklist progress, "
                + "readiness results with evidence, comparison verdicts, success metrics and sign-offs with the "
                + "chain head, with a picture of the timeline. Runs nothing; reads what is stored, and verifies the "
                + "sign-off chain: a ledger that does not verify is shown at the top of the report (and warned "
                + "about here). The file is replaced atomically.",
                "Exit 0 when written, 2 on bad input or when the file cannot be written."})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", paramLabel = "DIR", required = true, description = "Workspace folder.")
    Path workspace;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Output output;

    static final class Output {
        @Option(names = "--html", paramLabel = "FILE", description = "Write one self-contained HTML file.")
        Path html;

        @Option(names = "--pdf", paramLabel = "FILE", description = "Write a PDF (A4).")
        Path pdf;

        @Option(names = "--png", paramLabel = "FILE",
                description = "Write the timeline as a PNG image: the whole chart at 2x scale.")
        Path png;
    }

    @Override
    public Integer call() {
        // the timeline picture is drawn with Java2D; a command line has no display to talk to
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        TimelinePicture.warmUp();
        StatusReport report;
        try (EarlyStore early = EarlyStore.start(workspace)) {
            Workspace ws = new WorkspaceLoader().load(workspace).workspace();
            try (WorkbenchStore store = early.storeForReading(ws, spec.commandLine().getErr())) {
                report = gather(ws, store);
            }
        }
        Path file = output.html != null ? output.html : output.pdf != null ? output.pdf : output.png;
        ReportFormat format = output.html != null ? ReportFormat.HTML : output.pdf != null ? ReportFormat.PDF
                : ReportFormat.PNG;
        byte[] bytes = format.render(report);
        try {
            AtomicFiles.write(file, bytes);
        } catch (IOException e) {
            throw new WorkbenchException("Could not write the report " + file + ": " + e.getMessage(), e);
        }
        spec.commandLine().getOut().printf("Wrote %s%n", file);
        spec.commandLine().getOut().flush();
        warnWhenBroken(report.chain());
        return 0;
    }

    /** The file is written either way; a broken ledger is said on stderr too, for whoever runs this in a script. */
    private void warnWhenBroken(ChainVerification chain) {
        if (!chain.intact()) {
            int n = chain.problems().size();
            spec.commandLine().getErr().printf("workbench: warning: the sign-off ledger does not verify (%d %s): "
                    + "its sign-offs are unverified. Run 'verify' for the details.%n", n, n == 1 ? "problem"
                    : "problems");
            spec.commandLine().getErr().flush();
        }
    }

    static StatusReport gather(Workspace ws) {
        try (WorkbenchStore store = WorkbenchStore.open(StoreConfig.forWorkspace(ws.root()))) {
            return gather(ws, store);
        }
    }

    private static StatusReport gather(Workspace ws, WorkbenchStore store) {
        ReportSources sources = StoreServices.report(store, ws.root(), AnalyzeCommand.engine(),
                StandardComparators.create(Clock.systemUTC()), SignoffSupport.clock());
        return ReportGathering.gather(ws, sources, SignoffSupport.clock());
    }
}
