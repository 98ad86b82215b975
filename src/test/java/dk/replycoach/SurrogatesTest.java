package dk.replycoach;

import org.junit.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Surrogates are compile-only copies of Atlassian signatures. Each names where its signatures were
 * checked (the release builds' drift guard compares them with the real classes). That none ends
 * up in the plugin jar is checked on the jar itself by {@code PackagedJarIT}.
 */
public class SurrogatesTest {
    private static final Path SURROGATES = Path.of("src/surrogates/java");

    @Test
    public void everySurrogateNamesItsSource() throws IOException {
        List<String> unnamed;
        try (Stream<Path> files = Files.walk(SURROGATES)) {
            unnamed = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    String text = Files.readString(p, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                    return !(text.contains("source") || text.contains("javadoc") || text.contains("http"));
                } catch (IOException e) {
                    return true;
                }
            }).map(Path::toString).sorted().collect(Collectors.toList());
        }
        assertEquals("surrogates without a named source", List.of(), unnamed);
    }

    @Test
    public void surrogatesLiveOnlyInAtlassianAndPlatformPackages() throws IOException {
        try (Stream<Path> files = Files.walk(SURROGATES)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
                String rel = SURROGATES.relativize(p).toString();
                assertTrue(rel, rel.startsWith("com/atlassian/") || rel.startsWith("org/ofbiz/"));
            }
        }
    }
}
