package dk.replycoach.jira.settings;

import dk.replycoach.config.CheckScope;

import javax.inject.Named;

/** The checker's scope with the default settings: every project, public replies only. */
@Named
public class DefaultCheckScope implements CheckScope {
    private final CheckScope defaults = CheckScope.defaults();

    @Override
    public boolean covers(String projectKey) {
        return defaults.covers(projectKey);
    }

    @Override
    public boolean checksInternalNotes() {
        return defaults.checksInternalNotes();
    }
}
