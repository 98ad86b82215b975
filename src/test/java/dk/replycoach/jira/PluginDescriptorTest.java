package dk.replycoach.jira;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.java.ao.RawEntity;
import net.java.ao.schema.Table;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/** The descriptor Jira reads, as it comes out of the build. */
public class PluginDescriptorTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.replycoach");

    @Test
    public void pluginInfoIsFilledInAndDataCenterCompatible() throws Exception {
        Element root = xml("atlassian-plugin.xml").getDocumentElement();
        assertEquals("dk.replycoach.jira-reply-coach", root.getAttribute("key"));
        assertFalse(root.getAttribute("name").contains("${"));
        Element info = (Element) root.getElementsByTagName("plugin-info").item(0);
        assertFalse(info.getElementsByTagName("version").item(0).getTextContent().contains("${"));
        List<String> params = new ArrayList<>();
        NodeList ps = info.getElementsByTagName("param");
        for (int i = 0; i < ps.getLength(); i++) {
            Element p = (Element) ps.item(i);
            params.add(p.getAttribute("name") + "=" + p.getTextContent().trim());
        }
        assertTrue(params.contains("atlassian-data-center-status=compatible"));
        assertTrue(params.contains("atlassian-data-center-compatible=true"));
    }

    @Test
    public void theI18nResourcePointsAtTheBundledFiles() throws Exception {
        Element resource = (Element) xml("atlassian-plugin.xml").getElementsByTagName("resource").item(0);
        assertEquals("i18n", resource.getAttribute("type"));
        String path = resource.getAttribute("location").replace('.', '/') + ".properties";
        assertNotNull(path, getClass().getClassLoader().getResource(path));
    }

    @Test
    public void theAoModuleListsExactlyTheEntitiesAndTheirTablesFitOracle() throws Exception {
        Set<String> listed = new TreeSet<>();
        NodeList entities = xml("atlassian-plugin.xml").getElementsByTagName("entity");
        for (int i = 0; i < entities.getLength(); i++) {
            listed.add(entities.item(i).getTextContent().trim());
        }
        Set<String> declared = new TreeSet<>();
        for (JavaClass c : MAIN) {
            if (c.isInterface() && c.isAssignableTo(RawEntity.class)) {
                declared.add(c.getName());
                Table table = c.reflect().getAnnotation(Table.class);
                assertNotNull(c.getName() + " needs an explicit @Table name", table);
                assertTrue(table.value(), ("AO_123456_" + table.value()).length() <= 30);
            }
        }
        assertFalse(declared.isEmpty());
        assertEquals(declared, listed);
    }

    @Test
    public void springScannerReadsItsIndexes() throws Exception {
        Document context = xml("META-INF/spring/plugin-context.xml");
        assertEquals(1, context.getElementsByTagNameNS("http://www.atlassian.com/schema/atlassian-scanner/2",
                "scan-indexes").getLength());
    }

    @Test
    public void lifecycleComponentsAreExportedSoSalCallsThem() {
        for (JavaClass c : MAIN) {
            if (!c.isInterface() && c.isAssignableTo(LifecycleAware.class)) {
                ExportAsService export = c.reflect().getAnnotation(ExportAsService.class);
                assertNotNull(c.getName() + " must be exported as LifecycleAware", export);
                assertTrue(Arrays.asList(export.value()).contains(LifecycleAware.class));
            }
        }
    }

    private Document xml(String resource) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(resource, in);
            return f.newDocumentBuilder().parse(in);
        }
    }
}
