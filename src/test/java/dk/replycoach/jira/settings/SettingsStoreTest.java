package dk.replycoach.jira.settings;

import dk.replycoach.config.AdminSettings;
import dk.replycoach.config.SaveResult;
import dk.replycoach.config.SettingsJson;
import org.junit.Test;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * The store over one shared plugin settings map. Two store instances play two cluster nodes; a
 * clock per node decides when a node checks the version key again, so no test waits on time.
 */
public class SettingsStoreTest {
    private final SharedPluginSettings database = new SharedPluginSettings();
    private final AtomicLong clockA = new AtomicLong(1_000);
    private final AtomicLong clockB = new AtomicLong(5_000);
    private final SettingsStore nodeA = new SettingsStore(database, clockA::get);
    private final SettingsStore nodeB = new SettingsStore(database, clockB::get);

    private static AdminSettings withRetention(AdminSettings s, int days) {
        return s.toBuilder().retentionDays(days).build();
    }

    private void pastRecheck(AtomicLong clock) {
        clock.addAndGet(SettingsStore.RECHECK_NANOS);
    }

    @Test
    public void aFreshInstallationHasTheDefaultsAtVersionZero() {
        assertEquals(AdminSettings.defaults(), nodeA.current());
    }

    @Test
    public void saveStoresOneJsonStringAndIncrementsTheVersion() {
        SaveResult r = nodeA.save(0, withRetention(nodeA.current(), 30));
        assertTrue(r.isSaved());
        assertEquals(1, r.settings().version());
        assertEquals(SettingsJson.write(r.settings()), database.raw(SettingsStore.SETTINGS_KEY));
        assertEquals("1", database.raw(SettingsStore.VERSION_KEY));
        assertEquals(30, nodeA.current().retentionDays());
        assertEquals(2, nodeA.save(1, withRetention(nodeA.current(), 60)).settings().version());
    }

    @Test
    public void aStaleSaveIsRefusedWithTheCurrentVersion() {
        AdminSettings read = nodeA.current();
        nodeA.save(0, withRetention(read, 30));
        SaveResult stale = nodeA.save(0, withRetention(read, 90));
        assertFalse(stale.isSaved());
        assertEquals(1, stale.currentVersion());
        assertEquals(30, nodeA.current().retentionDays());
    }

    @Test
    public void aSaveOnOneNodeReachesTheOtherAtTheNextVersionCheck() {
        AdminSettings seenByB = nodeB.current();
        nodeA.save(0, withRetention(nodeA.current(), 30));
        assertSame("within the recheck interval node B keeps its copy", seenByB, nodeB.current());
        pastRecheck(clockB);
        assertEquals(30, nodeB.current().retentionDays());
        assertEquals(1, nodeB.current().version());
    }

    @Test
    public void aStaleNodeCannotOverwriteANewerSave() {
        AdminSettings seenByB = nodeB.current();
        nodeA.save(0, withRetention(nodeA.current(), 30));
        SaveResult fromB = nodeB.save(seenByB.version(), withRetention(seenByB, 90));
        assertFalse(fromB.isSaved());
        assertEquals(1, fromB.currentVersion());
        assertEquals(30, nodeA.current().retentionDays());
        assertEquals("node B now knows the newer settings", 30, nodeB.current().retentionDays());
    }

    @Test
    public void aNodeParsesTheJsonOnlyWhenTheVersionKeyChanged() {
        nodeA.save(0, withRetention(nodeA.current(), 30));
        AdminSettings first = nodeB.current();
        int jsonReads = database.reads(SettingsStore.SETTINGS_KEY);
        for (int i = 0; i < 5; i++) {
            pastRecheck(clockB);
            assertSame(first, nodeB.current());
        }
        assertEquals(jsonReads, database.reads(SettingsStore.SETTINGS_KEY));
        nodeA.save(1, withRetention(nodeA.current(), 60));
        int afterSave = database.reads(SettingsStore.SETTINGS_KEY);
        pastRecheck(clockB);
        assertEquals(60, nodeB.current().retentionDays());
        assertEquals(afterSave + 1, database.reads(SettingsStore.SETTINGS_KEY));
    }

    @Test
    public void withinTheRecheckIntervalNothingIsRead() {
        nodeA.current();
        int versionReads = database.reads(SettingsStore.VERSION_KEY);
        for (int i = 0; i < 100; i++) {
            nodeA.current();
        }
        assertEquals(versionReads, database.reads(SettingsStore.VERSION_KEY));
        clockA.addAndGet(TimeUnit.MILLISECONDS.toNanos(1) + SettingsStore.RECHECK_NANOS);
        nodeA.current();
        assertEquals(versionReads + 1, database.reads(SettingsStore.VERSION_KEY));
    }

    @Test
    public void unreadableJsonGivesTheDefaultsAtTheStoredVersion() {
        database.putRaw(SettingsStore.SETTINGS_KEY, "{\"version\": 4, \"rules\": ");
        database.putRaw(SettingsStore.VERSION_KEY, "4");
        ch.qos.logback.classic.Logger log = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(SettingsStore.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> warnings = new ch.qos.logback.core.read.ListAppender<>();
        warnings.start();
        log.addAppender(warnings);
        AdminSettings s;
        try {
            s = nodeA.current();
        } finally {
            log.detachAppender(warnings);
        }
        assertEquals(AdminSettings.defaults().withVersion(4), s);
        assertTrue("a warning says the defaults apply", warnings.list.stream().anyMatch(e ->
                e.getLevel() == ch.qos.logback.classic.Level.WARN && e.getFormattedMessage().contains("the defaults apply")));
        assertTrue("an admin can save over it", nodeA.save(4, withRetention(s, 30)).isSaved());
        assertEquals(30, nodeA.current().retentionDays());
    }

    @Test
    public void invalidStoredSettingsGiveTheDefaults() {
        database.putRaw(SettingsStore.SETTINGS_KEY, "{\"version\":2,\"rules\":{\"retired-rule\":{\"enabled\":false}},\"retentionDays\":-1}");
        database.putRaw(SettingsStore.VERSION_KEY, "2");
        assertEquals(AdminSettings.defaults().withVersion(2), nodeA.current());
    }

    @Test
    public void storedValuesOfTheWrongKindGiveTheDefaults() {
        database.putRaw(SettingsStore.SETTINGS_KEY, List.of("not", "json"));
        database.putRaw(SettingsStore.VERSION_KEY, "seven");
        assertEquals(AdminSettings.defaults(), nodeA.current());
        assertTrue(nodeA.save(0, withRetention(nodeA.current(), 30)).isSaved());
    }

    @Test
    public void anUnreachableDatabaseNeverReachesTheCaller() {
        database.failing(true);
        assertEquals(AdminSettings.defaults(), nodeA.current());
        database.failing(false);
        nodeA.save(0, withRetention(nodeA.current(), 30));
        AdminSettings known = nodeB.current();
        database.failing(true);
        pastRecheck(clockB);
        assertSame("keeps what it had", known, nodeB.current());
        database.failing(false);
    }

    @Test
    public void settingsThatWouldNotReadBackAreNeverStored() {
        try {
            nodeA.save(0, withRetention(nodeA.current(), -1));
            fail("invalid settings must not be stored");
        } catch (IllegalArgumentException expected) {
            assertNull(database.raw(SettingsStore.SETTINGS_KEY));
            assertNull(database.raw(SettingsStore.VERSION_KEY));
        }
    }
}
