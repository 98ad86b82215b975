package dk.replycoach.cli;

import dk.replycoach.analysis.AnalysisRequest;
import dk.replycoach.analysis.ReplyAnalyzer;
import dk.replycoach.analysis.ReplyReport;
import dk.replycoach.analysis.Severity;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class BatchCommandTest {
    /** Replies the generated export cycles through; what each scores is asked of the engine itself. */
    private static final List<String> REPLIES = List.of(
            "Hej Lars\n\nTak fordi du skrev. Jeg forstår godt, at det er frustrerende. Jeg sender en ny pakke i dag.\n\nHvad passer dig bedst?\n\nMed venlig hilsen\nMette",
            "Hej Hanne\n\nJeg forstår din frustration, men det er vores politik.\n\nMette",
            "Hej\n\nSom sagt skal du bare genstarte routeren!!\n\nJonas",
            "DET ER IKKE VORES FEJL!! Læs betingelserne.",
            "Hi Tom\n\nThank you for reaching out, and sorry for the trouble. I have reset your account and will check in tomorrow.\n\nWhat time suits you for a call?\n\nKind regards\nSara",
            "Hi Amy\n\nYou should have read the terms. As stated in our terms, custom items cannot be returned.\n\nSara",
            "Hej Ole, det skyldes at vi har travlt. Der går et par uger.",
            "Hi Jack, obviously this is not our fault. The courier lost it. What else do you want me to say?");
    private static final List<String> AGENTS = List.of("mette.h", "jonas.k", "sara.l", "peter.n", "emma.w");
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 28);

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    public void tenThousandRowsGiveAReportWithEachAgentsNumbers() throws Exception {
        int rows = 10_000;
        Path input = tmp.getRoot().toPath().resolve("replies.csv");
        Map<String, Expected> expected = new TreeMap<>();
        ReplyAnalyzer analyzer = ReplyAnalyzer.withDefaults();
        ReplyReport[] reports = new ReplyReport[REPLIES.size()];
        for (int i = 0; i < REPLIES.size(); i++) {
            reports[i] = analyzer.analyze(AnalysisRequest.of(REPLIES.get(i)));
        }
        StringBuilder csv = new StringBuilder("agent,created,body,customer_message,issue\r\n");
        for (int i = 1; i <= rows; i++) {
            if (i == 17 || i == 4_242 || i == 9_999) {
                csv.append(bad(i)).append("\r\n");
                continue;
            }
            String agent = AGENTS.get(i % AGENTS.size());
            int reply = (i * 7 + i / 13) % REPLIES.size();
            LocalDate day = FIRST_DAY.plusDays(i % 42);
            String created = i % 3 == 0 ? day.toString() : i % 3 == 1 ? day + "T09:" + (10 + i % 50) + ":00+01:00" : day + " 14:05";
            csv.append(agent).append(',').append(created).append(',').append(quoted(REPLIES.get(reply))).append(',')
                    .append(i % 4 == 0 ? quoted("Hvor er min pakke?") : "").append(",SUP-").append(100 + i % 900).append("\r\n");
            expected.computeIfAbsent(agent, a -> new Expected()).add(reports[reply]);
        }
        Files.writeString(input, csv, StandardCharsets.UTF_8);
        Path html = tmp.getRoot().toPath().resolve("report.html");
        Path csvOut = tmp.getRoot().toPath().resolve("report.csv");

        int code = run("batch", "--input", input.toString(), "--out", html.toString(), "--csv", csvOut.toString());

        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(stderr, ReplyCoachCli.OK, code);
        // Bodies span lines, so a row's line number is further down than its row number.
        assertTrue(stderr, stderr.matches("(?s).*row 17 \\(line \\d+\\): created 'yesterday' is not an ISO date or date-time; skipped.*"));
        assertTrue(stderr, stderr.matches("(?s).*row 4242 \\(line \\d+\\): no agent; skipped.*"));
        assertTrue(stderr, stderr.matches("(?s).*row 9999 \\(line \\d+\\): has 2 columns, expected at least 3; skipped.*"));
        assertTrue(stderr, stderr.contains("10,000 rows") && stderr.contains("9,997 replies from 5 agents, 3 bad rows skipped"));

        Document doc = parse(html);
        XPath xp = XPathFactory.newInstance().newXPath();
        Expected team = new Expected();
        for (Map.Entry<String, Expected> e : expected.entrySet()) {
            Element section = (Element) xp.evaluate("//section[@data-agent='" + e.getKey() + "']", doc, XPathConstants.NODE);
            assertEquals(e.getKey(), e.getValue().replies, figure(xp, section, "replies"), 0);
            assertEquals(e.getKey(), e.getValue().withWarnings, figure(xp, section, "withWarnings"), 0);
            assertEquals(e.getKey(), e.getValue().averageScore(), figure(xp, section, "averageScore"), 1e-3);
            team.merge(e.getValue());
        }
        Element teamSection = (Element) xp.evaluate("//section[@data-agent='*']", doc, XPathConstants.NODE);
        assertEquals(9_997, figure(xp, teamSection, "replies"), 0);
        assertEquals(team.withWarnings, figure(xp, teamSection, "withWarnings"), 0);
        assertEquals(team.averageScore(), figure(xp, teamSection, "averageScore"), 1e-3);
        assertEquals(6, ((NodeList) xp.evaluate("//section[@data-agent='mette.h']//*[local-name()='svg'][@class='trend']"
                + "/*[local-name()='rect']", doc, XPathConstants.NODESET)).getLength());

        List<String> csvLines = Files.readAllLines(csvOut, StandardCharsets.UTF_8);
        assertEquals(CoachingCsvReport.HEADER, csvLines.get(0));
        assertTrue(csvLines.get(1).startsWith("*,all,9997," + team.withWarnings + ","));
        assertEquals(1 + 6 * (1 + 6), csvLines.size());
    }

    @Test
    public void theReportIsOneSelfContainedFileWithEveryValueEscaped() throws Exception {
        Path input = write("agent,created,body\r\n"
                + "\"<script>alert('x')</script> & \"\"co\"\"\",2026-11-16,Hej. Tak for din besked.\r\n");
        Path html = tmp.getRoot().toPath().resolve("r.html");
        assertEquals(ReplyCoachCli.OK, run("batch", "--input", input.toString(), "--out", html.toString()));
        String text = Files.readString(html, StandardCharsets.UTF_8);
        assertFalse(text.contains("<script"));
        assertFalse(text.contains(" src="));
        assertFalse(text.contains("href=\"http"));
        assertFalse(text.contains("url("));
        assertTrue(text.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;"));
        Document doc = parse(html);
        XPath xp = XPathFactory.newInstance().newXPath();
        assertEquals("<script>alert('x')</script> & \"co\"", xp.evaluate("//section[@class='agent']/h2", doc));
    }

    @Test
    public void theReportSpeaksTheUiLanguage() throws Exception {
        Path input = write("agent,created,body\r\nanna,2026-11-16,Hej. Tak for din besked.\r\n");
        Path html = tmp.getRoot().toPath().resolve("r.html");
        assertEquals(ReplyCoachCli.OK, run("batch", "--input", input.toString(), "--out", html.toString(), "--ui-lang", "da"));
        Document doc = parse(html);
        assertEquals("da", doc.getDocumentElement().getAttribute("lang"));
        assertTrue(doc.getElementsByTagName("h1").item(0).getTextContent().contains("Coaching-rapport"));
    }

    @Test
    public void onlyAFileThatCannotBeReadStopsTheRun() throws Exception {
        Path html = tmp.getRoot().toPath().resolve("r.html");
        assertEquals(ReplyCoachCli.ERROR, run("batch", "--input", "/no/such/file.csv", "--out", html.toString()));
        Path latin1 = tmp.getRoot().toPath().resolve("latin1.csv");
        Files.write(latin1, "agent,created,body\r\nsøren,2026-11-16,Tak\r\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(ReplyCoachCli.ERROR, run("batch", "--input", latin1.toString(), "--out", html.toString()));
        assertEquals(ReplyCoachCli.ERROR, run("batch", "--input", write("who,when,what\r\n").toString(), "--out", html.toString()));
        assertEquals(ReplyCoachCli.ERROR, run("batch", "--input",
                write("agent,created,body\r\nanna,2026-11-16,\"never closed\r\n").toString(), "--out", html.toString()));
        assertFalse(Files.exists(html));
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertTrue(stderr, stderr.contains("no such file"));
        assertTrue(stderr, stderr.contains("not valid UTF-8"));
        assertTrue(stderr, stderr.contains("no 'agent' column"));
        assertTrue(stderr, stderr.contains("never ends"));
    }

    @Test
    public void batchNeedsItsInputAndOutput() {
        assertEquals(ReplyCoachCli.ERROR, run("batch", "--out", "x.html"));
        assertEquals(ReplyCoachCli.ERROR, run("batch", "--input", "x.csv"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("batch needs --input"));
    }

    @Test
    public void progressShowsRowsDoneOfTheTotalAndRowsPerSecond() throws Exception {
        StringBuilder csv = new StringBuilder("agent,created,body\r\n");
        for (int i = 0; i < 600; i++) {
            csv.append("anna,2026-11-16,Tak for din besked.\r\n");
        }
        Path input = write(csv.toString());
        AtomicLong fakeNanos = new AtomicLong();
        // Every look at the clock is one second later.
        Options options = Options.parse(new String[] {"--input", input.toString(), "--out", tmp.getRoot().toPath().resolve("r.html").toString()});
        int code = new BatchCommand(options, new ByteArrayInputStream(new byte[0]), new PrintStream(out), new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> fakeNanos.addAndGet(1_000_000_000L)).run();
        assertEquals(ReplyCoachCli.OK, code);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertTrue(stderr, stderr.matches("(?s).*reply-coach: batch [0-9,]+ / 600 rows \\([0-9]+%\\), [0-9,]+ rows/s\n.*"));
        assertTrue(stderr, stderr.contains("reply-coach: batch: 600 rows in "));
    }

    private int run(String... args) {
        return ReplyCoachCli.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path write(String content) throws Exception {
        Path p = tmp.newFile().toPath();
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static String bad(int row) {
        switch (row) {
            case 17: return "mette.h,yesterday,Tak for din besked.,,SUP-1";
            case 4_242: return ",2026-10-01,Tak for din besked.,,SUP-1";
            default: return "mette.h,2026-10-01";
        }
    }

    private static String quoted(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static double figure(XPath xp, Element section, String figure) throws Exception {
        return Double.parseDouble(xp.evaluate("dl/div/dd[@data-figure='" + figure + "']/@data-value", section));
    }

    /** Parses the report as XML: it is written so that an XML parser accepts it, which is a strict well-formedness check. */
    static Document parse(Path html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(html.toFile());
    }

    /** What the engine says the report should hold for a set of replies. */
    private static final class Expected {
        int replies;
        int withWarnings;
        long scoreSum;

        void add(ReplyReport r) {
            replies++;
            withWarnings += r.hasFindingAtLeast(Severity.WARNING) ? 1 : 0;
            scoreSum += r.score();
        }

        void merge(Expected e) {
            replies += e.replies;
            withWarnings += e.withWarnings;
            scoreSum += e.scoreSum;
        }

        double averageScore() {
            return (double) scoreSum / replies;
        }
    }
}
