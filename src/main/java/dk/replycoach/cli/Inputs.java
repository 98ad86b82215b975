package dk.replycoach.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the CLI's input files strictly as UTF-8: anything else is a clear error, never mojibake. */
final class Inputs {
    /** Largest single reply file read; the analyzer looks at the first 20,000 characters anyway. */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private Inputs() {
    }

    static String readText(String name, InputStream stdin) throws UsageException {
        byte[] bytes;
        try {
            if ("-".equals(name)) {
                bytes = stdin.readNBytes((int) MAX_FILE_BYTES);
            } else {
                Path p = Path.of(name);
                if (Files.isDirectory(p)) {
                    throw new UsageException(name + ": is a directory, not a file");
                }
                if (Files.size(p) > MAX_FILE_BYTES) {
                    throw new UsageException(name + ": larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
                }
                bytes = Files.readAllBytes(p);
            }
        } catch (NoSuchFileException e) {
            throw new UsageException(name + ": no such file");
        } catch (IOException e) {
            throw new UsageException(name + ": cannot read (" + e.getMessage() + ")");
        }
        return decode(name, bytes);
    }

    static String decode(String name, byte[] bytes) throws UsageException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String s = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\ufeff") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new UsageException(name + ": not valid UTF-8 (" + firstBadByte(bytes) + ")");
        }
    }

    private static String firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult r = decoder.decode(in, out, true);
        return r.isError() ? "first bad byte at offset " + in.position() : "bad byte sequence";
    }

    /** A strict UTF-8 reader for CSV files. */
    static Reader openReader(String name, InputStream stdin) throws UsageException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            InputStream in = "-".equals(name) ? stdin : Files.newInputStream(Path.of(name));
            return new java.io.BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        } catch (NoSuchFileException e) {
            throw new UsageException(name + ": no such file");
        } catch (IOException e) {
            throw new UsageException(name + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
