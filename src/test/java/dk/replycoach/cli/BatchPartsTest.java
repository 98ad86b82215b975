package dk.replycoach.cli;

import org.junit.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;

public class BatchPartsTest {
    @Test
    public void createdAcceptsIsoDatesAndDateTimesAndCountsOnTheDateAsWritten() {
        assertEquals(LocalDate.of(2026, 11, 16), CreatedTime.parse("2026-11-16").toLocalDate());
        assertEquals(ZonedDateTime.of(2026, 11, 16, 9, 30, 0, 0, ZoneOffset.UTC), CreatedTime.parse("2026-11-16T09:30"));
        assertEquals(ZonedDateTime.of(2026, 11, 16, 9, 30, 15, 0, ZoneOffset.UTC), CreatedTime.parse(" 2026-11-16 09:30:15 "));
        assertEquals(LocalDate.of(2026, 11, 16), CreatedTime.parse("2026-11-16T23:30:00+01:00").toLocalDate());
        assertEquals(ZoneOffset.ofHours(1), CreatedTime.parse("2026-11-16T23:30:00.000+0100").getOffset());
        assertEquals(ZoneOffset.UTC, CreatedTime.parse("2026-11-16T23:30:00.5Z").getOffset());
        for (String bad : new String[] {"16/11/2026", "2026-13-01", "2026-11-16T25:00", "yesterday", "", "2026-11-16T09:30 CET"}) {
            assertFalse(bad, CreatedTime.isValid(bad));
        }
    }

    @Test
    public void theHeaderMayNameColumnsInAnyOrderAndCase() throws Exception {
        ReplyExportReader r = new ReplyExportReader(new StringReader(
                "Issue,BODY,Customer_Message,Created,Agent\r\nSUP-9,Tak,Hvor er den?,2026-11-16,anna\r\n"), "x.csv");
        ExportRow row = (ExportRow) r.next();
        assertEquals("anna", row.agent);
        assertEquals("Tak", row.body);
        assertEquals("Hvor er den?", row.customerMessage);
        assertEquals("SUP", row.project());
        assertNull(r.next());
    }

    @Test
    public void theProjectIsReadOnlyFromAJiraIssueKey() {
        assertEquals("SUP", new ExportRow(1, "a", null, "b", null, "SUP-12").project());
        assertEquals("HR_2", new ExportRow(1, "a", null, "b", null, "HR_2-1").project());
        assertNull(new ExportRow(1, "a", null, "b", null, "ticket 12").project());
        assertNull(new ExportRow(1, "a", null, "b", null, "sup-12").project());
        assertNull(new ExportRow(1, "a", null, "b", null, null).project());
    }
}
