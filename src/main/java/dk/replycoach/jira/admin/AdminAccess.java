package dk.replycoach.jira.admin;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;

import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServletRequest;

/**
 * Who may use the Reply Coach settings: Jira administrators and system administrators. Checked on
 * every REST call and page view, never remembered, so a revoked admin loses access at once.
 */
@Named
public class AdminAccess {
    /** What the current user may do with the settings. */
    public enum Verdict {
        /** Not logged in: 401, or the login page. */
        ANONYMOUS,
        /** Logged in without admin rights: 403. */
        FORBIDDEN,
        ALLOWED
    }

    private final UserManager userManager;

    @Inject
    public AdminAccess(@ComponentImport UserManager userManager) {
        this.userManager = userManager;
    }

    /** For REST resources, where SAL knows the user of the current request. */
    public Verdict currentUser() {
        return verdict(userManager.getRemoteUserKey());
    }

    public Verdict of(HttpServletRequest request) {
        return verdict(userManager.getRemoteUserKey(request));
    }

    private Verdict verdict(UserKey user) {
        if (user == null) {
            return Verdict.ANONYMOUS;
        }
        return userManager.isAdmin(user) || userManager.isSystemAdmin(user) ? Verdict.ALLOWED : Verdict.FORBIDDEN;
    }
}
