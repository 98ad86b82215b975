package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.lang.LanguagePack;
import dk.replycoach.analysis.text.Token;
import dk.replycoach.analysis.text.TokenType;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds capitals and exclamation runs; shared by the shouting rule and the customer's mood.
 *
 * <p>False alarms here cost trust fast, so capitals that are codes rather than tone are left out:
 * acronyms from the pack ("VPN", "MitID"), initials after a social-media marker ("^JT", "/VM"),
 * a two-letter sign-off standing alone at the very end ("Thank you. SO"), model and error codes
 * ("Z5N88AA") and capitals glued to a number ("1-800-FLOWERS"). Adjacent capitals only form a run
 * when nothing but spaces separates them, so "8-17 PT, M-F" is two short codes, not a shouted
 * phrase.
 */
public final class Shouting {
    private static final int LONG_WORD = 5;
    private static final String SIGNATURE_MARKERS = "^*/~";

    private Shouting() {
    }

    /** Token index ranges [from, to) of shouted words, adjacent ones merged. */
    public static List<int[]> capitalRuns(CharSequence text, List<Token> tokens, LanguagePack pack) {
        int n = tokens.size();
        boolean[] caps = new boolean[n];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            caps[i] = t.type() == TokenType.WORD && t.allCaps() && !t.quoted() && !pack.acronyms().contains(t.key())
                    && !hasDigit(t.key()) && !afterSignatureMarker(text, t) && !gluedToNumber(text, t)
                    && !closingInitials(text, tokens, i);
        }
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (!caps[i]) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && caps[j] && onlySpaceBetween(text, tokens.get(j - 1), tokens.get(j))) {
                j++;
            }
            boolean shouted = j - i >= 2;
            for (int k = i; k < j && !shouted; k++) {
                String key = tokens.get(k).key();
                shouted = letters(key) >= LONG_WORD || pack.stopWords().contains(key);
            }
            if (shouted) {
                runs.add(new int[] {i, j});
            }
            i = j;
        }
        return runs;
    }

    /** Offset ranges of two or more '!' in a row (with any '?' mixed in), e.g. "!!" or "?!!". */
    public static List<int[]> exclamationRuns(CharSequence text) {
        List<int[]> runs = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c != '!' && c != '?') {
                i++;
                continue;
            }
            int j = i;
            int bangs = 0;
            while (j < n && (text.charAt(j) == '!' || text.charAt(j) == '?')) {
                if (text.charAt(j) == '!') {
                    bangs++;
                }
                j++;
            }
            if (bangs >= 2) {
                runs.add(new int[] {i, j});
            }
            i = j;
        }
        return runs;
    }

    private static boolean onlySpaceBetween(CharSequence text, Token a, Token b) {
        for (int k = a.end(); k < b.start(); k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** "Z5N88AA", "PR4": a model or error code, not a word. */
    private static boolean hasDigit(String key) {
        for (int k = 0; k < key.length(); k++) {
            if (Character.isDigit(key.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** "^JT", "/VM", "*TB": agents' initials on social media, not a word. */
    private static boolean afterSignatureMarker(CharSequence text, Token t) {
        return t.start() > 0 && SIGNATURE_MARKERS.indexOf(text.charAt(t.start() - 1)) >= 0;
    }

    /** "1-800-FLOWERS", "A4-ARK": part of a number or code. */
    private static boolean gluedToNumber(CharSequence text, Token t) {
        int before = t.start() - 1;
        if (before >= 1 && text.charAt(before) == '-' && Character.isDigit(text.charAt(before - 1))) {
            return true;
        }
        int after = t.end();
        return after + 1 < text.length() && text.charAt(after) == '-' && Character.isDigit(text.charAt(after + 1));
    }

    /**
     * Two capital letters alone after the last full stop of the text ("Thank you. SO"): initials
     * signing the reply. Longer words ("... NOW") stay shouting.
     */
    private static boolean closingInitials(CharSequence text, List<Token> tokens, int index) {
        Token t = tokens.get(index);
        if (index != tokens.size() - 1 || letters(t.key()) != 2) {
            return false;
        }
        for (int k = t.end(); k < text.length(); k++) {
            if (Character.isLetterOrDigit(text.charAt(k))) {
                return false;
            }
        }
        int k = t.start() - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k >= 0 && ".!?".indexOf(text.charAt(k)) >= 0;
    }

    private static int letters(String key) {
        int count = 0;
        for (int k = 0; k < key.length(); k++) {
            if (Character.isLetter(key.charAt(k))) {
                count++;
            }
        }
        return count;
    }
}
