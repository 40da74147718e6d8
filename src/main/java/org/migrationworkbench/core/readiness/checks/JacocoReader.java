package org.migrationworkbench.core.readiness.checks;

import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.migrationworkbench.core.Progress;

/**
 * Sums a JaCoCo XML report's LINE and BRANCH counters: those of the report itself for the whole report;
 * for a path prefix, those of every package that matches (package names use {@code /}), or else of every
 * source file ({@code package/File.java}) that matches.
 */
final class JacocoReader {
    private final PathPrefix prefix;
    private final Progress progress;

    JacocoReader(PathPrefix prefix, Progress progress) {
        this.prefix = prefix;
        this.progress = progress;
    }

    /** Reads from just after the {@code <report>} start tag to the end of the document. */
    CoverageTotals read(XMLStreamReader xml) throws XMLStreamException {
        Deque<String> stack = new ArrayDeque<>();
        stack.push("report");
        CoverageTotals report = CoverageTotals.NONE;
        CoverageTotals packages = CoverageTotals.NONE;
        CoverageTotals files = CoverageTotals.NONE;
        CoverageTotals currentFile = CoverageTotals.NONE;
        String packageName = "";
        String fileName = "";
        boolean packageMatches = false;
        int elements = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (++elements % 10_000 == 0) {
                    progress.checkCancelled();
                }
                if (name.equals("package")) {
                    packageName = attribute(xml, "name");
                    packageMatches = !prefix.isWholeReport() && prefix.matches(packageName);
                } else if (name.equals("sourcefile")) {
                    fileName = attribute(xml, "name");
                    currentFile = CoverageTotals.NONE;
                } else if (name.equals("counter")) {
                    CoverageTotals counted = counter(xml);
                    switch (stack.peek()) {
                        case "report" -> report = report.plus(counted);
                        case "package" -> packages = packageMatches ? packages.plus(counted) : packages;
                        case "sourcefile" -> currentFile = currentFile.plus(counted);
                        default -> { }
                    }
                }
                stack.push(name);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = stack.pop();
                if (name.equals("sourcefile") && !packageMatches
                        && prefix.matches(packageName + "/" + fileName)) {
                    files = files.plus(currentFile);
                }
            }
        }
        if (prefix.isWholeReport()) {
            return report;
        }
        return packages.units() > 0 ? packages : files;
    }

    private static String attribute(XMLStreamReader xml, String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? "" : value;
    }

    private static CoverageTotals counter(XMLStreamReader xml) throws XMLStreamException {
        long missed = count(xml, "missed");
        long covered = count(xml, "covered");
        return switch (attribute(xml, "type")) {
            case "LINE" -> CoverageTotals.lines(covered, covered + missed);
            case "BRANCH" -> CoverageTotals.branches(covered, covered + missed);
            default -> CoverageTotals.NONE;
        };
    }

    static long count(XMLStreamReader xml, String name) throws XMLStreamException {
        String value = attribute(xml, name).trim();
        try {
            long n = Long.parseLong(value);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the location
        }
        throw new XMLStreamException("<" + xml.getLocalName() + "> has " + name + "=\"" + value
                + "\", expected a count", xml.getLocation());
    }
}
