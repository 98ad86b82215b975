package dk.replycoach;

import org.junit.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The packaged plugin jar (run by failsafe after {@code package}): only our own classes, no
 * surrogate and no bundled library, the OSGi headers Jira needs, and no java.* imports.
 */
public class PackagedJarIT {

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            List<Path> jars = files.filter(p -> p.getFileName().toString().matches("jira-reply-coach-.*\\.jar"))
                    .collect(Collectors.toList());
            assertEquals("one plugin jar in target/", 1, jars.size());
            return jars.get(0);
        }
    }

    @Test
    public void theJarHoldsOnlyOurClasses() throws IOException {
        try (ZipFile zip = new ZipFile(jar().toFile())) {
            List<String> foreign = zip.stream().map(e -> e.getName())
                    .filter(n -> n.endsWith(".class") && !n.startsWith("dk/replycoach/")).collect(Collectors.toList());
            assertEquals("classes outside dk/replycoach", List.of(), foreign);
            assertTrue(zip.getEntry("atlassian-plugin.xml") != null);
            assertTrue(zip.getEntry("lang/da/but-words.txt") != null);
        }
    }

    @Test
    public void theManifestIsAnAtlassianPluginBundle() throws IOException {
        try (ZipFile zip = new ZipFile(jar().toFile())) {
            Manifest m = new Manifest(zip.getInputStream(zip.getEntry("META-INF/MANIFEST.MF")));
            assertEquals("dk.replycoach.jira-reply-coach", m.getMainAttributes().getValue("Atlassian-Plugin-Key"));
            assertEquals("*", m.getMainAttributes().getValue("Spring-Context"));
            assertEquals("dk.replycoach.cli.ReplyCoachCli", m.getMainAttributes().getValue("Main-Class"));
            String imports = m.getMainAttributes().getValue("Import-Package");
            assertTrue(imports, imports.contains("com.atlassian.jira.issue"));
            assertFalse(imports, imports.matches("(^|.*,)java\\..*"));
        }
    }
}
