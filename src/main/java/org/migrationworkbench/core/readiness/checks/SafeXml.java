package org.migrationworkbench.core.readiness.checks;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.migrationworkbench.core.WorkbenchException;

/**
 * Streams XML from the target repository without ever reaching outside it: no DTD is processed or fetched
 * (JaCoCo reports name {@code report.dtd} in their DOCTYPE; it is skipped, not loaded), no external entities,
 * secure processing on. Reports are read with StAX, so a large report never sits in memory as a tree.
 */
final class SafeXml {
    private static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";

    private SafeXml() {
    }

    static XMLStreamReader open(InputStream in, String fileName) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        setIfSupported(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        setIfSupported(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        setIfSupported(factory, XMLConstants.FEATURE_SECURE_PROCESSING, true);
        setIfSupported(factory, LOAD_EXTERNAL_DTD, false);
        try {
            return factory.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw malformed(fileName, e);
        }
    }

    /** A user-facing error for XML that cannot be read, naming the file and the line. */
    static WorkbenchException malformed(String fileName, XMLStreamException e) {
        int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
        String where = line > 0 ? fileName + ":" + line : fileName;
        String reason = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)^ParseError at \\[.*?\\]\\s*"
                + "Message:\\s*", "").strip();
        return new WorkbenchException("Cannot read the coverage report " + where + ": not well-formed XML ("
                + reason + "). Regenerate the report or fix the rule's 'report' path.", e);
    }

    private static void setIfSupported(XMLInputFactory factory, String name, Object value) {
        if (factory.isPropertySupported(name)) {
            try {
                factory.setProperty(name, value);
            } catch (IllegalArgumentException e) {
                // an implementation that lists a property but refuses this value keeps its safe default
            }
        }
    }
}
