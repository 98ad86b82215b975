package dk.replycoach.jira.settings;

import dk.replycoach.config.AdminSettings;
import dk.replycoach.config.GateMode;
import org.junit.Test;

import java.io.StringWriter;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class GateModeDataProviderTest {

    private static String written(SettingsStore store) throws Exception {
        StringWriter out = new StringWriter();
        new GateModeDataProvider(store).get().write(out);
        return out.toString();
    }

    @Test
    public void thePanelGetsTheAdminsGateModeAsAJsonString() throws Exception {
        SettingsStore store = new SettingsStore(new SharedPluginSettings());
        assertEquals("\"soft\"", written(store));
        AdminSettings current = store.current();
        assertTrue(store.save(current.version(), current.toBuilder().gateMode(GateMode.HARD).build()).toString(),
                store.current().gateMode() == GateMode.HARD);
        assertEquals("\"hard\"", written(store));
    }
}
