package dk.replycoach.coaching;

import java.util.regex.Pattern;

/**
 * The shapes of the keys coaching stores: Jira user, issue and project keys, draft ids and rule
 * ids. Checked where events are made so a store never sees a key it cannot hold.
 */
final class CoachingKeys {
    /** Jira allows user, issue and project keys up to 255 characters. */
    static final int MAX_KEY = 255;
    /** Draft ids come from the browser: short, and only characters that are safe anywhere. */
    static final Pattern DRAFT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    /** Rule ids are the public contract of DESIGN §3: lower case words joined by hyphens. */
    static final Pattern RULE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private CoachingKeys() {
    }

    static String key(String name, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new IllegalArgumentException(name + " is required");
            }
            return null;
        }
        String v = value.strip();
        if (v.length() > MAX_KEY) {
            throw new IllegalArgumentException(name + " is longer than " + MAX_KEY + " characters");
        }
        for (int i = 0; i < v.length(); i++) {
            if (Character.isISOControl(v.charAt(i))) {
                throw new IllegalArgumentException(name + " contains a control character");
            }
        }
        return v;
    }

    static String draftId(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!DRAFT_ID.matcher(value).matches()) {
            throw new IllegalArgumentException("draft id must be 1-64 of A-Z a-z 0-9 . _ : -");
        }
        return value;
    }

    static String ruleId(String value) {
        if (value == null || !RULE_ID.matcher(value).matches()) {
            throw new IllegalArgumentException("not a rule id: '" + value + "'");
        }
        return value;
    }
}
