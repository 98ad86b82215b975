package dk.replycoach.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code java -jar jira-reply-coach.jar check|batch ...}: Reply Coach outside Jira. Exit codes:
 * 0 nothing to warn about, 1 warnings or blocks found, 2 usage or input error (one line on stderr,
 * never a stack trace).
 */
public final class ReplyCoachCli {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int ERROR = 2;

    static final String USAGE = String.join("\n",
            "usage: java -jar jira-reply-coach.jar <command> [options]",
            "",
            "  check [--lang da|en|auto] [--ui-lang da|en] [--customer FILE] [--format text|json] FILE...",
            "        check replies (FILE may be - for standard input)",
            "  check --csv FILE --column NAME [--id-column NAME] [--customer-column NAME] [--format jsonl]",
            "        one JSON report per CSV row",
            "  batch --input FILE.csv --out REPORT.html [--csv REPORT.csv] [--lang da|en|auto] [--ui-lang da|en]",
            "        coaching report over exported replies; columns agent,created,body[,customer_message,issue]",
            "",
            "Exit status: 0 no warnings (batch: report written; bad rows are reported and skipped),",
            "1 warnings or blocks found, 2 usage or input error.");

    private ReplyCoachCli() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, System.in, out, err));
    }

    /** Runs a command; returns the exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        try {
            if (args.length == 0 || "--help".equals(args[0]) || "-h".equals(args[0]) || "help".equals(args[0])) {
                (args.length == 0 ? err : out).println(USAGE);
                return args.length == 0 ? ERROR : OK;
            }
            String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            switch (args[0]) {
                case "check":
                    return new CheckCommand(Options.parse(rest), in, out, err).run();
                case "batch":
                    return new BatchCommand(Options.parse(rest), in, out, err).run();
                default:
                    throw new UsageException("unknown command '" + args[0] + "' (try: check, batch)");
            }
        } catch (UsageException e) {
            err.println("reply-coach: " + e.getMessage());
            return ERROR;
        } catch (RuntimeException e) {
            // A bug, not bad input: still one line, with enough to report it.
            err.println("reply-coach: internal error: " + e);
            return ERROR;
        }
    }
}
