package dk.replycoach.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Masks what is not the agent's own words (DESIGN §3, step 1): Jira wiki quotes ({@code {quote}},
 * {@code bq.}), {@code {code}} and {@code {noformat}} blocks, lines starting with {@code >}, the
 * quoted earlier mail under "On … wrote:" / "Den … skrev:" / "-----Original Message-----", the
 * signature after {@code -- } or a sign-off line, and wiki macros and link targets. The greeting
 * line is recognised and masked too: it matters to the opener checks but is not content.
 *
 * <p>Scanning is linear and uses no regular expressions, so hostile markup cannot make it slow.
 */
public final class ReplyCleaner {
    private static final int MAX_GREETING_WORDS = 6;
    private static final int MAX_SIGNATURE_LINES = 8;
    private static final int MAX_INLINE_QUOTE = 400;

    private final Set<String> greetings;
    private final Set<String> signOffs;

    /**
     * @param greetings phrases that open a greeting line, as space-joined match keys ("hej", "good morning")
     * @param signOffs  phrases that open a sign-off line ("med venlig hilsen", "kind regards")
     */
    public ReplyCleaner(Set<String> greetings, Set<String> signOffs) {
        this.greetings = Set.copyOf(greetings);
        this.signOffs = Set.copyOf(signOffs);
    }

