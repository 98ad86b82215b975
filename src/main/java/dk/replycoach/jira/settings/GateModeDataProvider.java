package dk.replycoach.jira.settings;

import com.atlassian.json.marshal.Jsonable;
import com.atlassian.webresource.api.data.WebResourceDataProvider;
import dk.replycoach.json.JsonWriter;

import javax.inject.Inject;

/**
 * Hands the send gate's mode (soft, hard or off) to the comment panel as web-resource data, read
 * in the browser with {@code WRM.data.claim('dk.replycoach.jira-reply-coach:reply-coach-panel.gate-mode')}.
 */
public class GateModeDataProvider implements WebResourceDataProvider {
    private final SettingsStore settings;

    @Inject
    public GateModeDataProvider(SettingsStore settings) {
        this.settings = settings;
    }

    @Override
    public Jsonable get() {
        String json = new JsonWriter().value(settings.current().gateMode().id()).toString();
        return writer -> writer.write(json);
    }
}
