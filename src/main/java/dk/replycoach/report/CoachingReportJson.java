package dk.replycoach.report;

import dk.replycoach.coaching.CoachingFigures;
import dk.replycoach.coaching.RuleCount;
import dk.replycoach.coaching.TeamReport;
import dk.replycoach.coaching.WeekFigures;
import dk.replycoach.guidance.ConflictStyle;
import dk.replycoach.json.JsonWriter;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Team and agent reports as JSON, for the report REST resource. Counts are plain numbers, shares
 * and rates are 0-1, and a ratio without a base (no replies, nothing shown while drafting) is null
 * rather than 0, so a reader can tell "none" from "never". Rules carry their name in the reader's
 * language next to their id.
 */
public final class CoachingReportJson {
    /** Rules listed per agent (the report table's "top 3"). */
    public static final int AGENT_TOP_RULES = 3;
    /** Rules listed for a team or for one agent's own report. */
    public static final int TOP_RULES = 10;
    /** Rules whose guidance comes with an agent's report. */
    public static final int GUIDANCE_RULES = 3;

    private final AgentNames names;
    private final RuleTexts rules;

    public CoachingReportJson(AgentNames names, RuleTexts rules) {
        this.names = names;
        this.rules = rules;
    }

    /**
     * A team report. Below the minimum group size only the period, the group sizes and
     * {@code "hidden": true} are written: no totals, trend, rules or agents.
     */
    public String team(TeamReport report, MinimumGroupSize minimum) {
        boolean hidden = minimum.hides(report);
        JsonWriter w = new JsonWriter().beginObject();
        period(w, report);
        w.name("project").value(report.scope().project());
        w.name("agentCount").value(report.agents().size());
        w.name("minGroupSize").value(minimum.agents());
        w.name("hidden").value(hidden);
        if (!hidden) {
            w.name("team");
            figures(w, report.totals(), TOP_RULES);
            weeks(w, report.weeks());
            w.name("agents").beginArray();
            for (Map.Entry<String, CoachingFigures> a : report.agents().entrySet()) {
                w.beginObject().name("userKey").value(a.getKey()).name("displayName").value(names.displayName(a.getKey()));
                w.name("figures");
                figures(w, a.getValue(), AGENT_TOP_RULES);
                w.endObject();
            }
            w.endArray();
        }
        return w.endObject().toString();
    }

    /** One agent's report: {@code report} is scoped to that agent. Never hidden. */
    public String agent(String agentKey, TeamReport report) {
        CoachingFigures f = report.agents().getOrDefault(agentKey, CoachingFigures.NONE);
        JsonWriter w = new JsonWriter().beginObject();
        w.name("userKey").value(agentKey).name("displayName").value(names.displayName(agentKey));
        period(w, report);
        w.name("figures");
        figures(w, f, TOP_RULES);
        weeks(w, report.weeks(agentKey));
        w.name("guidance").beginArray();
        for (RuleCount rc : f.topRules(GUIDANCE_RULES)) {
            w.beginObject().name("rule").value(rc.rule()).name("name").value(rules.name(rc.rule()))
                    .name("guidance").value(rules.guidance(rc.rule())).endObject();
        }
        w.endArray();
        return w.endObject().toString();
    }

    private static void period(JsonWriter w, TeamReport report) {
        w.name("from").value(report.scope().range().first().toString())
                .name("to").value(report.scope().range().last().toString());
    }

    private void figures(JsonWriter w, CoachingFigures f, int topRules) {
        w.beginObject();
        counts(w, f);
        w.name("dominantStyle").value(f.dominantStyle().map(ConflictStyle::id).orElse(null));
        w.name("styles").beginObject();
        for (ConflictStyle s : ConflictStyle.values()) {
            w.name(s.id()).value(f.style(s));
        }
        w.name("none").value(f.unstyled()).endObject();
        w.name("topRules").beginArray();
        for (RuleCount rc : f.topRules(topRules)) {
            w.beginObject().name("rule").value(rc.rule()).name("name").value(rules.name(rc.rule()))
                    .name("replies").value(rc.count());
            ratio(w, "share", f.sent() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) rc.count() / f.sent()));
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }

    private static void counts(JsonWriter w, CoachingFigures f) {
        w.name("replies").value(f.sent()).name("withWarnings").value(f.withWarnings());
        ratio(w, "shareWithWarnings", f.sent() == 0 ? OptionalDouble.empty() : OptionalDouble.of(f.shareWithWarnings()));
        ratio(w, "averageScore", f.averageScore());
        ratio(w, "averageWords", f.averageWords());
        w.name("coached").value(f.coached()).name("withFix").value(f.withFix());
        ratio(w, "fixedBeforeSendRate", f.fixRate());
        w.name("withBlocks").value(f.withBlocks()).name("blocked").value(f.blocked())
                .name("overrides").value(f.overrides()).name("checks").value(f.checks());
    }

    private static void weeks(JsonWriter w, List<WeekFigures> weeks) {
        w.name("weeks").beginArray();
        for (WeekFigures week : weeks) {
            w.beginObject().name("week").value(week.weekStart().toString());
            counts(w, week.figures());
            w.endObject();
        }
        w.endArray();
    }

    private static void ratio(JsonWriter w, String name, OptionalDouble value) {
        w.name(name);
        if (value.isPresent()) {
            w.value(round(value.getAsDouble()));
        } else {
            w.nullValue();
        }
    }

    /** Four decimals: enough for a share, and no 0.30000000000000004 in the answer. */
    private static double round(double d) {
        return Math.round(d * 10_000) / 10_000.0;
    }
}