    public CleanedReply clean(String text) {
        char[] masked = text.toCharArray();
        maskBlocks(text, masked, "{quote}", "{quote}");
        maskBlocks(text, masked, "{code", "{code}");
        maskBlocks(text, masked, "{noformat", "{noformat}");
        List<int[]> lines = lines(text);
        int signOff = maskLines(text, masked, lines);
        maskInlineMarkup(masked);
        maskLeadingHandles(masked);
        int[] greeting = maskGreeting(masked, lines);
        if (signOff < 0) {
            signOff = findSignOff(masked, lines, greeting[1]);
            if (signOff >= 0) {
                mask(masked, signOff, masked.length);
            }
        }
        if (signOff < 0) {
            signOff = maskInitials(masked);
        }
        boolean[] quoted = inlineQuotes(masked);
        return new CleanedReply(text, new String(masked), quoted, greeting[0], greeting[1], signOff);
    }

    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                lines.add(new int[] {start, i});
                start = i + 1;
            }
        }
        return lines;
    }

    private static void maskBlocks(String text, char[] masked, String open, String close) {
        String lower = asciiLower(text);
        int from = 0;
        while (from < lower.length()) {
            int s = lower.indexOf(open, from);
            if (s < 0) {
                return;
            }
            int openEnd = lower.indexOf('}', s);
            if (openEnd < 0) {
                return;
            }
            int c = lower.indexOf(close, openEnd + 1);
            int end = c < 0 ? lower.length() : c + close.length();
            mask(masked, s, end);
            from = end;
        }
    }

    private static String asciiLower(String text) {
        char[] cs = text.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            if (cs[i] >= 'A' && cs[i] <= 'Z') {
                cs[i] = (char) (cs[i] + 32);
            }
        }
        return new String(cs);
    }

    /** Masks quote lines, headings' markers and mail history; returns where a "-- " signature starts, or -1. */
    private static int maskLines(String text, char[] masked, List<int[]> lines) {
        for (int[] line : lines) {
            int s = firstNonSpace(masked, line[0], line[1]);
            if (s >= line[1]) {
                continue;
            }
            String head = lineHead(masked, s, line[1]);
            if (masked[s] == '>' || head.startsWith("bq. ")) {
                mask(masked, line[0], line[1]);
            } else if (head.length() >= 4 && head.charAt(0) == 'h' && head.charAt(1) >= '1' && head.charAt(1) <= '6'
                    && head.charAt(2) == '.' && head.charAt(3) == ' ') {
                mask(masked, s, s + 3);
            } else if (isMailHistory(head, text, line)) {
                mask(masked, line[0], masked.length);
                return -1;
            } else if (isSignatureDelimiter(text, line)) {
                mask(masked, line[0], masked.length);
                return line[0];
            }
        }
        return -1;
    }

    private static String lineHead(char[] masked, int s, int end) {
        int len = Math.min(end - s, 200);
        return new String(masked, s, len).toLowerCase(Locale.ROOT).trim();
    }

    private static boolean isMailHistory(String head, String text, int[] line) {
        if (head.startsWith("-----original message") || head.startsWith("----- original message")
                || head.startsWith("-----oprindelig meddelelse") || head.startsWith("----- oprindelig meddelelse")
                || head.startsWith("-----original meddelelse") || head.startsWith("________________________________")) {
            return true;
        }
        String whole = text.substring(line[0], Math.min(line[1], line[0] + 300)).trim().toLowerCase(Locale.ROOT);
        // Mail clients write "On <date>, <name> wrote:" and "Den <date> skrev <name>:".
        boolean quoteIntro = (whole.startsWith("on ") && whole.endsWith("wrote:"))
                || ((whole.startsWith("den ") || whole.startsWith("d. ")) && whole.contains(" skrev") && whole.endsWith(":"));
        boolean headerBlock = (whole.startsWith("from: ") || whole.startsWith("fra: ")) && whole.contains("@");
        return quoteIntro || headerBlock;
    }

    private static boolean isSignatureDelimiter(String text, int[] line) {
        String l = text.substring(line[0], line[1]);
        return l.equals("-- ") || l.equals("--") || l.equals("-- \r") || l.equals("--\r");
    }

    /** Jira macros ({color:red}, {panel}), link targets ([text|url]), user mentions ([~x]), images (!a.png!). */
    private static void maskInlineMarkup(char[] m) {
        for (int i = 0; i < m.length; i++) {
            char c = m[i];
            if (c == '{') {
                int close = closing(m, i, '}', 100);
                if (close > i + 1 && Character.isLetter(m[i + 1])) {
                    mask(m, i, close + 1);
                    i = close;
                }
            } else if (c == '[') {
                int close = closing(m, i, ']', 500);
                if (close > i) {
                    int bar = indexOf(m, '|', i, close);
                    if (i + 1 < close && m[i + 1] == '~' || i + 1 < close && m[i + 1] == '^') {
                        mask(m, i, close + 1);
                    } else if (bar > 0) {
                        m[i] = ' ';
                        mask(m, bar, close + 1);
                    } else if (looksLikeLink(m, i + 1, close)) {
                        mask(m, i, close + 1);
                    }
                    i = close;
                }
            } else if (c == '!' && i + 1 < m.length && !Character.isWhitespace(m[i + 1])) {
                int close = closing(m, i, '!', 200);
                if (close > i + 4 && hasImageExtension(m, i + 1, close)) {
                    mask(m, i, close + 1);
                    i = close;
                }
            }
        }
    }

    private static boolean looksLikeLink(char[] m, int s, int e) {
        String inner = new String(m, s, e - s).toLowerCase(Locale.ROOT);
        return inner.startsWith("http") || inner.startsWith("mailto:") || inner.startsWith("www.");
    }

    private static boolean hasImageExtension(char[] m, int s, int e) {
        String inner = new String(m, s, e - s).toLowerCase(Locale.ROOT);
        int bar = inner.indexOf('|');
        if (bar >= 0) {
            inner = inner.substring(0, bar);
        }
        return inner.endsWith(".png") || inner.endsWith(".jpg") || inner.endsWith(".jpeg")
                || inner.endsWith(".gif") || inner.endsWith(".svg") || inner.endsWith(".webp");
    }

    private static int closing(char[] m, int open, char close, int maxLen) {
        int limit = Math.min(m.length, open + maxLen);
        for (int j = open + 1; j < limit; j++) {
            if (m[j] == close) {
                return j;
            }
            if (m[j] == '\n') {
                return -1;
            }
        }
        return -1;
    }

    private static int indexOf(char[] m, char c, int from, int to) {
        for (int j = from; j < to; j++) {
            if (m[j] == c) {
                return j;
            }
        }
        return -1;
    }

    /** Social-media replies open by addressing handles ("@anna @shop Hi Anna"): not content. */
    private static void maskLeadingHandles(char[] m) {
        int i = firstNonSpace(m, 0, m.length);
        while (i < m.length && m[i] == '@') {
            int j = i + 1;
            while (j < m.length && (Character.isLetterOrDigit(m[j]) || m[j] == '_')) {
                j++;
            }
            if (j == i + 1) {
                return;
            }
            mask(m, i, j);
            i = firstNonSpace(m, j, m.length);
        }
    }

    /**
     * Agents on chat and social media sign with initials or a first name after a marker at the very
     * end ("/RB", "^KM", "-Steve", "*TB", "_Rjay"), sometimes straight after the full stop
     * ("Thanks.^KM") or followed by a thread counter or a link ("^DS 2/3", "*TM https://t.co/x").
     * Masks it as a sign-off; returns its start or -1.
     */
    private static int maskInitials(char[] m) {
        int tail = trimEnd(m, m.length);
        int end = tail;
        // A thread counter ("2/3") or a link to a direct message may follow the initials.
        for (int chunk = chunkStart(m, end); chunk < end && isTrailer(m, chunk, end); chunk = chunkStart(m, end)) {
            end = trimEnd(m, chunk);
        }
        int j = end;
        while (j > 0 && Character.isLetter(m[j - 1]) && end - j <= 12) {
            j--;
        }
        if (j == end || end - j > 12) {
            return -1;
        }
        int marker = j - 1;
        if (marker < 1 || !Character.isUpperCase(m[j]) || "^/*~-_".indexOf(m[marker]) < 0
                || !(Character.isWhitespace(m[marker - 1]) || ".!?".indexOf(m[marker - 1]) >= 0)) {
            return -1;
        }
        mask(m, marker, tail);
        return marker;
    }

    private static int trimEnd(char[] m, int end) {
        while (end > 0 && Character.isWhitespace(m[end - 1])) {
            end--;
        }
        return end;
    }

    private static int chunkStart(char[] m, int end) {
        int i = end;
        while (i > 0 && !Character.isWhitespace(m[i - 1])) {
            i--;
        }
        return i;
    }

    /** "https://t.co/x", "www.x.dk", "2/3" or "(1/2)" after the agent's initials. */
    private static boolean isTrailer(char[] m, int s, int e) {
        String chunk = new String(m, s, e - s).toLowerCase(Locale.ROOT);
        if (chunk.startsWith("http://") || chunk.startsWith("https://") || chunk.startsWith("www.")) {
            return true;
        }
        String counter = chunk.startsWith("(") && chunk.endsWith(")") ? chunk.substring(1, chunk.length() - 1) : chunk;
        int slash = counter.indexOf('/');
        return slash > 0 && slash < counter.length() - 1 && counter.length() <= 5
                && counter.chars().allMatch(c -> c == '/' || Character.isDigit(c));
    }

    /** Masks the greeting at the top ("Hej Peter," or "Hi Kate!"); returns {start, end} or {-1, -1}. */
    private int[] maskGreeting(char[] m, List<int[]> lines) {
        for (int[] line : lines) {
            int s = firstNonSpace(m, line[0], line[1]);
            if (s >= line[1]) {
                continue;
            }
            List<int[]> words = words(m, s, line[1], MAX_GREETING_WORDS + 2);
            if (words.isEmpty() || startPhraseLength(m, words, greetings) == 0) {
                return new int[] {-1, -1};
            }
            int end = greetingEnd(m, s, line[1], words);
            if (end < 0) {
                return new int[] {-1, -1};
            }
            end = sentenceInsideGreeting(m, words, startPhraseLength(m, words, greetings), end);
            mask(m, s, end);
            return new int[] {s, end};
        }
        return new int[] {-1, -1};
    }

    /**
     * "Hej og tak for din besked." and "Hello and thanks for reaching out." open with a greeting but
     * go on as a sentence: a lower-case word after the greeting that two or more words follow
     * starts content, and the greeting ends before it. Names ("Hi Kate,") and a short address
     * ("Kære kunde,") stay in the greeting.
     */
    private static int sentenceInsideGreeting(char[] m, List<int[]> words, int greetingWords, int end) {
        int before = 0;
        while (before < words.size() && words.get(before)[0] < end) {
            before++;
        }
        for (int w = Math.max(1, greetingWords); w < before; w++) {
            if (Character.isLowerCase(m[words.get(w)[0]]) && before - w - 1 >= 2) {
                return words.get(w - 1)[1];
            }
        }
        return end;
    }

    private static int greetingEnd(char[] m, int s, int lineEnd, List<int[]> words) {
        // Up to the first comma, exclamation mark or full stop within the first few words ...
        int limit = words.size() > MAX_GREETING_WORDS ? words.get(MAX_GREETING_WORDS)[0] : lineEnd;
        for (int i = s; i < limit; i++) {
            if (m[i] == ',' || m[i] == '!' || m[i] == '.' || m[i] == ':') {
                return i + 1;
            }
        }
        // ... or the whole line when it is short ("Hej Peter").
        return words.size() <= 4 ? lineEnd : -1;
    }

    /** Finds a sign-off line ("Med venlig hilsen", "Kind regards,") near the end; returns its start or -1. */
    private int findSignOff(char[] m, List<int[]> lines, int greetingEnd) {
        for (int li = 0; li < lines.size(); li++) {
            int[] line = lines.get(li);
            int s = firstNonSpace(m, Math.max(line[0], greetingEnd), line[1]);
            if (s >= line[1] || !hasContentBefore(m, s)) {
                continue;
            }
            List<int[]> words = words(m, s, line[1], 7);
            if (words.isEmpty() || words.size() > 6) {
                continue;
            }
            if (startPhraseLength(m, words, signOffs) > 0 && linesAfter(m, lines, li) <= MAX_SIGNATURE_LINES) {
                return s;
            }
        }
        return -1;
    }

    private static boolean hasContentBefore(char[] m, int s) {
        for (int i = 0; i < s; i++) {
            if (Character.isLetterOrDigit(m[i])) {
                return true;
            }
        }
        return false;
    }

    private static int linesAfter(char[] m, List<int[]> lines, int li) {
        int count = 0;
        for (int j = li + 1; j < lines.size(); j++) {
            int[] l = lines.get(j);
            if (firstNonSpace(m, l[0], l[1]) < l[1]) {
                count++;
            }
        }
        return count;
    }

    /** Length in words of the longest phrase of {@code phrases} that opens the line, or 0. */
    private static int startPhraseLength(char[] m, List<int[]> words, Set<String> phrases) {
        StringBuilder key = new StringBuilder();
        int best = 0;
        for (int w = 0; w < Math.min(words.size(), 5); w++) {
            if (w > 0) {
                key.append(' ');
            }
            int[] word = words.get(w);
            key.append(MatchKey.of(new String(m, word[0], word[1] - word[0])));
            if (phrases.contains(key.toString())) {
                best = w + 1;
            }
        }
        return best;
    }

    private static List<int[]> words(char[] m, int s, int e, int max) {
        List<int[]> words = new ArrayList<>();
        int i = s;
        while (i < e && words.size() < max) {
            while (i < e && !Character.isLetterOrDigit(m[i])) {
                i++;
            }
            int ws = i;
            while (i < e && (Character.isLetterOrDigit(m[i]) || m[i] == '\'' || m[i] == '\u2019')) {
                i++;
            }
            if (i > ws) {
                words.add(new int[] {ws, i});
            }
        }
        return words;
    }

    /** Marks offsets inside “…”, "…", „…“ or «…» on one paragraph, up to a sane length. */
    private static boolean[] inlineQuotes(char[] m) {
        boolean[] quoted = new boolean[m.length];
        for (int i = 0; i < m.length; i++) {
            char close = closerFor(m[i]);
            if (close == 0) {
                continue;
            }
            int limit = Math.min(m.length, i + MAX_INLINE_QUOTE);
            for (int j = i + 1; j < limit; j++) {
                if (m[j] == close || close == '"' && m[j] == '\u201d') {
                    for (int k = i; k <= j; k++) {
                        quoted[k] = true;
                    }
                    i = j;
                    break;
                }
                if (m[j] == '\n' && j + 1 < m.length && m[j + 1] == '\n') {
                    break;
                }
            }
        }
        return quoted;
    }

    private static char closerFor(char c) {
        switch (c) {
            case '"': return '"';
            case '\u201c': return '\u201d';
            case '\u201e': return '\u201c';
            case '\u00ab': return '\u00bb';
            case '\u00bb': return '\u00ab';
            default: return 0;
        }
    }

    private static int firstNonSpace(char[] m, int s, int e) {
        while (s < e && Character.isWhitespace(m[s])) {
            s++;
        }
        return s;
    }

    private static void mask(char[] m, int s, int e) {
        for (int i = s; i < e && i < m.length; i++) {
            if (m[i] != '\n') {
                m[i] = ' ';
            }
        }
    }
}
