package org.migrationworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.testing.TestWorkspaces;
import picocli.CommandLine;

/** report through the command line: the HTML status report of a workspace with stored results. */
class ReportCommandTest {
    @TempDir
    Path temp;
    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cmd = WorkbenchCommand.commandLine(workspace -> {
            throw new AssertionError("no GUI here");
        });
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    /** A workspace with two phases, a checklist, a rule, a comparison and metrics; hostile text in its titles. */
    private Path workspace() throws Exception {
        Path ws = temp.resolve("ws");
        TestWorkspaces.write(ws.resolve("checklists/go-live.md"),
                "# Go live\n\n- [ ] Freeze the old system\n- [x] Announce\n");
        TestWorkspaces.write(ws.resolve("outputs/old/a.txt"), "one\ntwo\n");
        TestWorkspaces.write(ws.resolve("outputs/new/a.txt"), "one\nTWO\n");
        TestWorkspaces.write(ws.resolve("workbench.yaml"), """
                name: "Billing <script>alert('x')</script>"
                target: .
                start: 2026-09-07
                phases:
                  - id: p1-build
                    title: Build & test the new pipeline
                    weeks: [1, 2]
                  - id: p2-cutover
                    title: Cut over
                    weeks: 3
                    depends_on: [p1-build]
                    gates:
                      checklists: [go-live]
                      rules: [old-code-gone]
                      comparisons: [reports]
                      signoffs: [Technical Lead]
                checklists:
                  - id: go-live
                    file: checklists/go-live.md
                rules:
                  - id: old-code-gone
                    kind: path-absent
                    paths: [legacy/**]
                comparisons:
                  - id: reports
                    title: Monthly reports
                    old: outputs/old
                    new: outputs/new
                metrics:
                  - {name: Batch time, target: "<= 7.0 s", actual: 6.2 s}
                  - {name: Throughput, target: ">= 500/h", actual: 450/h}
                  - {name: Error rate, target: "< 1%"}
                signoff:
                  roles: [Technical Lead]
                """);
        try (Git git = Git.init().setDirectory(ws.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("ws").setAuthor("t", "t@example.org").setCommitter("t", "t@example.org").call();
        }
        return ws;
    }

    private String report(Path ws) throws Exception {
        assertThat(run("analyze", "--workspace", ws.toString())).as(out.toString()).isZero();
        assertThat(run("compare", "--workspace", ws.toString(), "--id", "reports")).isEqualTo(1);
        assertThat(run("signoff", "--workspace", ws.toString(), "--gate", "p2-cutover", "--role", "Technical Lead",
                "--approve", "--as", "Ada <ada@example.org>")).as(err.toString()).isZero();
        Path html = temp.resolve("out/status.html");
        Files.createDirectories(html.getParent());
        assertThat(run("report", "--workspace", ws.toString(), "--html", html.toString())).as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("Wrote " + html);
        return Files.readString(html);
    }

    @Test
    void theHtmlReportShowsPhasesMetricsComparisonsAndTheChainHead() throws Exception {
        Path ws = workspace();
        String html = report(ws);
        String head = Files.readString(ws.resolve(".workbench/signoffs.head")).strip();

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").doesNotContain("<script", "http://",
                "https://", "<link", "<img");
        assertThat(html).contains("p1-build — Build &amp; test the new pipeline", "p2-cutover — Cut over",
                "2026-09-07 – 2026-09-20", "2026-09-21 – 2026-09-27");
        assertThat(html).contains("Go live (go-live)", "1/2 (50%)");
        assertThat(html).contains("old-code-gone", "<td>pass</td>");
        assertThat(html).contains("Monthly reports (reports)", "<td>differences</td>");
        assertThat(html).contains("<td>Batch time</td><td>&lt;= 7.0 s</td><td>6.2 s</td><td>✓</td>",
                "<td>Throughput</td><td>&gt;= 500/h</td><td>450/h</td><td>✗</td>",
                "<td>Error rate</td><td>&lt; 1%</td><td>—</td><td>pending</td>");
        assertThat(html).contains("Ada &lt;ada@example.org&gt;", "in force")
                .contains("Chain head: record 1, hash " + head.split(" ")[1]);
    }

    @Test
    void aHostileWorkspaceNameIsEscaped() throws Exception {
        String html = report(workspace());

        assertThat(html).contains("Migration status: Billing &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script>");
    }

    @Test
    void thePdfReportIsOneA4PageWithEveryPhaseAndMetricMark() throws Exception {
        Path ws = workspace();
        report(ws);
        Path pdf = temp.resolve("out/status.pdf");

        assertThat(run("report", "--workspace", ws.toString(), "--pdf", pdf.toString())).as(err.toString()).isZero();

        assertThat(out.toString()).contains("Wrote " + pdf);
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Build & test the new pipeline", "Cut over", "Monthly reports (reports)",
                    "Billing <script>alert('x')</script>", "Batch time", "✓", "✗", "Page 1 of 1");
        }
        try (var files = Files.list(pdf.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("status.html",
                    "status.pdf");
        }
    }

    @Test
    void pngIsNotAvailableYet() throws Exception {
        Path ws = workspace();

        assertThat(run("report", "--workspace", ws.toString(), "--png", temp.resolve("r.png").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--png is not available yet");
        assertThat(Files.exists(temp.resolve("r.png"))).isFalse();
    }

    @Test
    void exactlyOneOutputIsRequired() throws Exception {
        Path ws = workspace();

        assertThat(run("report", "--workspace", ws.toString())).isEqualTo(2);
        assertThat(run("report", "--workspace", ws.toString(), "--html", "a.html", "--pdf", "b.pdf")).isEqualTo(2);
    }
}
