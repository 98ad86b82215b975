package dk.replycoach.jira.report;

import com.atlassian.plugin.web.Condition;

import javax.inject.Inject;
import java.util.Map;

/**
 * Shows the team report link only to leads and administrators ({@link LeadAccess}). The link is a
 * convenience: the report page and REST resource check again on every request.
 *
 * <p>The user comes from SAL, not from the fragment context, whose keys differ between locations.
 */
public class LeadCondition implements Condition {
    private final LeadAccess access;

    @Inject
    public LeadCondition(LeadAccess access) {
        this.access = access;
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return access.currentUser().mayViewTeam();
    }
}
