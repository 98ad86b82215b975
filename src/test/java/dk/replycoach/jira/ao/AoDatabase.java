package dk.replycoach.jira.ao;

import java.sql.Connection;
import java.sql.SQLException;

/** One test's private database with Active Objects on it: HSQLDB in process, or PostgreSQL. */
interface AoDatabase extends AutoCloseable {
    /** Active Objects with the plugin's entities migrated, as Jira does when the plugin starts. */
    EntityManagerActiveObjects migrated();

    /**
     * Another cluster node on the same database: a new EntityManager with its own connections,
     * migrated as every node does when the plugin starts there.
     */
    EntityManagerActiveObjects node();

    /** A plain JDBC connection to the database, for looking at what the ORM wrote. */
    Connection connect() throws SQLException;

    /** Which database this is, for failure messages. */
    String describe();

    @Override
    void close();
}
