package dk.replycoach.jira.ao;

import org.junit.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * When the PostgreSQL tests run, skip or fail. The point to keep: CI never skips them, since a CI
 * run that quietly skipped PostgreSQL would pass with the store unproven there.
 */
public class PostgresDatabasePlanTest {
    private final Map<String, String> env = new HashMap<>();
    private final Map<String, String> properties = new HashMap<>();

    private PostgresDatabase.Plan plan() {
        return PostgresDatabase.plan(env::get, properties::get);
    }

    @Test
    public void noServerLocallySkipsAndSaysHowToGetOne() {
        PostgresDatabase.Plan p = plan();
        assertNull(p.failure);
        assertNull(p.settings);
        assertTrue(p.skip, p.skip.startsWith("PostgreSQL tests SKIPPED: REPLYCOACH_PG_URL is not set"));
        assertTrue(p.skip, p.skip.contains("scripts/postgres-for-tests start"));
    }

    @Test
    public void noServerInCiFailsInsteadOfSkipping() {
        env.put("CI", "true");
        PostgresDatabase.Plan p = plan();
        assertNull(p.skip);
        assertNull(p.settings);
        assertTrue(p.failure, p.failure.startsWith("CI=true but REPLYCOACH_PG_URL is not set"));
        env.put("CI", " TRUE ");
        assertNull(plan().skip);
        env.put("REPLYCOACH_PG_URL", "  ");
        assertNull("a blank URL is no URL", plan().skip);
    }

    @Test
    public void ciSetToAnythingButTrueIsNotCi() {
        env.put("CI", "false");
        assertFalse(plan().ci);
        assertTrue(plan().skip != null);
    }

    @Test
    public void theEnvironmentNamesTheServerAndSystemPropertiesWin() {
        env.put("CI", "true");
        env.put("REPLYCOACH_PG_URL", "jdbc:postgresql://127.0.0.1:55432/replycoach");
        env.put("REPLYCOACH_PG_PASSWORD", "secret");
        PostgresDatabase.Plan p = plan();
        assertNull(p.skip);
        assertNull(p.failure);
        assertTrue(p.ci);
        assertEquals("jdbc:postgresql://127.0.0.1:55432/replycoach", p.settings.url);
        assertEquals("replycoach", p.settings.user);
        assertEquals("secret", p.settings.password);

        properties.put("replycoach.pg.url", "jdbc:postgresql://127.0.0.1:55433/other");
        properties.put("replycoach.pg.user", "tester");
        p = plan();
        assertEquals("jdbc:postgresql://127.0.0.1:55433/other", p.settings.url);
        assertEquals("tester", p.settings.user);
        assertEquals("secret", p.settings.password);
    }
}
