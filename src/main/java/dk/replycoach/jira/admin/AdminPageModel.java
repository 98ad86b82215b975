package dk.replycoach.jira.admin;

import dk.replycoach.analysis.Messages;
import dk.replycoach.analysis.Severity;
import dk.replycoach.analysis.lang.LanguagePacks;
import dk.replycoach.analysis.lang.PhraseCategory;
import dk.replycoach.analysis.rule.RuleCatalog;
import dk.replycoach.analysis.rule.RuleDescriptor;
import dk.replycoach.analysis.rule.RuleParameter;
import dk.replycoach.coaching.RuleFeedback;
import dk.replycoach.config.AdminSettings;
import dk.replycoach.config.GateMode;
import dk.replycoach.config.RuleChoice;
import dk.replycoach.config.SettingsValidation;
import dk.replycoach.config.ValidatorSettings;
import dk.replycoach.report.ReportFormats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the settings page template shows: plain maps and lists of strings, every string already
 * HTML-escaped ({@link Html}), so the template only places text and never calls into services
 * (Jira 10's Velocity allowlist rewards this) and cannot print raw input. Each input carries its
 * field path (the same path the validation reports errors at) so the page's script can put an
 * error next to its field.
 */
public final class AdminPageModel {
    /** The page texts, looked up as {@code $t.get("rules.heading")} for {@code replycoach.admin.rules.heading}. */
    static final List<String> TEXTS = List.of(
            "title", "intro", "rules.heading", "rules.rule", "rules.on", "rules.severity", "rules.thresholds",
            "phrases.heading", "phrases.intro", "phrases.ignore", "phrases.ignore.help", "preview.heading",
            "preview.help", "preview.sample", "preview.sampleText", "preview.customer", "scope.heading", "scope.all",
            "scope.listed", "scope.keys", "internalNotes", "internalNotes.help", "gate.heading", "gate.mode",
            "validator.heading", "coaching.heading", "retention", "leadGroups", "leadGroups.help", "minGroupSize",
            "defaultLanguage", "defaultLanguage.help", "save", "export", "import", "import.help",
            "forbidden.title", "forbidden.message", "rules.notHelpful", "rules.notHelpful.help");
    /** Texts the page's script needs, passed as {@code data-text-*} attributes. */
    static final List<String> SCRIPT_TEXTS = List.of(
            "saving", "saved", "errors", "line", "network", "websudo", "imported", "preview.score",
            "preview.noFindings", "preview.failed");

    private static final String SELECTED = " selected=\"selected\"";
    private static final String CHECKED = " checked=\"checked\"";

    private AdminPageModel() {
    }

    /**
     * The template context for the settings page. {@code feedback} holds each rule's "not helpful"
     * votes and firings over the calibration period; null when they could not be read.
     */
    public static Map<String, Object> of(AdminSettings s, Messages m, String contextPath, Map<String, RuleFeedback> feedback) {
        Map<String, Object> ctx = new HashMap<>(texts(m));
        ctx.put("contextPath", Html.escape(contextPath));
        ctx.put("version", Html.escape(s.version()));
        ctx.put("rules", rules(s, m, feedback));
        ctx.put("languages", languages(s, m));
        ctx.put("scopeAllAttr", s.projectScope().isAll() ? CHECKED : "");
        ctx.put("scopeListedAttr", s.projectScope().isAll() ? "" : CHECKED);
        ctx.put("projectKeys", Html.escape(String.join("\n", s.projectScope().keys())));
        ctx.put("internalNotesAttr", s.checkInternalNotes() ? CHECKED : "");
        List<Map<String, Object>> gateModes = new ArrayList<>();
        for (GateMode g : GateMode.values()) {
            gateModes.add(option(g.id(), m.get("replycoach.admin.gate." + g.id()), g == s.gateMode()));
        }
        ctx.put("gateModes", gateModes);
        Map<String, String> validator = s.validatorDefaults().toArgs();
        ctx.put("blockAtOptions", options(List.of(Severity.BLOCK.id(), Severity.WARNING.id()), validator.get(ValidatorSettings.BLOCK_AT),
                "replycoach.severity.", m));
        ctx.put("scopeOptions", options(List.of("public", "all"), validator.get(ValidatorSettings.SCOPE), "replycoach.validator.scope.", m));
        ctx.put("failModeOptions", options(List.of("open", "closed"), validator.get(ValidatorSettings.FAIL_MODE),
                "replycoach.validator.failMode.", m));
        ctx.put("validatorLabels", Map.of(
                "blockAt", Html.escape(m.get("replycoach.validator.blockAt")),
                "scope", Html.escape(m.get("replycoach.validator.scope")),
                "failMode", Html.escape(m.get("replycoach.validator.failMode"))));
        ctx.put("retentionDays", Html.escape(s.retentionDays()));
        ctx.put("retentionMin", Html.escape(SettingsValidation.MIN_RETENTION_DAYS));
        ctx.put("retentionMax", Html.escape(SettingsValidation.MAX_RETENTION_DAYS));
        ctx.put("leadGroups", Html.escape(String.join("\n", s.leadGroups())));
        ctx.put("minGroupSize", Html.escape(s.minGroupSize()));
        ctx.put("groupSizeMin", Html.escape(SettingsValidation.MIN_GROUP_SIZE));
        ctx.put("groupSizeMax", Html.escape(SettingsValidation.MAX_GROUP_SIZE));
        ctx.put("defaultLanguages", options(LanguagePacks.bundled().codes(), s.defaultLanguage(), "replycoach.language.", m));
        return ctx;
    }

    /** The context of the page a logged-in user without admin rights gets. */
    public static Map<String, Object> forbidden(Messages m) {
        return new HashMap<>(texts(m));
    }

    private static Map<String, Object> texts(Messages m) {
        Map<String, String> t = new HashMap<>();
        for (String key : TEXTS) {
            t.put(key, Html.escape(m.get("replycoach.admin." + key)));
        }
        List<Map<String, Object>> scriptTexts = new ArrayList<>();
        for (String key : SCRIPT_TEXTS) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", key.replace('.', '-'));
            e.put("value", Html.escape(m.get("replycoach.admin." + key)));
            scriptTexts.add(e);
        }
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("t", t);
        ctx.put("scriptTexts", scriptTexts);
        ctx.put("uiLanguage", Html.escape(m.language()));
        return ctx;
    }

    private static List<Map<String, Object>> rules(AdminSettings s, Messages m, Map<String, RuleFeedback> feedback) {
        ReportFormats fmt = new ReportFormats(m);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map.Entry<String, RuleChoice> e : s.rules().entrySet()) {
            RuleDescriptor d = RuleCatalog.descriptor(e.getKey()).orElseThrow();
            RuleChoice choice = e.getValue();
            String field = "rules." + d.id();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", Html.escape(d.id()));
            row.put("field", Html.escape(field));
            row.put("name", Html.escape(m.get(d.nameKey())));
            row.put("guidance", Html.escape(m.get(d.guidanceKey())));
            row.put("enabledAttr", choice.enabled() ? CHECKED : "");
            List<Map<String, Object>> severities = new ArrayList<>();
            for (Severity sev : Severity.values()) {
                severities.add(option(sev.id(), m.get("replycoach.severity." + sev.id()), sev == choice.severity()));
            }
            row.put("severities", severities);
            List<Map<String, Object>> params = new ArrayList<>();
            for (RuleParameter p : d.parameters()) {
                Map<String, Object> param = new LinkedHashMap<>();
                param.put("name", Html.escape(p.name()));
                param.put("field", Html.escape(field + "." + p.name()));
                String labelKey = "replycoach.admin.param." + p.name();
                param.put("label", Html.escape(m.has(labelKey) ? m.get(labelKey) : p.name()));
                param.put("value", Html.escape(plain(choice.parameters().getOrDefault(p.name(), p.defaultValue()))));
                param.put("min", Html.escape(plain(p.min())));
                param.put("max", Html.escape(plain(p.max())));
                params.add(param);
            }
            row.put("params", params);
            row.put("hasParams", !params.isEmpty());
            row.put("notHelpful", Html.escape(notHelpful(feedback, d.id(), m, fmt)));
            rows.add(row);
        }
        return rows;
    }

    /** "12 % (3 of 25)": votes per sent reply the rule fired in; a vote on a draft only shows as votes. */
    private static String notHelpful(Map<String, RuleFeedback> feedback, String rule, Messages m, ReportFormats fmt) {
        if (feedback == null) {
            return m.get("replycoach.admin.rules.notHelpful.unavailable");
        }
        RuleFeedback f = feedback.get(rule);
        if (f == null || f.notHelpful() == 0 && f.fired() == 0) {
            return m.get("replycoach.admin.rules.notHelpful.none");
        }
        if (f.fired() == 0) {
            return m.get("replycoach.admin.rules.notHelpful.votes", fmt.count(f.notHelpful()));
        }
        return m.get("replycoach.admin.rules.notHelpful.rate", fmt.percent(f.votesPerFiring().getAsDouble()),
                fmt.count(f.notHelpful()), fmt.count(f.fired()));
    }

    private static List<Map<String, Object>> languages(AdminSettings s, Messages m) {
        List<Map<String, Object>> langs = new ArrayList<>();
        for (String code : LanguagePacks.bundled().codes()) {
            Map<String, Object> lang = new LinkedHashMap<>();
            lang.put("code", Html.escape(code));
            lang.put("name", Html.escape(m.get("replycoach.language." + code)));
            List<Map<String, Object>> categories = new ArrayList<>();
            for (PhraseCategory c : PhraseCategory.values()) {
                Map<String, Object> cat = new LinkedHashMap<>();
                cat.put("id", Html.escape(c.id()));
                cat.put("field", Html.escape("phrases." + code + "." + c.id()));
                cat.put("name", Html.escape(m.get("replycoach.admin.category." + c.id())));
                cat.put("text", Html.escape(String.join("\n", s.extraPhrases(code, c))));
                categories.add(cat);
            }
            lang.put("categories", categories);
            lang.put("ignoreField", Html.escape("ignoredPhrases." + code));
            lang.put("ignoreText", Html.escape(String.join("\n", s.ignoredPhrases(code))));
            langs.add(lang);
        }
        return langs;
    }

    private static List<Map<String, Object>> options(List<String> values, String selected, String labelPrefix, Messages m) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (String v : values) {
            list.add(option(v, m.get(labelPrefix + v), v.equals(selected)));
        }
        return list;
    }

    private static Map<String, Object> option(String value, String label, boolean selected) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("value", Html.escape(value));
        o.put("label", Html.escape(label));
        o.put("selectedAttr", selected ? SELECTED : "");
        return o;
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
