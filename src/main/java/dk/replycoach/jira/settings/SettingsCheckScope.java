package dk.replycoach.jira.settings;

import dk.replycoach.config.AdminSettings;
import dk.replycoach.config.CheckScope;

import javax.inject.Inject;
import javax.inject.Named;

/** The checker's and the listener's scope as the admin set it: which projects, and internal notes or not. */
@Named
public class SettingsCheckScope implements CheckScope {
    private final SettingsStore settings;

    @Inject
    public SettingsCheckScope(SettingsStore settings) {
        this.settings = settings;
    }

    @Override
    public boolean covers(String projectKey) {
        AdminSettings s = settings.current();
        return projectKey == null ? s.projectScope().isAll() : s.projectScope().includes(projectKey);
    }

    @Override
    public boolean checksInternalNotes() {
        return settings.current().checkInternalNotes();
    }
}
