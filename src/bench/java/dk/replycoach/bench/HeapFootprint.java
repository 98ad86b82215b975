package dk.replycoach.bench;

import dk.replycoach.analysis.AnalysisRequest;
import dk.replycoach.analysis.ReplyAnalyzer;
import dk.replycoach.analysis.RuleSettings;
import dk.replycoach.analysis.lang.LanguagePacks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Retained heap of a loaded analyzer with both languages: builds N analyzers (each with its own
 * copy of the language packs), keeps them reachable, and divides the growth of the used heap after
 * full collections by N. Run: {@code scripts/bench heap}.
 */
public final class HeapFootprint {
    private HeapFootprint() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        Object[] keep = new Object[n];
        for (int i = 0; i < n; i++) {
            ReplyAnalyzer a = new ReplyAnalyzer(LanguagePacks.load(freshLoader()), RuleSettings.defaults());
            a.analyze(AnalysisRequest.of("Tak for din besked. Thanks for your message."));
            keep[i] = a;
        }
        long after = usedAfterGc(memory);
        System.out.printf("analyzers: %d, retained per analyzer (both languages, packs included): %.2f MB%n",
                keep.length, (after - before) / (double) n / (1024 * 1024));
    }

    /** A class loader that is not the application one, so LanguagePacks.load reads fresh copies. */
    private static ClassLoader freshLoader() {
        return new ClassLoader(HeapFootprint.class.getClassLoader()) { };
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
