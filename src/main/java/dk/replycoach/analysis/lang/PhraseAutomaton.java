package dk.replycoach.analysis.lang;

import dk.replycoach.analysis.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All phrase lists of a language compiled into one trie over tokens. Matching walks the trie from
 * each token; a step costs one hash look-up per exact word, at most one per letter of the token
 * for stems ({@code forstå*}), and one for the any-word pattern, so the time is proportional to
 * the number of tokens whatever the number of phrases (DESIGN §3, step 4).
 *
 * <p>Phrases marked as ignored (admin setting) are compiled in as well: any match that lies
 * inside an ignored phrase is dropped.
 */
public final class PhraseAutomaton {
    private final Node root;
    private final int phraseCount;

    private static final class Terminal {
        final PhraseCategory category; // null = an ignored phrase
        final String phrase;

        Terminal(PhraseCategory category, String phrase) {
            this.category = category;
            this.phrase = phrase;
        }
    }

    private static final class Node {
        Map<String, Node> exact;
        Map<String, Node> stems;
        int shortestStem = Integer.MAX_VALUE;
        int longestStem;
        Node any;
        List<Terminal> terminals;

        Node child(String pattern) {
            if (pattern.equals("*")) {
                if (any == null) {
                    any = new Node();
                }
                return any;
            }
            if (pattern.endsWith("*")) {
                String stem = pattern.substring(0, pattern.length() - 1);
                if (stems == null) {
                    stems = new HashMap<>();
                }
                shortestStem = Math.min(shortestStem, stem.length());
                longestStem = Math.max(longestStem, stem.length());
                return stems.computeIfAbsent(stem, k -> new Node());
            }
            if (exact == null) {
                exact = new HashMap<>();
            }
            return exact.computeIfAbsent(pattern, k -> new Node());
        }
    }

    private PhraseAutomaton(Node root, int phraseCount) {
        this.root = root;
        this.phraseCount = phraseCount;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects phrases, then compiles them. */
    public static final class Builder {
        private final Node root = new Node();
        private int count;

        public Builder add(PhraseCategory category, Phrase phrase) {
            insert(category, phrase);
            return this;
        }

        /** A phrase whose matches, and all matches inside them, are to be dropped. */
        public Builder ignore(Phrase phrase) {
            insert(null, phrase);
            return this;
        }

        private void insert(PhraseCategory category, Phrase phrase) {
            Node node = root;
            for (String p : phrase.patterns()) {
                node = node.child(p);
            }
            if (node.terminals == null) {
                node.terminals = new ArrayList<>(1);
            }
            for (Terminal t : node.terminals) {
                if (t.category == category) {
                    return;
                }
            }
            node.terminals.add(new Terminal(category, phrase.text()));
            count++;
        }

        public PhraseAutomaton build() {
            return new PhraseAutomaton(root, count);
        }
    }

    /** Number of distinct phrases compiled in (per category). */
    public int phraseCount() {
        return phraseCount;
    }

    /**
     * Finds every phrase occurrence. Matches never include quoted tokens (the agent quoting the
     * customer is not the agent speaking). Each (category, span) is reported once.
     */
    public List<PhraseMatch> match(List<Token> tokens) {
        List<PhraseMatch> found = new ArrayList<>();
        List<int[]> ignored = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        int n = tokens.size();
        Node[] stackNodes = new Node[32];
        int[] stackPos = new int[32];
        for (int start = 0; start < n; start++) {
            if (tokens.get(start).quoted()) {
                continue;
            }
            int sp = 0;
            stackNodes[sp] = root;
            stackPos[sp++] = start;
            while (sp > 0) {
                Node node = stackNodes[--sp];
                int pos = stackPos[sp];
                if (node.terminals != null && pos > start) {
                    for (Terminal t : node.terminals) {
                        if (t.category == null) {
                            ignored.add(new int[] {start, pos});
                        } else if (seen.add(((long) t.category.ordinal() << 56) | ((long) start << 28) | pos)) {
                            found.add(new PhraseMatch(t.category, t.phrase, start, pos));
                        }
                    }
                }
                if (pos >= n || tokens.get(pos).quoted()) {
                    continue;
                }
                if (sp + 3 > stackNodes.length) {
                    stackNodes = Arrays.copyOf(stackNodes, stackNodes.length * 2);
                    stackPos = Arrays.copyOf(stackPos, stackPos.length * 2);
                }
                String key = tokens.get(pos).key();
                if (node.exact != null) {
                    Node next = node.exact.get(key);
                    if (next != null) {
                        stackNodes[sp] = next;
                        stackPos[sp++] = pos + 1;
                    }
                }
                if (node.stems != null) {
                    int max = Math.min(node.longestStem, key.length());
                    for (int len = node.shortestStem; len <= max; len++) {
                        Node next = node.stems.get(key.substring(0, len));
                        if (next != null) {
                            if (sp + 2 > stackNodes.length) {
                                stackNodes = Arrays.copyOf(stackNodes, stackNodes.length * 2);
                                stackPos = Arrays.copyOf(stackPos, stackPos.length * 2);
                            }
                            stackNodes[sp] = next;
                            stackPos[sp++] = pos + 1;
                        }
                    }
                }
                if (node.any != null) {
                    stackNodes[sp] = node.any;
                    stackPos[sp++] = pos + 1;
                }
            }
        }
        if (!ignored.isEmpty()) {
            found.removeIf(m -> ignored.stream().anyMatch(r -> m.firstToken() >= r[0] && m.endToken() <= r[1]));
        }
        return found;
    }
}
