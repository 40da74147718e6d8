package org.migrationworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationworkbench.core.model.DateRange;
import org.migrationworkbench.core.report.HtmlReport;
import org.migrationworkbench.core.report.ReportTimeline;
import org.migrationworkbench.core.report.StatusReport;
import org.migrationworkbench.core.report.TimelinePicture;
import org.migrationworkbench.core.timeline.Baseline;
import org.migrationworkbench.core.timeline.TimelineScale;
import org.migrationworkbench.core.workspace.WorkspaceLoader;
import org.migrationworkbench.testing.LedgerTampering;
import org.migrationworkbench.testing.PdfImages;
import org.migrationworkbench.testing.TestWorkspaces;
import org.migrationworkbench.testing.CliRun;

/** report through the command line: the HTML and PDF status reports and the timeline picture of a workspace. */
class ReportCommandTest {
    @TempDir
    Path temp;
    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
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
        assertThat(run("analyze", "--workspace", ws.toString())).as(cli.out()).isZero();
        assertThat(run("compare", "--workspace", ws.toString(), "--id", "reports")).isEqualTo(1);
        assertThat(run("signoff", "--workspace", ws.toString(), "--gate", "p2-cutover", "--role", "Technical Lead",
                "--approve", "--as", "Ada <ada@example.org>")).as(cli.err()).isZero();
        Path html = temp.resolve("out/status.html");
        Files.createDirectories(html.getParent());
        assertThat(run("report", "--workspace", ws.toString(), "--html", html.toString())).as(cli.err())
                .isZero();
        assertThat(cli.out()).contains("Wrote " + html);
        return Files.readString(html);
    }

    @Test
    void theHtmlReportShowsPhasesMetricsComparisonsAndTheChainHead() throws Exception {
        Path ws = workspace();
        String html = report(ws);
        String head = Files.readString(ws.resolve(".workbench/signoffs.head")).strip();

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").doesNotContain("<script", "http://",
                "https://", "<link");
        assertThat(html).contains("p1-build — Build &amp; test the new pipeline", "p2-cutover — Cut over",
                "7 Sep – 20 Sep 2026", "21 Sep – 27 Sep 2026");
        assertThat(html).contains("Go live (go-live)", "1/2 (50%)");
        assertThat(html).contains("old-code-gone", "<td>pass</td>");
        assertThat(html).contains("Monthly reports (reports)", "<td>differences</td>");
        assertThat(html).contains("<td>Batch time</td><td>&lt;= 7.0 s</td><td>6.2 s</td><td>✓</td>",
                "<td>Throughput</td><td>&gt;= 500/h</td><td>450/h</td><td>✗</td>",
                "<td>Error rate</td><td>&lt; 1%</td><td>—</td><td>pending</td>");
        assertThat(html).contains("Ada &lt;ada@example.org&gt;", "in force")
                .contains("Chain head: record 1, hash " + head.split(" ")[1]);
        String dashboard = html.substring(html.indexOf("<h2>Dashboard</h2>"), html.indexOf("<h2>Timeline</h2>"));
        assertThat(dashboard).contains("<tr><td>0</td><td>0</td><td>1</td><td>0</td><td>1</td></tr>",
                "1 of 2 phases done · readiness: ready · comparisons: 0 of 1 identical · success metrics: 1 of 3 met",
                "<td>phase at risk</td><td>Cut over</td>", "<td>missed metric</td><td>Throughput</td>");
        assertThat(html).contains("<td>closed — rules 1 pass; comparisons 1 difference; sign-offs 1 of 1 role "
                + "approved</td>", "<td>no gate</td>");
    }

    @Test
    void aTamperedLedgerIsWarnedAboutAtTheTopOfTheReportAndOnStderr() throws Exception {
        Path ws = workspace();
        report(ws);
        LedgerTampering.tamper(ws, "UPDATE signoff SET person = 'Mallory' WHERE seq = 1");
        Path html = temp.resolve("out/tampered.html");

        assertThat(run("report", "--workspace", ws.toString(), "--html", html.toString())).as(cli.err()).isZero();

        String page = Files.readString(html);
        String top = page.substring(0, page.indexOf("<h2>Dashboard</h2>"));
        assertThat(top).contains("<div class=\"ledger-broken\" id=\"ledger-broken\">",
                "<h2>Sign-off ledger does not verify</h2>", "<td class=\"kind\">edited</td><td class=\"seq\">1</td>");
        assertThat(page).contains("<td>in force · unverified</td>", "sign-offs 1 of 1 role approved · unverified")
                .doesNotContain("Sign-off ledger: intact", "<td>in force</td>");
        assertThat(cli.err()).contains("warning: the sign-off ledger does not verify (1 problem)");
    }

    @Test
    void anIntactLedgerIsSaidToBeIntactWithItsHead() throws Exception {
        Path ws = workspace();
        String html = report(ws);
        String head = Files.readString(ws.resolve(".workbench/signoffs.head")).strip().split(" ")[1];

        assertThat(html).contains("Sign-off ledger: intact (1 record, head " + head.substring(0, 12) + ")")
                .doesNotContain("Sign-off ledger does not verify", "class=\"ledger-broken\"");
        assertThat(cli.err()).doesNotContain("warning");
    }

    /** The page's one image spans the content width between the 12 mm margins, undistorted and not clipped. */
    private static void assertTimelineFillsTheContentWidth(PDPage page) throws Exception {
        float margin = 12 / 25.4f * 72;
        float pageWidth = page.getMediaBox().getWidth();
        List<Rectangle2D> images = PdfImages.on(page);
        assertThat(images).hasSize(1);
        Rectangle2D box = images.get(0);
        assertThat(box.getMinX()).isBetween(margin - 0.1, margin + 1.0);
        assertThat(box.getMaxX()).isBetween(pageWidth - margin - 1.0, pageWidth - margin + 0.1);
        PDImageXObject image = (PDImageXObject) page.getResources().getXObject(
                page.getResources().getXObjectNames().iterator().next());
        assertThat(box.getHeight() / box.getWidth()).isCloseTo((double) image.getHeight() / image.getWidth(),
                within(0.01));
    }

    @Test
    void aLongPlanIsDrawnAsSeveralPicturesEachWholeOnItsPage() throws Exception {
        Path ws = org.migrationworkbench.ui.timeline.TimelineWorkspaces.writeLong(temp.resolve("long"), 90);
        Path html = temp.resolve("out/long.html");
        Path pdf = temp.resolve("out/long.pdf");

        assertThat(run("report", "--workspace", ws.toString(), "--html", html.toString())).as(cli.err()).isZero();
        assertThat(run("report", "--workspace", ws.toString(), "--pdf", pdf.toString())).as(cli.err()).isZero();

        String page = Files.readString(html);
        assertThat(page.split("<img class=\"timeline\"", -1)).hasSize(4);
        assertThat(page).contains("Timeline, continued: phases 41–80 of 90", "Timeline, continued: phases 81–90 of 90");
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            int pictures = 0;
            for (PDPage p : doc.getPages()) {
                for (Rectangle2D box : PdfImages.on(p)) {
                    pictures++;
                    assertThat(box.getMinY()).isGreaterThanOrEqualTo(0);
                    assertThat(box.getMaxY()).isLessThanOrEqualTo(p.getMediaBox().getHeight());
                    assertThat(box.getMaxX()).isLessThanOrEqualTo(p.getMediaBox().getWidth());
                }
            }
            assertThat(pictures).isEqualTo(3);
        }
    }

    @Test
    void aHostileWorkspaceNameIsEscaped() throws Exception {
        String html = report(workspace());

        assertThat(html).contains("Migration status: Billing &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script>");
    }

    @Test
    void thePdfReportIsTwoA4PagesOpeningWithThePageWideTimelineAndEveryPhaseAndMetricMark() throws Exception {
        Path ws = workspace();
        report(ws);
        Path pdf = temp.resolve("out/status.pdf");

        assertThat(run("report", "--workspace", ws.toString(), "--pdf", pdf.toString())).as(cli.err()).isZero();

        assertThat(cli.out()).contains("Wrote " + pdf);
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Build & test the new pipeline", "Cut over", "Monthly reports (reports)",
                    "Billing <script>alert('x')</script>", "Batch time", "✓", "✗", "Page 1 of 2", "Page 2 of 2");
            assertTimelineFillsTheContentWidth(doc.getPage(0));
            assertThat(PdfImages.on(doc.getPage(1))).isEmpty();
        }
        try (var files = Files.list(pdf.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("status.html",
                    "status.pdf");
        }
    }

    @Test
    void theHtmlReportOpensWithTheTimelinePictureInline() throws Exception {
        Path ws = workspace();
        String html = report(ws);

        assertThat(html).containsOnlyOnce("<img ").contains("<h2>Timeline</h2>\n<img class=\"timeline\"");
        assertThat(html.indexOf("<h2>Timeline</h2>")).isLessThan(html.indexOf("<h2>Phases</h2>"));
        Matcher img = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\" alt=\"([^\"]*)\"")
                .matcher(html);
        assertThat(img.find()).isTrue();
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(img.group(1))));
        TimelineScale scale = expectedScale(ws);
        assertThat(picture.getWidth()).isEqualTo((int) Math.ceil(2 * scale.width()));
        assertThat(picture.getHeight()).isEqualTo((int) Math.ceil(2 * scale.height()));
        assertThat(img.group(2)).startsWith("Timeline of 2 phases: ")
                .contains("Build &amp; test the new pipeline (p1-build", "Cut over (p2-cutover");
    }

    private static TimelineScale expectedScale(Path ws) {
        StatusReport report = ReportCommand.gather(new WorkspaceLoader().load(ws).workspace());
        return TimelinePicture.scale(ReportTimeline.of(report));
    }

    @Test
    void thePhasesTableNotesTheBaselineOnlyWhenOneExists() throws Exception {
        Path ws = workspace();
        StatusReport report = ReportCommand.gather(new WorkspaceLoader().load(ws).workspace());
        Baseline baseline = new Baseline(Instant.EPOCH, "on demand", Map.of(
                "p1-build", new DateRange(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 20)),
                "p2-cutover", new DateRange(LocalDate.of(2026, 9, 21), LocalDate.of(2026, 9, 24))));
        StatusReport withBaseline = new StatusReport(report.workspace(), report.generatedAt(), report.today(),
                report.phases(), report.checklists(), report.blocked(), report.readiness(), report.waivers(), report.comparisons(),
                report.metrics(), report.signoffs(), report.chainHead(), report.chain(), Optional.of(baseline));

        assertThat(HtmlReport.render(withBaseline)).contains("<th>Baseline</th>",
                "<td>planned end 2026-09-20, on plan</td>", "<td>planned end 2026-09-24, +3 days</td>");
        assertThat(HtmlReport.render(report)).doesNotContain("Baseline", "planned end");
    }

    @Test
    void pngWritesTheWholeTimelineAtTwiceItsSize() throws Exception {
        Path ws = workspace();
        Path png = temp.resolve("out/timeline.png");

        assertThat(run("report", "--workspace", ws.toString(), "--png", png.toString())).as(cli.err()).isZero();

        assertThat(cli.out()).contains("Wrote " + png);
        BufferedImage picture = ImageIO.read(png.toFile());
        TimelineScale scale = expectedScale(ws);
        assertThat(picture.getWidth()).isEqualTo((int) Math.ceil(2 * scale.width())).isGreaterThan(1000);
        assertThat(picture.getHeight()).isEqualTo((int) Math.ceil(2 * scale.height()));
        try (var files = Files.list(png.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("timeline.png");
        }
    }

    @Test
    void aPngThatCannotBeWrittenExitsWithTwo() throws Exception {
        Path ws = workspace();
        Path notADirectory = temp.resolve("file");
        Files.writeString(notADirectory, "x");

        assertThat(run("report", "--workspace", ws.toString(), "--png", notADirectory.resolve("t.png").toString()))
                .isEqualTo(2);
        assertThat(cli.err()).contains("Could not write the report " + notADirectory.resolve("t.png"));
    }

    @Test
    void exactlyOneOutputIsRequired() throws Exception {
        Path ws = workspace();

        assertThat(run("report", "--workspace", ws.toString())).isEqualTo(2);
        assertThat(run("report", "--workspace", ws.toString(), "--html", "a.html", "--pdf", "b.pdf")).isEqualTo(2);
    }
}
