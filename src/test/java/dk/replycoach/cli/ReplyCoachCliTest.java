package dk.replycoach.cli;

import dk.replycoach.json.JsonParser;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class ReplyCoachCliTest {
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private String out;
    private String err;

    private int run(String stdin, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = ReplyCoachCli.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private File file(String name, String content) throws Exception {
        File f = tmp.newFile(name);
        Files.writeString(f.toPath(), content, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    public void escalatingReplyExitsOneWithLineAndColumn() throws Exception {
        File f = file("a.txt", "Hej Peter,\n\nJeg forstår din frustration, men pakken er sendt.\n");
        assertEquals(1, run("", "check", f.getPath()));
        assertTrue(out, out.contains("[no-but]"));
        assertTrue(out, out.contains("3:30"));
    }

    @Test
    public void goodReplyExitsZero() throws Exception {
        File f = file("good.txt", "Tak fordi du skriver. Jeg kan godt forstå, at det er irriterende. "
                + "Jeg sender en ny i dag og ringer til dig i morgen. Hvornår passer det dig bedst?");
        assertEquals(out, 0, run("", "check", f.getPath()));
    }

    @Test
    public void jsonHasTheDesignShape() throws Exception {
        File f = file("a.txt", "Jeg forstår din frustration, men pakken er sendt.");
        run("", "check", "--format", "json", "--lang", "da", f.getPath());
        Map<?, ?> report = (Map<?, ?>) JsonParser.parse(out.trim());
        for (String key : new String[] {"language", "score", "steps", "style", "customer", "stats", "findings"}) {
            assertTrue(key, report.containsKey(key));
        }
        Map<?, ?> finding = (Map<?, ?>) ((List<?>) report.get("findings")).stream()
                .filter(x -> "no-but".equals(((Map<?, ?>) x).get("rule"))).findFirst().orElseThrow();
        assertEquals("men", finding.get("excerpt"));
        assertEquals(29L, finding.get("start"));
        assertEquals(". P", ((Map<?, ?>) finding.get("suggestion")).get("replace"));
    }

    @Test
    public void severalFilesGiveAnArrayAndStdinWorks() throws Exception {
        File f = file("a.txt", "Tak.");
        run("Thanks.", "check", "--format", "json", f.getPath(), "-");
        assertEquals(2, ((List<?>) JsonParser.parse(out.trim())).size());
    }

    @Test
    public void customerFileSwitchesOnCustomerRules() throws Exception {
        File customer = file("c.txt", "I er nogle idioter!!! Hvor er min pakke?");
        File reply = file("r.txt", "Tal ordentligt. Pakken er sendt.");
        run("", "check", "--format", "json", "--customer", customer.getPath(), reply.getPath());
        Map<?, ?> report = (Map<?, ?>) JsonParser.parse(out.trim());
        assertEquals(Map.of("angry", true, "abusive", true), report.get("customer"));
        assertTrue(out, out.contains("abuse-mirroring"));
    }

    @Test
    public void uiLanguageChangesTheTexts() throws Exception {
        File f = file("a.txt", "Jeg forstår din frustration, men pakken er sendt.");
        run("", "check", "--ui-lang", "da", f.getPath());
        assertTrue(out, out.contains("Advarsel"));
    }

    @Test
    public void badInputGivesOneClearLineAndExitTwo() throws Exception {
        assertEquals(2, run("", "check", "no/such/file.txt"));
        assertEquals("reply-coach: no/such/file.txt: no such file", err.trim());

        File bad = tmp.newFile("latin1.txt");
        Files.write(bad.toPath(), new byte[] {'h', 'e', 'j', ' ', (byte) 0xE6, 'x'});
        assertEquals(2, run("", "check", bad.getPath()));
        assertTrue(err, err.contains("not valid UTF-8") && err.contains("offset 4"));
        assertFalse(err, err.contains("Exception"));

        assertEquals(2, run("", "check", "--lang", "de", bad.getPath()));
        assertTrue(err, err.contains("--lang must be one of"));
        assertEquals(2, run("", "check"));
        assertEquals(2, run("", "check", "--bogus", "x"));
        assertEquals(2, run("", "nonsense"));
        assertEquals(2, run(""));
    }

    @Test
    public void csvGivesOneJsonLinePerRowWithIds() throws Exception {
        File csv = file("export.csv", "id,agent,body,customer\n"
                + "A1,anna,\"Jeg forstår, men\nnej.\",\"Hvor er min pakke?\"\n"
                + "A2,bo,\"Thanks for reaching out, \"\"Sam\"\". I'll fix it today. What else can I do?\",\n");
        assertEquals(1, run("", "check", "--csv", csv.getPath(), "--column", "body", "--id-column", "id",
                "--customer-column", "customer", "--format", "jsonl"));
        List<Map<?, ?>> rows = out.lines().map(l -> (Map<?, ?>) JsonParser.parse(l)).collect(Collectors.toList());
        assertEquals(2, rows.size());
        assertEquals("A1", rows.get(0).get("id"));
        assertEquals("A2", rows.get(1).get("id"));
        assertTrue(rows.get(0).get("customer") instanceof Map);
    }

    @Test
    public void csvWithoutIdColumnUsesRowNumbersAndReportsShortRows() throws Exception {
        File csv = file("e.csv", "body,x\nTak.\n\"Hej\",1\n");
        run("", "check", "--csv", csv.getPath(), "--column", "x", "--format", "jsonl");
        assertEquals(1, out.lines().count());
        assertEquals("2", ((Map<?, ?>) JsonParser.parse(out.trim())).get("id"));
        assertTrue(err, err.contains("row 1"));
    }

    @Test
    public void csvErrorsAreClear() throws Exception {
        File csv = file("e.csv", "body\n\"never closed\n");
        assertEquals(2, run("", "check", "--csv", csv.getPath(), "--column", "body"));
        assertTrue(err, err.contains("never ends"));
        File ok = file("ok.csv", "body\nTak\n");
        assertEquals(2, run("", "check", "--csv", ok.getPath(), "--column", "text"));
        assertTrue(err, err.contains("no column 'text'"));
    }

    @Test
    public void oneMegabyteOfGarbageGivesAReport() throws Exception {
        StringBuilder sb = new StringBuilder();
        java.util.Random r = new java.util.Random(7);
        while (sb.length() < 1_000_000) {
            sb.append((char) (32 + r.nextInt(0x2FF)));
        }
        File f = file("garbage.txt", sb.toString());
        int code = run("", "check", "--format", "json", f.getPath());
        assertTrue(code == 0 || code == 1);
        assertEquals(Boolean.TRUE, ((Map<?, ?>) JsonParser.parse(out.trim())).get("truncated"));
    }
}
