package dk.replycoach.report;

import org.junit.Test;

import static org.junit.Assert.assertEquals;

/** The escaping every report output relies on: HTML for pages and files, CSV for spreadsheets. */
public class ReportTextTest {
    @Test
    public void csvCellsAreQuotedAndCannotBecomeFormulas() {
        assertEquals("anna", CsvCells.text("anna"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvCells.text("=HYPERLINK(\"x\")"));
        assertEquals("'+1", CsvCells.text("+1"));
        assertEquals("'-1", CsvCells.text("-1"));
        assertEquals("'@sum", CsvCells.text("@sum"));
        assertEquals("'\tx", CsvCells.text("\tx"));
        assertEquals("\"'\rx\"", CsvCells.text("\rx"));
        assertEquals("\"a,b\"", CsvCells.text("a,b"));
        assertEquals("\"line\nbreak\"", CsvCells.text("line\nbreak"));
        assertEquals("", CsvCells.text(null));
        assertEquals("a=b", CsvCells.text("a=b"));
    }

    @Test
    public void htmlEscapingCoversTextAndAttributes() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;", Html.esc("<a href=\"x\" title='y'>&</a>"));
        assertEquals("a\uFFFDb", Html.esc("a\u0001b"));
        assertEquals("", Html.esc(null));
        assertEquals("æøå – “ok”", Html.esc("æøå – “ok”"));
    }
}
