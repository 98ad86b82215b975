package dk.replycoach.jira.settings;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import dk.replycoach.config.AdminSettings;
import dk.replycoach.config.FieldError;
import dk.replycoach.config.SaveResult;
import dk.replycoach.config.SettingsJson;
import dk.replycoach.config.SettingsRepository;
import dk.replycoach.config.SettingsResult;
import dk.replycoach.config.SettingsValidation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * The admin settings in SAL's global plugin settings: the whole settings as one JSON string under
 * {@value #SETTINGS_KEY}, and their version on its own under {@value #VERSION_KEY}.
 *
 * <p>Data Center: every node keeps its own parsed copy, and a save on one node must reach the others
 * promptly without a cluster message. So on access a node re-reads only the short version key, at
 * most once per {@link #RECHECK_NANOS}, and reads and parses the JSON again only when that key
 * changed. Plugin settings live in the shared database, so every node reads the same key.
 *
 * <p>Saves are optimistic: a save based on a stale version is refused with the version in force.
 * Saves on one node are serialised; between nodes the read-compare-write leaves a window of a few
 * milliseconds, which the version check narrows but only a cluster lock would close.
 *
 * <p>Reading never fails: stored settings that cannot be read (not a string, bad JSON, invalid
 * values) give the defaults and a warning in the log, and the stored version is kept so that an
 * admin can save over them.
 */
@Named
public class SettingsStore implements SettingsRepository {
    static final String SETTINGS_KEY = "dk.replycoach.settings";
    static final String VERSION_KEY = "dk.replycoach.settings.version";
    /** How stale a node's settings may be after a save on another node. */
    static final long RECHECK_NANOS = TimeUnit.SECONDS.toNanos(2);

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);

    private final PluginSettingsFactory settingsFactory;
    private final LongSupplier clock;
    private final Object saveLock = new Object();
    private volatile Snapshot snapshot;

    /** The parsed settings, the version key they were read under, and when that key was last checked. */
    private static final class Snapshot {
        final AdminSettings settings;
        final String versionStamp;
        final long checkedAt;

        Snapshot(AdminSettings settings, String versionStamp, long checkedAt) {
            this.settings = settings;
            this.versionStamp = versionStamp;
            this.checkedAt = checkedAt;
        }
    }

    @Inject
    public SettingsStore(@ComponentImport PluginSettingsFactory settingsFactory) {
        this(settingsFactory, System::nanoTime);
    }

    /** With a clock in nanoseconds, so tests decide when the version key is due for a check. */
    SettingsStore(PluginSettingsFactory settingsFactory, LongSupplier clock) {
        this.settingsFactory = settingsFactory;
        this.clock = clock;
    }

    @Override
    public AdminSettings current() {
        Snapshot s = snapshot;
        long now = clock.getAsLong();
        if (s != null && now - s.checkedAt < RECHECK_NANOS) {
            return s.settings;
        }
        try {
            String stamp = versionStamp(settingsFactory.createGlobalSettings());
            if (s != null && Objects.equals(stamp, s.versionStamp)) {
                snapshot = new Snapshot(s.settings, s.versionStamp, now);
                return s.settings;
            }
            Snapshot fresh = load(now);
            snapshot = fresh;
            return fresh.settings;
        } catch (RuntimeException e) {
            return keepOnFailure(s, now, e);
        }
    }

    @Override
    public SaveResult save(long expectedVersion, AdminSettings next) {
        synchronized (saveLock) {
            Snapshot stored = load(clock.getAsLong());
            if (stored.settings.version() != expectedVersion) {
                snapshot = stored;
                return SaveResult.conflict(stored.settings.version());
            }
            AdminSettings saved = next.withVersion(expectedVersion + 1);
            String json = SettingsJson.write(saved);
            // Never store what could not be read back: every node would silently fall back to the defaults.
            SettingsResult check = SettingsValidation.read(json, SettingsValidation.VersionPolicy.REQUIRED);
            if (!check.isValid()) {
                throw new IllegalArgumentException("settings do not validate: " + check.errors());
            }
            PluginSettings settings = settingsFactory.createGlobalSettings();
            String stamp = Long.toString(saved.version());
            // JSON first, then the version key: a node that sees the new key finds the new JSON.
            settings.put(SETTINGS_KEY, json);
            settings.put(VERSION_KEY, stamp);
            snapshot = new Snapshot(saved, stamp, clock.getAsLong());
            return SaveResult.saved(saved);
        }
    }

    private Snapshot load(long now) {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        String stamp = versionStamp(settings);
        long storedVersion = parseVersion(stamp);
        Object raw = settings.get(SETTINGS_KEY);
        if (raw == null) {
            return new Snapshot(AdminSettings.defaults().withVersion(storedVersion), stamp, now);
        }
        if (!(raw instanceof String)) {
            LOG.warn("Reply Coach settings under {} are a {}, not JSON text; the defaults apply until an admin saves",
                    SETTINGS_KEY, raw.getClass().getSimpleName());
            return new Snapshot(AdminSettings.defaults().withVersion(storedVersion), stamp, now);
        }
        SettingsResult read = SettingsValidation.read((String) raw, SettingsValidation.VersionPolicy.REQUIRED);
        if (!read.isValid()) {
            LOG.warn("Reply Coach settings under {} cannot be read ({}); the defaults apply until an admin saves",
                    SETTINGS_KEY, describe(read.errors()));
            return new Snapshot(AdminSettings.defaults().withVersion(storedVersion), stamp, now);
        }
        return new Snapshot(read.settings(), stamp, now);
    }

    /** The settings this node had, or the defaults, while the settings cannot be read at all. */
    private AdminSettings keepOnFailure(Snapshot s, long now, RuntimeException e) {
        LOG.warn("Reply Coach could not read its settings ({}); using the {}", e.toString(),
                s == null ? "defaults" : "settings read before");
        AdminSettings settings = s == null ? AdminSettings.defaults() : s.settings;
        snapshot = new Snapshot(settings, s == null ? null : s.versionStamp, now);
        return settings;
    }

    private static String versionStamp(PluginSettings settings) {
        Object v = settings.get(VERSION_KEY);
        return v instanceof String ? (String) v : null;
    }

    private static long parseVersion(String stamp) {
        if (stamp == null) {
            return 0;
        }
        try {
            long v = Long.parseLong(stamp.trim());
            return v >= 0 && v <= SettingsValidation.MAX_VERSION ? v : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The first few error paths and keys; never the stored values, which may hold anything. */
    private static String describe(List<FieldError> errors) {
        return errors.stream().limit(5).map(e -> (e.field().isEmpty() ? "(document)" : e.field()) + " " + e.key())
                .collect(Collectors.joining(", ")) + (errors.size() > 5 ? ", ..." : "");
    }
}
