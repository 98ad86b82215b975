package dk.replycoach.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;
import net.java.ao.builder.EntityManagerBuilderWithUrlAndUsernameAndPassword;

import java.sql.SQLException;
import java.util.Map;

/**
 * The {@link ActiveObjects} service as Jira's AO plugin provides it, built on a real Active
 * Objects {@link EntityManager}: same name converters (so tables are {@code AO_1A2B3C_...}, columns
 * upper snake case), SQL errors turned into runtime exceptions as the plugin does, and
 * {@link #executeInTransaction} a real database transaction.
 */
final class EntityManagerActiveObjects implements ActiveObjects {
    static final String TABLE_PREFIX = "AO_1A2B3C_";

    private final EntityManager em;

    EntityManagerActiveObjects(EntityManager em) {
        this.em = em;
    }

    /** A fresh in-process HSQLDB database with the given name, nothing migrated yet. */
    static EntityManagerActiveObjects hsqldb(String database) {
        return connect("jdbc:hsqldb:mem:" + database, "sa", "", null);
    }

    /**
     * Active Objects on the database at {@code url}, in {@code schema} (null: the user's default),
     * built as Jira builds it. Each call is a new EntityManager with its own connections: two
     * calls on one database behave like two cluster nodes.
     */
    static EntityManagerActiveObjects connect(String url, String user, String password, String schema) {
        EntityManagerBuilderWithUrlAndUsernameAndPassword builder = EntityManagerBuilder.url(url)
                .username(user).password(password);
        if (schema != null) {
            builder.schema(schema);
        }
        EntityManager em = builder.dbcp()
                .tableNameConverter(new AtlassianTableNameConverter(name -> TABLE_PREFIX + name))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
        return new EntityManagerActiveObjects(em);
    }

    /** Releases the EntityManager's connections. */
    void dispose() {
        em.getProvider().dispose();
    }

    EntityManager entityManager() {
        return em;
    }

    @Override
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        run(() -> em.migrate(entities));
    }

    @Override
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final void migrateDestructively(Class<? extends RawEntity<?>>... entities) {
        run(() -> em.migrateDestructively(entities));
    }

    @Override
    public void flushAll() {
        em.flushAll();
    }

    @Override
    public void flush(RawEntity<?>... entities) {
        em.flush(entities);
    }

    @Override
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys) {
        return call(() -> em.get(type, keys));
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return call(() -> em.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return call(() -> em.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return call(() -> em.create(type, params));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        run(() -> em.delete(entities));
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return call(() -> em.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type) {
        return call(() -> em.find(type));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return call(() -> em.find(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return call(() -> em.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String field, Query query) {
        return call(() -> em.find(type, field, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] findWithSQL(Class<T> type, String keyField, String sql, Object... parameters) {
        return call(() -> em.findWithSQL(type, keyField, sql, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, EntityStreamCallback<T, K> streamCallback) {
        run(() -> em.stream(type, streamCallback));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback) {
        run(() -> em.stream(type, query, streamCallback));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) {
        return call(() -> em.count(type));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return call(() -> em.count(type, criteria, parameters));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return call(() -> em.count(type, query));
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        return call(() -> new Transaction<T>(em) {
            @Override
            protected T run() {
                return callback.doInTransaction();
            }
        }.execute());
    }

    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    private interface SqlRun {
        void run() throws SQLException;
    }

    private static <T> T call(SqlCall<T> c) {
        try {
            return c.call();
        } catch (SQLException e) {
            throw new IllegalStateException("Active Objects: " + e.getMessage(), e);
        }
    }

    private static void run(SqlRun r) {
        call(() -> {
            r.run();
            return null;
        });
    }
}
