package dk.replycoach.corpus;

import dk.replycoach.cli.CsvReader;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared evaluation corpus of real published text (../shared/corpus beside the checkout). It
 * is not part of the project and not present in a user's clone: callers must skip when
 * {@link #available()} is false. Rows are only read, never copied into the project.
 */
public final class Corpus {
    private Corpus() {
    }

    public static Path root() {
        String configured = System.getProperty("replycoach.corpus");
        return configured != null ? Path.of(configured) : Path.of("..", "shared", "corpus");
    }

    public static boolean available() {
        return Files.isDirectory(root().resolve("en_agent_replies"));
    }

    /** Rows of a corpus CSV as header-name → value maps. */
    public static List<Map<String, String>> rows(String relativePath) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(root().resolve(relativePath), StandardCharsets.UTF_8)) {
            CsvReader csv = new CsvReader(r);
            List<String> header = csv.next();
            List<String> record;
            while ((record = csv.next()) != null) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    row.put(header.get(i), record.get(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
