package org.migrationworkbench.core.readiness.checks;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.migrationworkbench.core.Progress;
import org.migrationworkbench.core.WorkbenchException;

/**
 * Reads a coverage report in whichever format its content shows: XML with a {@code <report>} root is
 * JaCoCo, with a {@code <coverage>} root Cobertura; text with {@code SF:}/{@code TN:} records is lcov.
 */
final class CoverageReports {
    /** The formats understood, as named in evidence. */
    enum Format { JACOCO, COBERTURA, LCOV }

    /** What was read: the format and the totals for the rule's path. */
    record Read(Format format, CoverageTotals totals) {
    }

    private static final int SNIFF_BYTES = 8192;

    private CoverageReports() {
    }

    static Read read(Path file, String fileName, PathPrefix prefix, Progress progress) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            in.mark(SNIFF_BYTES);
            String head = new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.UTF_8).replace("\uFEFF", "");
            in.reset();
            if (head.stripLeading().startsWith("<")) {
                return readXml(in, fileName, prefix, progress);
            }
            if (head.lines().map(String::strip).anyMatch(l -> l.startsWith("SF:") || l.startsWith("TN:"))) {
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                return new Read(Format.LCOV, new LcovReader(prefix, progress).read(reader, fileName));
            }
            throw new WorkbenchException("Cannot read the coverage report " + fileName + ": it is neither JaCoCo "
                    + "XML, Cobertura XML nor lcov. Point the rule's 'report' at one of those.");
        }
    }

    private static Read readXml(InputStream in, String fileName, PathPrefix prefix, Progress progress) {
        XMLStreamReader xml = SafeXml.open(in, fileName);
        try {
            String root = rootElement(xml);
            return switch (root) {
                case "report" -> new Read(Format.JACOCO, new JacocoReader(prefix, progress).read(xml));
                case "coverage" -> new Read(Format.COBERTURA, new CoberturaReader(prefix, progress).read(xml));
                default -> throw new WorkbenchException("Cannot read the coverage report " + fileName + ": its root "
                        + "element <" + root + "> is neither JaCoCo's <report> nor Cobertura's <coverage>.");
            };
        } catch (XMLStreamException e) {
            throw SafeXml.malformed(fileName, e);
        } finally {
            close(xml);
        }
    }

    private static String rootElement(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                return xml.getLocalName();
            }
        }
        throw new XMLStreamException("the document has no root element", xml.getLocation());
    }

    private static void close(XMLStreamReader xml) {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // nothing to release beyond the stream, which the caller closes
        }
    }
}
