package org.migrationworkbench.core.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/** The files a status report is written as. */
public enum ReportFormat {
    /** One self-contained HTML page ({@link HtmlReport}). */
    HTML,
    /** An A4 PDF of the same page ({@link PdfReport}). */
    PDF,
    /** The timeline picture at 2× ({@link TimelinePicture}). */
    PNG;

    /** The bytes of {@code report} in this format. */
    public byte[] render(StatusReport report) {
        return switch (this) {
            case HTML -> HtmlReport.render(report).getBytes(StandardCharsets.UTF_8);
            case PDF -> PdfReport.render(report);
            case PNG -> TimelinePicture.png(ReportTimeline.of(report));
        };
    }

    /** The document a file's name asks for: PDF when it ends with {@code .pdf}, else HTML. */
    public static ReportFormat document(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf") ? PDF : HTML;
    }
}
