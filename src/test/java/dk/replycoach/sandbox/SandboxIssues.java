package dk.replycoach.sandbox;

import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Projects, issues and comments of the sandbox: the part of Jira that our code reads through
 * {@link IssueManager}, {@link PermissionManager}, {@link CommentManager} and, for JSM's comment
 * visibility, {@link JsonEntityPropertyManager}. Staff may browse every project; a customer only
 * the issues they reported (as in a service project). An internal note is what JSM makes of it: a
 * comment with the property {@code sd.public.comment = {"internal":true}}, not a restricted one.
 */
public final class SandboxIssues implements IssueManager, PermissionManager, CommentManager, JsonEntityPropertyManager {
    static final String COMMENT_PROPERTY_ENTITY = "CommentProperty";
    static final String VISIBILITY_PROPERTY = "sd.public.comment";

    private final Map<String, SandboxProject> projects = new LinkedHashMap<>();
    private final Map<String, SandboxIssue> issues = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong(10000);

    public static final class SandboxProject implements Project {
        private final Long id;
        private final String key;
        private final String name;
        private final boolean serviceDesk;

        SandboxProject(Long id, String key, String name, boolean serviceDesk) {
            this.id = id;
            this.key = key;
            this.name = name;
            this.serviceDesk = serviceDesk;
        }

        @Override
        public Long getId() {
            return id;
        }

        @Override
        public String getKey() {
            return key;
        }

        @Override
        public String getName() {
            return name;
        }

        /** A Jira Service Management project: its issues open in the JSM agent view. */
        public boolean isServiceDesk() {
            return serviceDesk;
        }
    }

    public static final class SandboxIssue implements MutableIssue {
        private final Long id;
        private final String key;
        private final SandboxProject project;
        private final String summary;
        private final ApplicationUser reporter;
        private final String description;
        private final List<SandboxComment> comments = new CopyOnWriteArrayList<>();
        private volatile String status = "Waiting for support";

        SandboxIssue(Long id, String key, SandboxProject project, String summary, ApplicationUser reporter, String description) {
            this.id = id;
            this.key = key;
            this.project = project;
            this.summary = summary;
            this.reporter = reporter;
            this.description = description;
        }

        @Override
        public Long getId() {
            return id;
        }

        @Override
        public String getKey() {
            return key;
        }

        @Override
        public SandboxProject getProjectObject() {
            return project;
        }

        @Override
        public ApplicationUser getReporter() {
            return reporter;
        }

        @Override
        public String getDescription() {
            return description;
        }

        public String summary() {
            return summary;
        }

        public List<SandboxComment> comments() {
            return Collections.unmodifiableList(comments);
        }

        public String status() {
            return status;
        }

        public void status(String newStatus) {
            this.status = newStatus;
        }
    }

    public static final class SandboxComment implements Comment {
        private final Long id;
        private final Issue issue;
        private final ApplicationUser author;
        private final String body;
        private final boolean internal;
        private final Date created;

        SandboxComment(Long id, Issue issue, ApplicationUser author, String body, boolean internal, Date created) {
            this.id = id;
            this.issue = issue;
            this.author = author;
            this.body = body;
            this.internal = internal;
            this.created = created;
        }

        @Override
        public Long getId() {
            return id;
        }

        @Override
        public String getBody() {
            return body;
        }

        @Override
        public ApplicationUser getAuthorApplicationUser() {
            return author;
        }

        @Override
        public Issue getIssue() {
            return issue;
        }

        @Override
        public String getGroupLevel() {
            return null;
        }

        @Override
        public Long getRoleLevelId() {
            return null;
        }

        @Override
        public Date getCreated() {
            return new Date(created.getTime());
        }

        public boolean internal() {
            return internal;
        }
    }

    public synchronized SandboxProject addProject(String key, String name, boolean serviceDesk) {
        SandboxProject p = new SandboxProject(ids.incrementAndGet(), key, name, serviceDesk);
        projects.put(key, p);
        return p;
    }

    public synchronized SandboxIssue addIssue(String projectKey, String summary, ApplicationUser reporter, String description) {
        SandboxProject p = projects.get(projectKey);
        long number = issues.values().stream().filter(i -> i.getProjectObject() == p).count() + 1;
        SandboxIssue issue = new SandboxIssue(ids.incrementAndGet(), projectKey + "-" + number, p, summary, reporter, description);
        issues.put(issue.getKey(), issue);
        return issue;
    }

    public SandboxComment addComment(SandboxIssue issue, ApplicationUser author, String body, boolean internal) {
        SandboxComment c = new SandboxComment(ids.incrementAndGet(), issue, author, body, internal, new Date());
        issue.comments.add(c);
        return c;
    }

    public synchronized List<SandboxIssue> all() {
        return new ArrayList<>(issues.values());
    }

    @Override
    public synchronized SandboxIssue getIssueObject(String key) {
        return key == null ? null : issues.get(key.toUpperCase(Locale.ROOT));
    }

    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user) {
        if (!(user instanceof SandboxUsers.User) || issue == null || permissionKey == null
                || !ProjectPermissions.BROWSE_PROJECTS.permissionKey().equals(permissionKey.permissionKey())) {
            return false;
        }
        SandboxUsers.User u = (SandboxUsers.User) user;
        return u.isStaff() || issue.getReporter() != null && issue.getReporter().getKey().equals(u.getKey());
    }

    @Override
    public List<Comment> getComments(Issue issue) {
        SandboxIssue i = getIssueObject(issue.getKey());
        return i == null ? List.of() : new ArrayList<>(i.comments);
    }

    /** JSM's visibility property of a comment: present on internal notes only, as JSM writes it. */
    @Override
    public EntityProperty get(String entityName, Long entityId, String key) {
        if (!COMMENT_PROPERTY_ENTITY.equals(entityName) || !VISIBILITY_PROPERTY.equals(key)) {
            return null;
        }
        for (SandboxIssue i : all()) {
            for (SandboxComment c : i.comments) {
                if (c.getId().equals(entityId) && c.internal()) {
                    return property(entityId, "{\"internal\":true}");
                }
            }
        }
        return null;
    }

    private static EntityProperty property(Long commentId, String json) {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        return new EntityProperty() {
            @Override
            public Long getId() {
                return commentId;
            }

            @Override
            public Long getEntityId() {
                return commentId;
            }

            @Override
            public String getEntityName() {
                return COMMENT_PROPERTY_ENTITY;
            }

            @Override
            public String getKey() {
                return VISIBILITY_PROPERTY;
            }

            @Override
            public String getValue() {
                return json;
            }

            @Override
            public Timestamp getCreated() {
                return now;
            }

            @Override
            public Timestamp getUpdated() {
                return now;
            }
        };
    }

    @Override
    public Comment getLastComment(Issue issue) {
        List<Comment> all = getComments(issue);
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }
}
