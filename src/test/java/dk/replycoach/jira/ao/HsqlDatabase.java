package dk.replycoach.jira.ao;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A private in-process HSQLDB database for one test, with Active Objects on it. A {@code mem:}
 * database is shared by every connection of the JVM that names it, so {@link #node()} gives a
 * second EntityManager on the very same data.
 */
final class HsqlDatabase implements AoDatabase {
    private final String name = "coach-" + UUID.randomUUID();
    private final List<EntityManagerActiveObjects> nodes = new ArrayList<>();
    private EntityManagerActiveObjects ao;

    static HsqlDatabase create() {
        return new HsqlDatabase();
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
        EntityManagerActiveObjects node = EntityManagerActiveObjects.hsqldb(name);
        nodes.add(node);
        node.migrate(CoachingEventEntity.class);
        return node;
    }

    @Override
    public Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:hsqldb:mem:" + name, "sa", "");
    }

    @Override
    public String describe() {
        return "HSQLDB mem:" + name;
    }

    @Override
    public synchronized void close() {
        nodes.forEach(EntityManagerActiveObjects::dispose);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
