package dk.replycoach.jira.ao;

import org.junit.Assume;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A private schema for one test on the PostgreSQL server named by the environment, with Active
 * Objects on it through the ORM's own PostgreSQL provider.
 *
 * <p>Where the server comes from: {@code REPLYCOACH_PG_URL}, {@code REPLYCOACH_PG_USER} and
 * {@code REPLYCOACH_PG_PASSWORD} (environment), or the system properties {@code replycoach.pg.url},
 * {@code .user}, {@code .password}, which win. {@code scripts/postgres-for-tests start} starts one
 * on loopback and prints these settings.
 *
 * <p>When none is configured the tests are skipped, loudly: a JUnit assumption with the reason,
 * and the same line on standard error once, so that a local {@code mvn verify} says what it did
 * not test. In CI ({@code CI=true}) nothing is skipped: a missing or unreachable server fails the
 * tests, because a CI run that quietly skipped the database it is meant to prove would pass with
 * the PostgreSQL half untested.
 */
final class PostgresDatabase implements AoDatabase {
    static final String URL = "REPLYCOACH_PG_URL";
    static final String USER = "REPLYCOACH_PG_USER";
    static final String PASSWORD = "REPLYCOACH_PG_PASSWORD";

    private static final String HOW_TO = "start one with `eval \"$(scripts/postgres-for-tests start)\"` (see docs/testing.md)";
    private static boolean skipAnnounced;
    private static String unreachable;
    private static boolean checked;

    private final Settings settings;
    private final String schema = "rc_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    private final List<EntityManagerActiveObjects> nodes = new ArrayList<>();
    private EntityManagerActiveObjects ao;

    private PostgresDatabase(Settings settings) {
        this.settings = settings;
    }

    /**
     * A new, empty schema on the configured server; skips the calling test when no server is
     * configured, except in CI, where that fails it.
     */
    static PostgresDatabase createOrSkip() {
        Plan plan = plan(System::getenv, System::getProperty);
        if (plan.failure != null) {
            throw new AssertionError(plan.failure);
        }
        if (plan.skip != null) {
            announceSkip(plan.skip);
            Assume.assumeTrue(plan.skip, false);
        }
        Settings s = plan.settings;
        String problem = reachability(s);
        if (problem != null) {
            // Configured but down is a broken setup, not a reason to skip, locally or in CI.
            throw new AssertionError("PostgreSQL at " + s.url + " (user " + s.user + ") is not reachable: " + problem
                    + (plan.ci ? "" : "; unset " + URL + " to skip the PostgreSQL tests, or " + HOW_TO));
        }
        PostgresDatabase db = new PostgresDatabase(s);
        db.execute("CREATE SCHEMA " + db.schema);
        return db;
    }

    /**
     * What the PostgreSQL tests do, given the environment and the system properties: run on the
     * configured server, skip (no server, not CI) or fail (no server in CI).
     */
    static Plan plan(UnaryOperator<String> env, UnaryOperator<String> properties) {
        String ciValue = env.apply("CI");
        boolean ci = ciValue != null && "true".equalsIgnoreCase(ciValue.trim());
        String url = setting(URL, env, properties);
        if (url == null) {
            return ci
                    ? new Plan(true, null, null, "CI=true but " + URL + " is not set: in CI the PostgreSQL tests must run, "
                            + "and .ci/run starts the server and sets it")
                    : new Plan(false, null, "PostgreSQL tests SKIPPED: " + URL + " is not set; " + HOW_TO, null);
        }
        String user = setting(USER, env, properties);
        String password = setting(PASSWORD, env, properties);
        return new Plan(ci, new Settings(url, user == null ? "replycoach" : user, password == null ? "" : password), null, null);
    }

    /** A setting from its system property ({@code REPLYCOACH_PG_URL}: {@code replycoach.pg.url}), else the environment. */
    private static String setting(String name, UnaryOperator<String> env, UnaryOperator<String> properties) {
        String property = properties.apply(name.toLowerCase(Locale.ROOT).replace('_', '.'));
        String value = property != null ? property : env.apply(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static synchronized void announceSkip(String why) {
        if (!skipAnnounced) {
            skipAnnounced = true;
            System.err.println("[reply-coach] " + why);
        }
    }

    /** Null when the server answers; else why not. Asked once per JVM, so a dead server costs one timeout. */
    private static synchronized String reachability(Settings s) {
        if (!checked) {
            checked = true;
            try (Connection c = DriverManager.getConnection(s.url, s.user, s.password); Statement st = c.createStatement()) {
                st.execute("SELECT 1");
            } catch (SQLException e) {
                unreachable = e.getMessage();
            }
        }
        return unreachable;
    }

    @Override
    public synchronized EntityManagerActiveObjects migrated() {
        if (ao == null) {
            ao = node();
        }
        return ao;
    }

    @Override
    public synchronized EntityManagerActiveObjects node() {
        EntityManagerActiveObjects node = EntityManagerActiveObjects.connect(settings.url, settings.user, settings.password, schema);
        nodes.add(node);
        node.migrate(CoachingEventEntity.class);
        return node;
    }

    @Override
    public Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(settings.url, settings.user, settings.password);
        c.setSchema(schema);
        return c;
    }

    @Override
    public String describe() {
        return "PostgreSQL " + settings.url + " schema " + schema;
    }

    @Override
    public synchronized void close() {
        nodes.forEach(EntityManagerActiveObjects::dispose);
        execute("DROP SCHEMA " + schema + " CASCADE");
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(settings.url, settings.user, settings.password);
             Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " on " + settings.url + ": " + e.getMessage(), e);
        }
    }

    /** Exactly one of settings, skip and failure is set. */
    static final class Plan {
        final boolean ci;
        final Settings settings;
        final String skip;
        final String failure;

        private Plan(boolean ci, Settings settings, String skip, String failure) {
            this.ci = ci;
            this.settings = settings;
            this.skip = skip;
            this.failure = failure;
        }
    }

    static final class Settings {
        final String url;
        final String user;
        final String password;

        private Settings(String url, String user, String password) {
            this.url = url;
            this.user = user;
            this.password = password;
        }
    }
}
