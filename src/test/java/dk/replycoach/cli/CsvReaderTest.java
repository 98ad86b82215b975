package dk.replycoach.cli;

import org.junit.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;

public class CsvReaderTest {
    private static List<List<String>> read(String csv) throws Exception {
        CsvReader r = new CsvReader(new StringReader(csv));
        List<List<String>> rows = new ArrayList<>();
        List<String> row;
        while ((row = r.next()) != null) {
            rows.add(row);
        }
        return rows;
    }

    @Test
    public void rfc4180QuotingAndLineEnds() throws Exception {
        assertEquals(List.of(List.of("a", "b,c", "say \"hi\""), List.of("1", "two\r\nlines", "")),
                read("\ufeffa,\"b,c\",\"say \"\"hi\"\"\"\r\n1,\"two\r\nlines\",\r\n"));
    }

    @Test
    public void emptyFieldsAndNoTrailingNewline() throws Exception {
        assertEquals(List.of(List.of("", "", "x")), read(",,x"));
    }
}
