package dk.replycoach.jira.listener;

/** Who can read a comment. */
enum Audience {
    /** The customer (a public reply in Jira Service Management). */
    CUSTOMER,
    /** Only the team: an internal note, or a comment restricted to a group or project role. */
    INTERNAL,
    /** Cannot tell: the visibility property is malformed or could not be read. */
    UNKNOWN
}
