package dk.replycoach.analysis.rule;

import dk.replycoach.analysis.lang.LanguagePack;
import dk.replycoach.analysis.text.Token;
import dk.replycoach.analysis.text.TokenType;

import java.util.ArrayList;
import java.util.List;

/** Finds capitals and exclamation runs; shared by the shouting rule and the customer's mood. */
public final class Shouting {
    private static final int LONG_WORD = 5;

    private Shouting() {
    }

    /** Token index ranges [from, to) of shouted words, adjacent ones merged. */
    public static List<int[]> capitalRuns(List<Token> tokens, LanguagePack pack) {
        int n = tokens.size();
        boolean[] caps = new boolean[n];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            caps[i] = t.type() == TokenType.WORD && t.allCaps() && !t.quoted() && !pack.acronyms().contains(t.key());
        }
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (!caps[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && caps[j]) {
                j++;
            }
            boolean shouted = j - i >= 2;
            for (int k = i; k < j && !shouted; k++) {
                String key = tokens.get(k).key();
                shouted = key.length() >= LONG_WORD || pack.stopWords().contains(key);
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
}
