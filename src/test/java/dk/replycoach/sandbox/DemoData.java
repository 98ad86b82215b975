package dk.replycoach.sandbox;

import dk.replycoach.analysis.AnalysisRequest;
import dk.replycoach.analysis.Finding;
import dk.replycoach.analysis.ReplyAnalyzer;
import dk.replycoach.analysis.ReplyReport;
import dk.replycoach.analysis.Severity;
import dk.replycoach.coaching.CoachingRecorder;
import dk.replycoach.coaching.DraftTracker;
import dk.replycoach.coaching.OverrideReason;
import dk.replycoach.coaching.ReplyRef;
import dk.replycoach.config.AdminSettings;
import dk.replycoach.config.AnalyzerSource;
import dk.replycoach.config.SettingsJson;
import dk.replycoach.config.SettingsRepository;
import dk.replycoach.config.SettingsService;
import dk.replycoach.config.SettingsOutcome;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The demo world: users (agents, a team lead, an administrator, customers, and an agent whose
 * name is a script), a JSM project and a software project with issues and angry customers, the
 * team-lead group in the settings, and three months of coaching events for every agent, recorded
 * through the real {@link CoachingRecorder} with a clock set to each event's time. Random but
 * fixed (one seed), so every start shows the same figures.
 */
final class DemoData {
    /** What the browser tests type; kept here so the demo issues' customers fit them. */
    static final String XSS_NAME = "<script>alert(1)</script> Mallory";

    private static final String[][] AGENTS = {
            // username, display name, language, role
            {"agent", "Anna Berg", "en", "agent"},
            {"mette", "Mette Sørensen", "da", "agent"},
            {"jonas", "Jonas Nielsen", "da", "agent"},
            {"priya", "Priya Shah", "en", "agent"},
            {"mallory", XSS_NAME, "en", "agent"},
    };

    /** Replies agents send; escalating ones are usually fixed before sending, depending on the agent. */
    private static final String[] FIRST_DRAFTS = {
            "Jeg kan godt forstå, at du er utilfreds, men pakken blev sendt til den adresse, du selv har skrevet. Det er vores politik.",
            "Det er ikke vores fejl. Du skulle have læst betingelserne. Vi vender tilbage.",
            "Som jeg allerede har skrevet, skal du bare kontakte fragtfirmaet!!",
            "As I already said, you should have read our terms. That is our policy and the decision is final.",
            "We are understaffed at the moment, so we'll get back to you.",
            "Please do NOT contact us again about this!!",
            "Det er fandme ikke vores skyld, at pakken er væk.",
            "Tal ordentligt, ellers lukker jeg sagen.",
            "I understand, but there is nothing we can do.",
    };
    private static final String[] GOOD = {
            "Tak fordi du skriver. Jeg kan godt forstå, at det er frustrerende at vente. Jeg har talt med fragtfirmaet, og pakken"
                    + " sendes i dag. Jeg ringer til dig i morgen med et track-and-trace-nummer. Hvornår passer det dig bedst?",
            "Tak for din besked, og undskyld ventetiden. Jeg har sat din sag forrest og vender tilbage i dag kl. 14."
                    + " Hvad er vigtigst for dig lige nu?",
            "Thank you for reaching out, and I'm sorry the update broke your export. I have passed it to our developers and"
                    + " will update you by Friday. What would help you most in the meantime?",
            "Thanks for your patience. I can see why this is frustrating. I have issued the refund today and will confirm"
                    + " by email tomorrow. Is there anything else I can do for you?",
    };

    private DemoData() {
    }

    static void seed(Sandbox s) {
        SandboxUsers users = s.users;
        users.add("admin", "Ada Andersen", Locale.ENGLISH, "administrator", SandboxUsers.ADMINISTRATORS, SandboxUsers.AGENTS);
        users.add("lead", "Lars Holm", Locale.ENGLISH, "team lead", SandboxUsers.AGENTS, SandboxUsers.LEADS);
        for (String[] a : AGENTS) {
            users.add(a[0], a[1], Locale.forLanguageTag(a[2]), a[3], SandboxUsers.AGENTS);
        }
        SandboxUsers.User karen = users.add("karen", "Karen Kunde", Locale.forLanguageTag("da"), "customer");
        SandboxUsers.User sam = users.add("sam", "Sam Taylor", Locale.ENGLISH, "customer");

        s.issues.addProject("SD", "Kundeservice", true);
        s.issues.addProject("WEB", "Web shop", false);
        SandboxIssues.SandboxIssue sd1 = s.issues.addIssue("SD", "Pakken er ikke kommet", karen,
                "Jeg bestilte for to uger siden og har stadig ikke fået noget. Hvor er min pakke?");
        s.issues.addComment(sd1, karen, "Det er TREDJE gang, jeg skriver til jer!!! I er nogle idioter, og jeres service er elendig."
                + " Hvor er min pakke?", false);
        SandboxIssues.SandboxIssue sd2 = s.issues.addIssue("SD", "Refund not received", sam,
                "I returned the jacket a month ago and I still have no refund.");
        s.issues.addComment(sd2, sam, "This is the THIRD time I'm writing!!! You people are useless. Where is my refund?", false);
        s.issues.addIssue("WEB", "Checkout button does nothing on mobile", sam,
                "On my phone the checkout button does nothing. I have tried three times and I am getting fed up.");

        SettingsRepository repo = s.injector.get(SettingsRepository.class);
        AdminSettings withLeads = repo.current().toBuilder().leadGroup(SandboxUsers.LEADS).build();
        SettingsOutcome saved = new SettingsService(repo).save(SettingsJson.write(withLeads));
        if (saved.kind() != SettingsOutcome.Kind.OK) {
            throw new IllegalStateException("demo settings were refused: " + saved.errors());
        }

        coachingHistory(s, 92);
    }

