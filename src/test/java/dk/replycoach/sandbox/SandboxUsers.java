package dk.replycoach.sandbox;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;

import javax.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The sandbox's user directory and "who is logged in". Stands in for Jira's user management and
 * for both ways our code asks about the current user: Jira's {@link JiraAuthenticationContext}
 * and SAL's {@link UserManager}. As in Jira, the logged-in user belongs to the request thread;
 * {@link SandboxLogin} sets it from a cookie that only the sandbox honours.
 */
public final class SandboxUsers implements JiraAuthenticationContext, UserManager {
    public static final String ADMINISTRATORS = "jira-administrators";
    public static final String AGENTS = "jira-servicedesk-users";
    public static final String LEADS = "service-desk-team-leads";

    private static final ThreadLocal<User> CURRENT = new ThreadLocal<>();

    private final Map<String, User> byUsername = new LinkedHashMap<>();

    /** A Jira user: key (stable, what coaching stores), username, display name, groups, language. */
    public static final class User implements ApplicationUser, UserProfile {
        private final String key;
        private final String username;
        private final String displayName;
        private final Locale locale;
        private final Set<String> groups;
        private final String role;

        User(String key, String username, String displayName, Locale locale, String role, Set<String> groups) {
            this.key = key;
            this.username = username;
            this.displayName = displayName;
            this.locale = locale;
            this.role = role;
            this.groups = Collections.unmodifiableSet(new LinkedHashSet<>(groups));
        }

        @Override
        public String getKey() {
            return key;
        }

        @Override
        public String getUsername() {
            return username;
        }

        @Override
        public String getDisplayName() {
            return displayName;
        }

        @Override
        public String getName() {
            return username;
        }

        @Override
        public boolean isActive() {
            return true;
        }

        @Override
        public UserKey getUserKey() {
            return new UserKey(key);
        }

        @Override
        public String getFullName() {
            return displayName;
        }

        @Override
        public String getEmail() {
            return username + "@example.com";
        }

        @Override
        public URI getProfilePictureUri(int width, int height) {
            return null;
        }

        @Override
        public URI getProfilePictureUri() {
            return null;
        }

        @Override
        public URI getProfilePageUri() {
            return null;
        }

        public Locale locale() {
            return locale;
        }

        public Set<String> groups() {
            return groups;
        }

        /** What the user is in the demo (agent, lead, admin, customer), shown in the user switcher. */
        public String role() {
            return role;
        }

        public boolean isAdmin() {
            return groups.contains(ADMINISTRATORS);
        }

        /** Staff see the agent view; customers only raise requests. */
        public boolean isStaff() {
            return groups.contains(AGENTS) || isAdmin();
        }

        @Override
        public String toString() {
            return username;
        }
    }

    /** Adds a user; keys follow Jira's JIRAUSER pattern so nothing depends on key = username. */
    public User add(String username, String displayName, Locale locale, String role, String... groups) {
        String key = "JIRAUSER" + (10000 + byUsername.size());
        User u = new User(key, username, displayName, locale, role, Set.of(groups));
        byUsername.put(username, u);
        return u;
    }

    public User byUsername(String username) {
        return username == null ? null : byUsername.get(username);
    }

    public User byKey(String key) {
        for (User u : byUsername.values()) {
            if (u.getKey().equals(key)) {
                return u;
            }
        }
        return null;
    }

    public List<User> all() {
        return new ArrayList<>(byUsername.values());
    }

    /** Runs with {@code user} logged in on this thread (null: anonymous). */
    static void loginForThread(User user) {
        if (user == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(user);
        }
    }

    public static User current() {
        return CURRENT.get();
    }

    // JiraAuthenticationContext

    @Override
    public ApplicationUser getLoggedInUser() {
        return CURRENT.get();
    }

    @Override
    public boolean isLoggedInUser() {
        return CURRENT.get() != null;
    }

    @Override
    public Locale getLocale() {
        User u = CURRENT.get();
        return u == null ? Locale.ENGLISH : u.locale();
    }

    // SAL UserManager

    @Override
    public UserProfile getRemoteUser() {
        return CURRENT.get();
    }

    @Override
    public UserKey getRemoteUserKey() {
        User u = CURRENT.get();
        return u == null ? null : u.getUserKey();
    }

    @Override
    public UserProfile getRemoteUser(HttpServletRequest request) {
        return getRemoteUser();
    }

    @Override
    public UserKey getRemoteUserKey(HttpServletRequest request) {
        return getRemoteUserKey();
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        return userKey == null ? null : byKey(userKey.getStringValue());
    }

    @Override
    public boolean isUserInGroup(UserKey userKey, String group) {
        User u = userKey == null ? null : byKey(userKey.getStringValue());
        return u != null && u.groups().contains(group);
    }

    @Override
    public boolean isSystemAdmin(UserKey userKey) {
        return isAdmin(userKey);
    }

    @Override
    public boolean isAdmin(UserKey userKey) {
        return isUserInGroup(userKey, ADMINISTRATORS);
    }
}
