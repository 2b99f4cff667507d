package dev.csimodel.examples;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The BOM (csi-bom, parentless on purpose) carries its own version: it must equal the parent's,
 * manage exactly the published modules, and the README's dependency snippet must name it.
 */
class BomTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void bomVersionIsTheProjectVersion() throws Exception {
        Document bom = parse(Files.readAllBytes(ROOT.resolve("csi-bom/pom.xml")));
        assertEquals(projectVersion(), childText(bom.getDocumentElement(), "version"));
    }

    @Test
    void bomManagesExactlyThePublishedModules() throws Exception {
        Document bom = parse(Files.readAllBytes(ROOT.resolve("csi-bom/pom.xml")));
        TreeSet<String> managed = new TreeSet<>();
        NodeList deps = bom.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element dep = (Element) deps.item(i);
            assertEquals("dev.csimodel", childText(dep, "groupId"));
            assertEquals("${project.version}", childText(dep, "version"));
            managed.add(childText(dep, "artifactId"));
        }
        assertEquals(new TreeSet<>(publishedModules()), managed);
    }

    @Test
    void readmeDependencySnippetImportsThisBom() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("## Quickstart.*?```xml\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(m.find(), "README.md has an xml dependency block in its Quickstart");
        Document snippet = parse(("<snippet>" + m.group(1) + "</snippet>").getBytes(StandardCharsets.UTF_8));
        Element bomImport = (Element) snippet.getElementsByTagName("dependency").item(0);
        assertEquals("csi-bom", childText(bomImport, "artifactId"));
        assertEquals(projectVersion(), childText(bomImport, "version"));
        assertEquals("import", childText(bomImport, "scope"));
    }

    /** Modules of the root pom that are deployed: all but the BOM itself and those skipping deploy. */
    private static List<String> publishedModules() throws Exception {
        Document root = parse(Files.readAllBytes(ROOT.resolve("pom.xml")));
        NodeList modules = root.getElementsByTagName("module");
        List<String> published = new ArrayList<>();
        for (int i = 0; i < modules.getLength(); i++) {
            String name = modules.item(i).getTextContent().trim();
            String pom = Files.readString(ROOT.resolve(name).resolve("pom.xml"), StandardCharsets.UTF_8);
            if (!name.equals("csi-bom") && !pom.contains("<maven.deploy.skip>true</maven.deploy.skip>")) {
                published.add(name);
            }
        }
        return published;
    }

    private static String projectVersion() {
        String v = System.getProperty("csi.project.version");
        assertNotNull(v, "csi.project.version is not set: run the test through Maven (csi-examples/pom.xml sets it)");
        return v;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String childText(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e.getTextContent().trim();
            }
        }
        throw new AssertionError("<" + parent.getTagName() + "> has no <" + tag + ">");
    }
}
