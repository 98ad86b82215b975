package dk.replycoach.jira;

import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * What Jira would only find out at install time, checked in the offline build: every class the
 * descriptor names exists and has the supertype its module needs, every resource file exists, and
 * every i18n key used in the descriptor, templates, JavaScript and Java exists in English and Danish.
 */
public class DescriptorModulesTest {
    private static final Map<String, String> CLASS_SUPERTYPES = Map.of(
            "workflow-validator", "com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory",
            "servlet", "javax.servlet.http.HttpServlet",
            "servlet-filter", "javax.servlet.Filter");

    private static Document descriptor() throws Exception {
        try (InputStream in = DescriptorModulesTest.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            assertNotNull("atlassian-plugin.xml on the classpath", in);
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(in);
        }
    }

    private static List<Element> elements(Document d, String tag) {
        NodeList nodes = d.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    @Test
    public void moduleClassesExistWithTheRightSupertype() throws Exception {
        Document d = descriptor();
        for (Map.Entry<String, String> e : CLASS_SUPERTYPES.entrySet()) {
            for (Element module : elements(d, e.getKey())) {
                Class<?> c = Class.forName(module.getAttribute("class"));
                assertTrue(c + " must be a " + e.getValue(), Class.forName(e.getValue()).isAssignableFrom(c));
            }
        }
        for (Element v : elements(d, "validator-class")) {
            Class<?> c = Class.forName(v.getTextContent().trim());
            assertTrue(c + " must be an OSWorkflow Validator", com.opensymphony.workflow.Validator.class.isAssignableFrom(c));
        }
        for (Element condition : elements(d, "condition")) {
            String cls = condition.getAttribute("class");
            if (cls.startsWith("dk.replycoach")) {
                Class<?> c = Class.forName(cls);
                assertTrue(c + " must be a web Condition", com.atlassian.plugin.web.Condition.class.isAssignableFrom(c));
            }
        }
    }

    @Test
    public void everyResourceFileExists() throws Exception {
        for (Element r : elements(descriptor(), "resource")) {
            if ("i18n".equals(r.getAttribute("type"))) {
                continue;
            }
            String location = r.getAttribute("location");
            assertNotNull("resource " + location + " (" + r.getAttribute("name") + ") is missing",
                    getClass().getClassLoader().getResource(location));
        }
    }

    @Test
    public void restResourcesLiveInThePlugin() throws Exception {
        if (!elements(descriptor(), "rest").isEmpty()) {
            Class<?> c = Class.forName("dk.replycoach.jira.rest.CheckResource");
            assertNotNull(c.getAnnotation(javax.ws.rs.Path.class));
        }
    }

    @Test
    public void everyUsedI18nKeyExistsInEnglishAndDanish() throws Exception {
        Properties en = load("i18n/replycoach.properties");
        Properties da = load("i18n/replycoach_da.properties");
        Set<String> used = new TreeSet<>();
        Document d = descriptor();
        for (String attr : new String[] {"i18n-name-key", "key"}) {
            for (String tag : new String[] {"workflow-validator", "web-item", "web-section", "servlet", "rest", "web-resource", "label", "description", "tooltip"}) {
                for (Element e : elements(d, tag)) {
                    String v = e.getAttribute(attr);
                    if (v.startsWith("replycoach.")) {
                        used.add(v);
                    }
                }
            }
        }
        used.addAll(keysIn(Path.of("src/main/resources/templates"), ".vm",
                Pattern.compile("getText\\(\\s*\"(replycoach\\.[A-Za-z0-9_.\\-]+)\"")));
        used.addAll(keysIn(Path.of("src/main/resources/js"), ".js",
                Pattern.compile("getText\\(\\s*['\"](replycoach\\.[A-Za-z0-9_.\\-]+)['\"]")));
        used.addAll(keysIn(Path.of("src/main/java"), ".java",
                Pattern.compile("\"(replycoach\\.(?:cli|gate|validator|panel|admin|report|settings|batch|rule|style|step|severity)\\.[A-Za-z0-9_.\\-]*[A-Za-z0-9])\"")));
        Set<String> missingEn = used.stream().filter(k -> !en.containsKey(k)).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missingDa = used.stream().filter(k -> !da.containsKey(k)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals("i18n keys used but missing in English", Set.of(), missingEn);
        assertEquals("i18n keys used but missing in Danish", Set.of(), missingDa);
        assertTrue("the scan found the keys in use", used.size() > 20);
    }

    /** Jira's objects in the template context, by variable name; everything else we pass is a Map. */
    private static final Map<String, String> CONTEXT_TYPES = Map.of(
            "i18n", "com.atlassian.jira.util.I18nHelper",
            "textutils", "com.opensymphony.util.TextUtils",
            "webResourceManager", "com.atlassian.plugin.webresource.WebResourceManager");

    private static String jira10Descriptor() throws IOException {
        String base = Files.readString(Path.of("src/main/resources/atlassian-plugin.xml"), StandardCharsets.UTF_8);
        String modules = Files.readString(Path.of("src/main/descriptor/jira10-modules.xml"), StandardCharsets.UTF_8);
        assertTrue("the descriptor has the marker the jira10 build replaces", base.contains("<!-- jira10-modules -->"));
        return base.replace("<!-- jira10-modules -->", modules);
    }

    @Test
    public void theJira10DescriptorIsWellFormedWithRestV2AndAnAllowlist() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        Document d = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(jira10Descriptor().getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, elements(d, "rest-migration").size());
        assertEquals(1, elements(d, "rest-v2").size());
        assertEquals(1, elements(d, "velocity-allowlist").size());
    }

    @Test
    public void theVelocityAllowlistNamesEveryMethodTheTemplatesCall() throws Exception {
        Set<String> listed = new TreeSet<>();
        Matcher lm = Pattern.compile("<method>([^<#]+#[^(<]+)\\(").matcher(jira10Descriptor());
        while (lm.find()) {
            listed.add(lm.group(1));
        }
        Set<String> called = new TreeSet<>();
        Pattern call = Pattern.compile("\\$!?\\{?([A-Za-z_][A-Za-z0-9_]*)\\.([A-Za-z_][A-Za-z0-9_]*)\\(");
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path vm : files.filter(p -> p.toString().endsWith(".vm")).collect(Collectors.toList())) {
                Matcher m = call.matcher(Files.readString(vm, StandardCharsets.UTF_8));
                while (m.find()) {
                    String type = CONTEXT_TYPES.get(m.group(1));
                    if (type == null && !"get".equals(m.group(2))) {
                        throw new AssertionError(vm + " calls $" + m.group(1) + "." + m.group(2)
                                + "(): pass maps of strings, or add the method to jira10-modules.xml and CONTEXT_TYPES");
                    }
                    called.add((type == null ? "java.util.Map" : type) + "#" + m.group(2));
                }
            }
        }
        Set<String> missing = new TreeSet<>(called);
        missing.removeAll(listed);
        assertEquals("methods called in templates but not on the Jira 10 allowlist", Set.of(), missing);
        assertTrue(called.contains("com.atlassian.jira.util.I18nHelper#getText"));
    }

    private static Set<String> keysIn(Path dir, String suffix, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        if (!Files.isDirectory(dir)) {
            return keys;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(suffix)).collect(Collectors.toList())) {
                Matcher m = pattern.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = DescriptorModulesTest.class.getClassLoader().getResourceAsStream(path)) {
            p.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        }
        return p;
    }
}
