package dk.replycoach.analysis.text;

import java.util.List;

/**
 * Readability measures for the "short, relevant information" step. LIX (Björnsson) is the
 * standard Scandinavian measure: words per sentence plus the percentage of words longer than six
 * letters; above 45 reads as heavy official prose. For English the Flesch–Kincaid grade level is
 * used, with syllables estimated from vowel groups.
 */
public final class Readability {
    private Readability() {
    }

    public static double lix(CharSequence text, List<Token> tokens, int sentences) {
        int words = 0;
        int longWords = 0;
        for (Token t : tokens) {
            if (!t.type().isWordLike()) {
                continue;
            }
            words++;
            if (letters(text, t) > 6) {
                longWords++;
            }
        }
        if (words == 0 || sentences == 0) {
            return 0;
        }
        return (double) words / sentences + 100.0 * longWords / words;
    }

    public static double fleschKincaidGrade(CharSequence text, List<Token> tokens, int sentences) {
        int words = 0;
        int syllables = 0;
        for (Token t : tokens) {
            if (!t.type().isWordLike()) {
                continue;
            }
            words++;
            syllables += syllables(t.key());
        }
        if (words == 0 || sentences == 0) {
            return 0;
        }
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    static int syllables(String word) {
        int count = 0;
        boolean inVowel = false;
        for (int i = 0; i < word.length(); i++) {
            boolean vowel = "aeiouy".indexOf(word.charAt(i)) >= 0;
            if (vowel && !inVowel) {
                count++;
            }
            inVowel = vowel;
        }
        if (word.endsWith("e") && count > 1 && !word.endsWith("le")) {
            count--;
        }
        return Math.max(1, count);
    }

    private static int letters(CharSequence text, Token t) {
        int n = 0;
        for (int i = t.start(); i < t.end(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
