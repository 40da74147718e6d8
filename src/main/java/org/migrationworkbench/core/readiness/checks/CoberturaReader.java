package org.migrationworkbench.core.readiness.checks;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.migrationworkbench.core.Progress;

/**
 * Counts a Cobertura XML report's lines ({@code hits > 0} is covered) and branches (from
 * {@code condition-coverage="50% (1/2)"}) over the classes whose {@code filename} or package matches the
 * rule's path. Only {@code <class><lines><line>} is counted; the copies under {@code <methods>} are not.
 */
final class CoberturaReader {
    private static final Pattern CONDITIONS = Pattern.compile("\\((\\d+)/(\\d+)\\)");

    private final PathPrefix prefix;
    private final Progress progress;

    CoberturaReader(PathPrefix prefix, Progress progress) {
        this.prefix = prefix;
        this.progress = progress;
    }

    /** Reads from just after the {@code <coverage>} start tag to the end of the document. */
    CoverageTotals read(XMLStreamReader xml) throws XMLStreamException {
        Deque<String> stack = new ArrayDeque<>();
        stack.push("coverage");
        CoverageTotals totals = CoverageTotals.NONE;
        String packageName = "";
        boolean classMatches = false;
        int elements = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (++elements % 10_000 == 0) {
                    progress.checkCancelled();
                }
                if (name.equals("package")) {
                    packageName = nonNull(xml.getAttributeValue(null, "name"));
                } else if (name.equals("class")) {
                    classMatches = prefix.matches(nonNull(xml.getAttributeValue(null, "filename")))
                            || prefix.matches(packageName);
                    totals = classMatches ? totals.plus(new CoverageTotals(0, 0, 0, 0, 1)) : totals;
                } else if (name.equals("line") && classMatches && isClassLine(stack)) {
                    totals = totals.plus(line(xml));
                }
                stack.push(name);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                stack.pop();
            }
        }
        return totals;
    }

    private static boolean isClassLine(Deque<String> stack) {
        var it = stack.iterator();
        return it.hasNext() && it.next().equals("lines") && it.hasNext() && it.next().equals("class");
    }

    private static CoverageTotals line(XMLStreamReader xml) throws XMLStreamException {
        long hits = JacocoReader.count(xml, "hits");
        CoverageTotals line = new CoverageTotals(hits > 0 ? 1 : 0, 1, 0, 0, 0);
        String conditions = xml.getAttributeValue(null, "condition-coverage");
        if ("true".equals(xml.getAttributeValue(null, "branch")) && conditions != null) {
            Matcher m = CONDITIONS.matcher(conditions);
            if (!m.find()) {
                throw new XMLStreamException("condition-coverage=\"" + conditions + "\" has no (covered/total)",
                        xml.getLocation());
            }
            line = line.plus(CoverageTotals.branches(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))));
        }
        return line;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
