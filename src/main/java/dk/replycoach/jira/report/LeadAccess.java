package dk.replycoach.jira.report;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import dk.replycoach.config.SettingsRepository;

import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServletRequest;

/**
 * Who counts as a team lead: a member of one of the lead groups in the admin settings, or a Jira
 * administrator or system administrator. Asked of Jira on every request and never remembered, so a
 * user removed from a lead group, or a group removed from the settings, loses the team reports on
 * the next request, on every node.
 */
@Named
public class LeadAccess {
    private final UserManager users;
    private final SettingsRepository settings;

    @Inject
    public LeadAccess(@ComponentImport UserManager users, SettingsRepository settings) {
        this.users = users;
        this.settings = settings;
    }

    /** For REST resources and web conditions, where SAL knows the user of the current request. */
    public ReportViewer currentUser() {
        return viewer(users.getRemoteUserKey());
    }

    public ReportViewer of(HttpServletRequest request) {
        return viewer(users.getRemoteUserKey(request));
    }

    private ReportViewer viewer(UserKey user) {
        return user == null ? ReportViewer.anonymous() : ReportViewer.user(user.getStringValue(), isLead(user));
    }

    private boolean isLead(UserKey user) {
        if (users.isAdmin(user) || users.isSystemAdmin(user)) {
            return true;
        }
        for (String group : settings.current().leadGroups()) {
            if (users.isUserInGroup(user, group)) {
                return true;
            }
        }
        return false;
    }
}
