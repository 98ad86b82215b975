package dk.replycoach.jira.report;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import dk.replycoach.report.AgentNames;

import javax.inject.Inject;
import javax.inject.Named;

/**
 * Agents' full names from Jira's users. Coaching data outlives users (a deleted user's events stay
 * until the retention period ends), so an unknown key shows as itself. Names are user input and may
 * hold markup: every page and export escapes them.
 */
@Named
public class JiraAgentNames implements AgentNames {
    private final UserManager users;

    @Inject
    public JiraAgentNames(@ComponentImport UserManager users) {
        this.users = users;
    }

    @Override
    public String displayName(String userKey) {
        UserProfile profile = users.getUserProfile(new UserKey(userKey));
        String name = profile == null ? null : profile.getFullName();
        return name == null || name.isBlank() ? userKey : name;
    }
}
