package dk.replycoach.jira.ao;

import dk.replycoach.analysis.Severity;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Rule lists as one short column value: {@code no-but:w,profanity:b} for rules with severity,
 * {@code acknowledge,open-question} for plain lists. Rule ids are {@code [a-z0-9-]}, so neither
 * separator can occur inside one. Keeping the list in the event's own row is what makes an event
 * one INSERT (no child rows, no transaction) and one row to read.
 */
final class RuleListCodec {
    private RuleListCodec() {
    }

    static String encode(Map<String, Severity> rules) {
        if (rules.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Severity> e : rules.entrySet()) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(e.getKey()).append(':').append(code(e.getValue()));
        }
        return fit(sb.toString());
    }

    static String encode(Set<String> ids) {
        return ids.isEmpty() ? null : fit(String.join(",", ids));
    }

    static Map<String, Severity> decodeRules(String value) {
        if (value == null || value.isEmpty()) {
            return Map.of();
        }
        Map<String, Severity> rules = new TreeMap<>();
        for (String item : value.split(",")) {
            int colon = item.lastIndexOf(':');
            if (colon <= 0 || colon != item.length() - 2) {
                throw new IllegalArgumentException("bad rule entry '" + item + "'");
            }
            rules.put(item.substring(0, colon), severity(item.charAt(colon + 1)));
        }
        return Collections.unmodifiableMap(rules);
    }

    static Set<String> decodeIds(String value) {
        if (value == null || value.isEmpty()) {
            return Set.of();
        }
        Set<String> ids = new TreeSet<>();
        Collections.addAll(ids, value.split(","));
        return Collections.unmodifiableSet(ids);
    }

    private static String fit(String encoded) {
        if (encoded.length() > CoachingEventEntity.RULE_LIST_LENGTH) {
            throw new IllegalArgumentException("rule list of " + encoded.length() + " characters does not fit the "
                    + CoachingEventEntity.RULE_LIST_LENGTH + "-character column");
        }
        return encoded;
    }

    private static char code(Severity s) {
        switch (s) {
            case INFO: return 'i';
            case WARNING: return 'w';
            case BLOCK: return 'b';
            default: throw new IllegalArgumentException("unknown severity " + s);
        }
    }

    private static Severity severity(char c) {
        switch (c) {
            case 'i': return Severity.INFO;
            case 'w': return Severity.WARNING;
            case 'b': return Severity.BLOCK;
            default: throw new IllegalArgumentException("unknown severity code '" + c + "'");
        }
    }
}
