package dk.replycoach.analysis;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The readings of the customer messages an analyzer saw last. The panel checks the draft on every
 * pause in typing, always against the same customer message, and reading that message is about a
 * third of a check's work: it is read once and the reading reused.
 *
 * <p>Keyed by a 128-bit fingerprint of the text, never by the text, so no customer message is kept
 * in memory; the least recently used reading goes first once {@link #CAPACITY} are held. Both
 * hashes start from a secret drawn when the class loads, so nobody can craft two messages that
 * share a fingerprint on purpose (and give one issue the reading of another). One
 * analyzer owns one of these, so a settings change (new phrases, new analyzer) starts afresh.
 */
final class RecentCustomerReadings {
    static final int CAPACITY = 1024;

    private final Map<Fingerprint, CustomerReading> recent = new LinkedHashMap<Fingerprint, CustomerReading>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Fingerprint, CustomerReading> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The reading of {@code text}: remembered, or made by {@code read} and remembered. */
    CustomerReading get(String text, Function<String, CustomerReading> read) {
        Fingerprint key = Fingerprint.of(text);
        synchronized (recent) {
            CustomerReading known = recent.get(key);
            if (known != null) {
                return known;
            }
        }
        // Read outside the lock: two threads may read the same message once each, which is harmless.
        CustomerReading reading = read.apply(text);
        synchronized (recent) {
            recent.put(key, reading);
        }
        return reading;
    }

    int size() {
        synchronized (recent) {
            return recent.size();
        }
    }

    /** Length and two independent 64-bit hashes of the characters. */
    static final class Fingerprint {
        private static final long FNV_OFFSET = 0xcbf29ce484222325L;
        private static final long FNV_PRIME = 0x100000001b3L;
        private static final long GOLDEN = 0x9E3779B97F4A7C15L;
        private static final long SECRET_FIRST;
        private static final long SECRET_SECOND;

        static {
            SecureRandom random = new SecureRandom();
            SECRET_FIRST = random.nextLong();
            SECRET_SECOND = random.nextLong();
        }

        private final int length;
        private final long first;
        private final long second;

        private Fingerprint(int length, long first, long second) {
            this.length = length;
            this.first = first;
            this.second = second;
        }

        static Fingerprint of(String text) {
            long fnv = FNV_OFFSET ^ SECRET_FIRST;
            long poly = SECRET_SECOND;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                fnv = (fnv ^ c) * FNV_PRIME;
                // The shift after each step makes the second hash nonlinear: without it, strings
                // built for plain polynomial hashes (Thue-Morse) collide whatever the multiplier.
                poly = (poly ^ c) * GOLDEN;
                poly ^= poly >>> 29;
            }
            return new Fingerprint(text.length(), mix(fnv), mix(poly));
        }

        /** The finalizer of SplitMix64, so nearby sums end far apart. */
        private static long mix(long z) {
            z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            return z ^ (z >>> 31);
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Fingerprint)) {
                return false;
            }
            Fingerprint f = (Fingerprint) o;
            return length == f.length && first == f.first && second == f.second;
        }

        @Override
        public int hashCode() {
            return (int) (first ^ (first >>> 32)) * 31 + length;
        }
    }
}