    /** A clock the seeding moves to each event's time. */
    private static final class SetClock extends Clock {
        private final ZoneId zone;
        private Instant now;

        SetClock(ZoneId zone, Instant now) {
            this.zone = zone;
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return new SetClock(z, now);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static void coachingHistory(Sandbox s, int days) {
        ReplyAnalyzer analyzer = s.injector.get(AnalyzerSource.class).current();
        List<ReplyReport> drafts = new ArrayList<>();
        for (String t : FIRST_DRAFTS) {
            drafts.add(analyzer.analyze(AnalysisRequest.of(t)));
        }
        List<ReplyReport> good = new ArrayList<>();
        for (String t : GOOD) {
            good.add(analyzer.analyze(AnalysisRequest.of(t)));
        }
        ZoneId zone = s.clock.getZone();
        LocalDate today = LocalDate.now(s.clock);
        SetClock clock = new SetClock(zone, Instant.EPOCH);
        CoachingRecorder recorder = new CoachingRecorder(s.coachingStore, clock, new DraftTracker(clock));
        Random random = new Random(7);
        String[] projects = {"SD", "SD", "SD", "WEB"};
        int agentIndex = 0;
        for (SandboxUsers.User agent : s.users.all()) {
            if (!agent.isStaff() || agent.isAdmin()) {
                continue;
            }
            // Each agent has a habit: how often a first draft escalates, and how often they fix it.
            double escalates = 0.25 + 0.1 * (agentIndex % 4);
            double fixes = 0.9 - 0.15 * (agentIndex % 3);
            agentIndex++;
            int issueNumber = 100;
            for (LocalDate day = today.minusDays(days - 1); !day.isAfter(today); day = day.plusDays(1)) {
                if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                // Coaching gets better over the three months: fewer escalating drafts later on.
                double progress = (double) (days - java.time.temporal.ChronoUnit.DAYS.between(day, today)) / days;
                int replies = 3 + random.nextInt(6);
                for (int r = 0; r < replies; r++) {
                    Instant at = day.atTime(8 + random.nextInt(8), random.nextInt(60)).atZone(zone).toInstant();
                    String project = projects[random.nextInt(projects.length)];
                    ReplyRef ref = ReplyRef.of(agent.getKey(), project + "-" + (issueNumber++), project)
                            .withDraft("seed-" + agent.getUsername() + "-" + issueNumber);
                    clock.now = at;
                    boolean escalating = random.nextDouble() < escalates * (1.2 - 0.6 * progress);
                    int g = random.nextInt(GOOD.length);
                    if (!escalating) {
                        recorder.checked(ref, good.get(g), GOOD[g]);
                        clock.now = at.plusSeconds(60);
                        recorder.sent(ref, good.get(g), GOOD[g]);
                        continue;
                    }
                    int d = random.nextInt(FIRST_DRAFTS.length);
                    ReplyReport draft = drafts.get(d);
                    recorder.checked(ref, draft, FIRST_DRAFTS[d]);
                    if (random.nextDouble() < 0.15 && !draft.findings().isEmpty()) {
                        recorder.notHelpful(ref, draft.findings().get(0).rule(), draft.findings().get(0).severity());
                    }
                    clock.now = at.plusSeconds(120);
                    Map<String, Severity> blocks = blocking(draft);
                    if (random.nextDouble() < fixes) {
                        recorder.sent(ref, good.get(g), GOOD[g]);
                    } else if (!blocks.isEmpty() && random.nextBoolean()) {
                        OverrideReason.Category[] reasons = OverrideReason.Category.values();
                        recorder.overridden(ref, blocks, OverrideReason.of(reasons[random.nextInt(reasons.length)], null));
                        recorder.sent(ref, draft, FIRST_DRAFTS[d]);
                    } else if (!blocks.isEmpty()) {
                        recorder.blocked(ref, blocks);
                        clock.now = at.plusSeconds(300);
                        recorder.sent(ref, good.get(g), GOOD[g]);
                    } else {
                        recorder.sent(ref, draft, FIRST_DRAFTS[d]);
                    }
                }
            }
        }
    }

    private static Map<String, Severity> blocking(ReplyReport report) {
        Map<String, Severity> out = new TreeMap<>();
        for (Finding f : report.findings()) {
            if (f.severity() == Severity.BLOCK) {
                out.put(f.rule(), f.severity());
            }
        }
        return out;
    }
}
