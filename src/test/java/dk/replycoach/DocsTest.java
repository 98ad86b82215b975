package dk.replycoach;

import dk.replycoach.analysis.rule.Rule;
import dk.replycoach.analysis.rule.RuleCatalog;
import org.junit.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.Assert.assertTrue;

/** The rule docs cover every rule of the catalog, so a new rule cannot ship undocumented. */
public class DocsTest {

    @Test
    public void everyRuleIsDocumented() throws IOException {
        String rules = Files.readString(Path.of("docs/rules.md"), StandardCharsets.UTF_8);
        String guide = Files.readString(Path.of("docs/admin-guide.md"), StandardCharsets.UTF_8);
        for (Rule r : RuleCatalog.rules()) {
            assertTrue("docs/rules.md lacks " + r.id(), rules.contains("`" + r.id() + "`"));
            assertTrue("docs/admin-guide.md lacks " + r.id(), guide.contains("### `" + r.id() + "`"));
        }
    }
}
