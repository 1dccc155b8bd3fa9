package org.stancemap.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The JVM options {@code ./mvnw javafx:run} starts the window with, read from the pom's javafx-maven-plugin: the
 * probes measure the app as users start it, and the pom stays the one place these options are written.
 */
final class AppJvmOptions {

    private static final Path POM = Path.of("pom.xml");

    private AppJvmOptions() {
    }

    static List<String> fromPom() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList plugins = factory.newDocumentBuilder().parse(POM.toFile()).getElementsByTagName("plugin");
            for (int i = 0; i < plugins.getLength(); i++) {
                Element plugin = (Element) plugins.item(i);
                if (text(plugin, "artifactId").equals("javafx-maven-plugin")) {
                    List<String> options = new ArrayList<>();
                    NodeList found = plugin.getElementsByTagName("option");
                    for (int k = 0; k < found.getLength(); k++) {
                        options.add(found.item(k).getTextContent().strip());
                    }
                    return List.copyOf(options);
                }
            }
            throw new IllegalStateException(POM + " has no javafx-maven-plugin");
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("cannot read the javafx:run options from " + POM + ": " + e.getMessage(),
                    e);
        }
    }

    private static String text(Element parent, String tag) {
        NodeList children = parent.getElementsByTagName(tag);
        return children.getLength() == 0 ? "" : children.item(0).getTextContent().strip();
    }
}
