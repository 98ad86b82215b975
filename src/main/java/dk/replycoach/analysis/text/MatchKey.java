package dk.replycoach.analysis.text;

import java.text.Normalizer;

/**
 * The form in which words are compared: lower case, typographic apostrophes made straight, and
 * accents folded (é to e), while the Danish letters æ, ø and å stay distinct: "får" and "far" are
 * different words.
 */
public final class MatchKey {
    private MatchKey() {
    }

    public static String of(CharSequence text, int start, int end) {
        StringBuilder sb = null;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            char lower = Character.toLowerCase(c);
            if (lower != c || lower >= 0x80) {
                sb = new StringBuilder(end - start);
                sb.append(text, start, i);
                for (int j = i; j < end; j++) {
                    appendFolded(sb, text.charAt(j));
                }
                return sb.toString();
            }
        }
        return text.subSequence(start, end).toString();
    }

    public static String of(CharSequence text) {
        return of(text, 0, text.length());
    }

    private static void appendFolded(StringBuilder sb, char c) {
        char lower = Character.toLowerCase(c);
        if (lower < 0x80 || lower == 'æ' || lower == 'ø' || lower == 'å') {
            sb.append(lower);
        } else if (lower == '\u2019' || lower == '\u2018' || lower == '\u02bc' || lower == '\u00b4') {
            sb.append('\'');
        } else if (Character.isSurrogate(lower)) {
            sb.append(lower);
        } else {
            String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
            for (int k = 0; k < decomposed.length(); k++) {
                char d = decomposed.charAt(k);
                if (Character.getType(d) != Character.NON_SPACING_MARK) {
                    sb.append(d);
                }
            }
        }
    }
}
