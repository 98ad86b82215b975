package dk.replycoach.jira.settings;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Global plugin settings in one map that several "nodes" share, like the rows every node of a
 * cluster reads. Rejects the value types SAL rejects, counts reads per key, and can be made to fail
 * like an unreachable database.
 */
public final class SharedPluginSettings implements PluginSettingsFactory, PluginSettings {
    private final Map<String, Object> values = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();
    private volatile boolean failing;

    @Override
    public PluginSettings createSettingsForKey(String key) {
        throw new UnsupportedOperationException("only global settings are used");
    }

    @Override
    public PluginSettings createGlobalSettings() {
        return this;
    }

    @Override
    public Object get(String key) {
        if (failing) {
            throw new IllegalStateException("database unavailable");
        }
        reads.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        return values.get(key);
    }

    @Override
    public Object put(String key, Object value) {
        if (failing) {
            throw new IllegalStateException("database unavailable");
        }
        if (!(value instanceof String || value instanceof List || value instanceof Properties || value instanceof Map)) {
            throw new IllegalArgumentException("SAL stores String, List, Properties or Map, not " + value.getClass());
        }
        return values.put(key, value);
    }

    @Override
    public Object remove(String key) {
        return values.remove(key);
    }

    /** Writes a raw value, as an older version, another tool or a corrupted row might have. */
    public void putRaw(String key, Object value) {
        values.put(key, value);
    }

    public Object raw(String key) {
        return values.get(key);
    }

    public int reads(String key) {
        AtomicInteger n = reads.get(key);
        return n == null ? 0 : n.get();
    }

    public void failing(boolean on) {
        failing = on;
    }
}
