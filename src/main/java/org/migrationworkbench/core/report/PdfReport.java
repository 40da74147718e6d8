package org.migrationworkbench.core.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.migrationworkbench.core.WorkbenchException;

/**
 * Renders a {@link StatusReport} as a PDF: the page of {@link HtmlReport} laid out on A4 by openhtmltopdf, with
 * the DejaVu Sans font embedded (so marks such as ✓ and ✗ print), the timeline picture as wide as the page (never
 * clipped, whatever the plan's length), table rows never cut by a page break, table
 * headers repeated on every page, and long words wrapped inside their cells.
 */
public final class PdfReport {
    private static final String FONT = "DejaVu Sans";
    private static final String FONTS = "/org/migrationworkbench/fonts/";
    private static final String PAGE_CSS = """
            @page{size:A4;margin:15mm 12mm 18mm 12mm;
            @bottom-right{content:"Page " counter(page) " of " counter(pages);font-size:8pt;color:#666}}
            body{font-family:"DejaVu Sans",sans-serif;margin:0;font-size:9pt}
            table{-fs-table-paginate:paginate}
            tr{page-break-inside:avoid}
            img.timeline{width:100%;page-break-inside:avoid}
            .meta{word-wrap:break-word}
            .evidence{font-family:"DejaVu Sans",monospace;word-wrap:break-word}
            """;

    static {
        XRLog.setLoggingEnabled(false);
    }

    private PdfReport() {
    }

    /** The PDF bytes of the report. */
    public static byte[] render(StatusReport report) {
        String page = HtmlReport.render(report, PAGE_CSS);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(page, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException | RuntimeException e) {
            throw new WorkbenchException("Could not lay out the PDF report: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String name) {
        InputStream in = PdfReport.class.getResourceAsStream(FONTS + name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("font missing from the application: " + name));
        }
        return in;
    }
}
