package dk.replycoach.sandbox;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plugin's own atlassian-plugin.xml as built (target/classes, with the plugin key filled in):
 * the sandbox serves the web-resources and mounts the servlets it declares, so a module added to
 * the descriptor shows up here without touching the sandbox.
 */
public final class PluginDescriptor {
    private final String pluginKey;
    private final Map<String, WebResource> webResources = new LinkedHashMap<>();
    private final List<ServletModule> servlets = new ArrayList<>();
    private final List<WebItem> webItems = new ArrayList<>();

    /** A {@code <resource type="download">} of a web-resource. */
    public static final class Download {
        public final String name;
        public final String location;

        Download(String name, String location) {
            this.name = name;
            this.location = location;
        }
    }

    /** A {@code <web-resource>}: dependencies, files, data providers, transformers and contexts. */
    public static final class WebResource {
        public final String completeKey;
        public final List<String> dependencies = new ArrayList<>();
        public final List<Download> downloads = new ArrayList<>();
        /** data key → provider class name */
        public final Map<String, String> data = new LinkedHashMap<>();
        public final List<String> contexts = new ArrayList<>();
        public boolean jsI18n;

        WebResource(String completeKey) {
            this.completeKey = completeKey;
        }

        public Download download(String name) {
            for (Download d : downloads) {
                if (d.name.equals(name)) {
                    return d;
                }
            }
            return null;
        }
    }

    /** A {@code <servlet>}: mounted under /plugins/servlet + each url-pattern. */
    public static final class ServletModule {
        public final String key;
        public final String className;
        public final List<String> urlPatterns;

        ServletModule(String key, String className, List<String> urlPatterns) {
            this.key = key;
            this.className = className;
            this.urlPatterns = Collections.unmodifiableList(urlPatterns);
        }
    }

    /** A {@code <web-item>}: a link Jira shows in the section it names (menus, the admin side bar). */
    public static final class WebItem {
        public final String key;
        public final String section;
        public final String labelKey;
        public final String link;
        public final String linkId;

        WebItem(String key, String section, String labelKey, String link, String linkId) {
            this.key = key;
            this.section = section;
            this.labelKey = labelKey;
            this.link = link;
            this.linkId = linkId;
        }
    }

    private PluginDescriptor(Document doc) {
        Element root = doc.getDocumentElement();
        pluginKey = root.getAttribute("key");
        if (pluginKey.contains("${")) {
            throw new IllegalStateException("atlassian-plugin.xml is not filtered: run the sandbox from target/classes (mvn process-resources)");
        }
        for (Element wr : children(root, "web-resource")) {
            WebResource r = new WebResource(pluginKey + ":" + wr.getAttribute("key"));
            for (Element d : children(wr, "dependency")) {
                r.dependencies.add(d.getTextContent().trim());
            }
            for (Element res : children(wr, "resource")) {
                if ("download".equals(res.getAttribute("type"))) {
                    r.downloads.add(new Download(res.getAttribute("name"), res.getAttribute("location")));
                }
            }
            for (Element data : children(wr, "data")) {
                r.data.put(data.getAttribute("key"), data.getAttribute("class"));
            }
            for (Element c : children(wr, "context")) {
                r.contexts.add(c.getTextContent().trim());
            }
            for (Element t : children(wr, "transformation")) {
                for (Element tr : children(t, "transformer")) {
                    if ("js".equals(t.getAttribute("extension")) && "jsI18n".equals(tr.getAttribute("key"))) {
                        r.jsI18n = true;
                    }
                }
            }
            webResources.put(r.completeKey, r);
        }
        for (Element s : children(root, "servlet")) {
            List<String> patterns = new ArrayList<>();
            for (Element p : children(s, "url-pattern")) {
                patterns.add(p.getTextContent().trim());
            }
            servlets.add(new ServletModule(s.getAttribute("key"), s.getAttribute("class"), patterns));
        }
        for (Element w : children(root, "web-item")) {
            List<Element> label = children(w, "label");
            List<Element> link = children(w, "link");
            webItems.add(new WebItem(w.getAttribute("key"), w.getAttribute("section"),
                    label.isEmpty() ? w.getAttribute("key") : label.get(0).getAttribute("key"),
                    link.isEmpty() ? "" : link.get(0).getTextContent().trim(),
                    link.isEmpty() ? "" : link.get(0).getAttribute("linkId")));
        }
    }

    public static PluginDescriptor load() {
        try (InputStream in = PluginDescriptor.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            if (in == null) {
                throw new IllegalStateException("atlassian-plugin.xml is not on the classpath");
            }
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return new PluginDescriptor(f.newDocumentBuilder().parse(in));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read atlassian-plugin.xml", e);
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element && name.equals(n.getNodeName())) {
                out.add((Element) n);
            }
        }
        return out;
    }

    public String pluginKey() {
        return pluginKey;
    }

    public Map<String, WebResource> webResources() {
        return Collections.unmodifiableMap(webResources);
    }

    public List<WebItem> webItems() {
        return Collections.unmodifiableList(webItems);
    }

    public List<ServletModule> servlets() {
        return Collections.unmodifiableList(servlets);
    }
}
