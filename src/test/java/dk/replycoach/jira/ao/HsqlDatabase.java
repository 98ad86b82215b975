package dk.replycoach.jira.ao;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A private in-process HSQLDB database for one test, with Active Objects on it. */
final class HsqlDatabase implements AutoCloseable {
    private final String name = "coach-" + UUID.randomUUID();
    private EntityManagerActiveObjects ao;

    static HsqlDatabase create() {
        return new HsqlDatabase();
    }

    /** Active Objects with the plugin's entities migrated, as Jira does when the plugin starts. */
    EntityManagerActiveObjects migrated() {
        if (ao == null) {
            ao = EntityManagerActiveObjects.hsqldb(name);
            ao.migrate(CoachingEventEntity.class);
        }
        return ao;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:hsqldb:mem:" + name, "sa", "");
    }

    @Override
    public void close() {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
