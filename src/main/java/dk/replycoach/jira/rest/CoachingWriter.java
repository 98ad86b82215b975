package dk.replycoach.jira.rest;

import dk.replycoach.jira.LogSafe;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Named;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes coaching events off the request thread, so a draft check answers without waiting for the
 * database, and a slow or failing store never fails a check. One thread per node and a bounded
 * queue: when the store cannot keep up, events are dropped and counted rather than piling up.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class CoachingWriter implements LifecycleAware {
    private static final Logger LOG = LoggerFactory.getLogger(CoachingWriter.class);
    static final int QUEUE = 10_000;

    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private volatile ThreadPoolExecutor executor = newExecutor();

    private static ThreadPoolExecutor newExecutor() {
        ThreadPoolExecutor e = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread t = new Thread(r, "reply-coach-coaching-writer");
            t.setDaemon(true);
            return t;
        });
        e.allowCoreThreadTimeOut(true);
        return e;
    }

    /** Runs the write later; never throws. */
    public void submit(Runnable write) {
        try {
            executor.execute(() -> {
                try {
                    write.run();
                } catch (RuntimeException e) {
                    long n = failures.incrementAndGet();
                    LOG.warn("Reply Coach: a coaching statistic could not be written ({} so far): {}", n, LogSafe.describe(e));
                }
            });
        } catch (RejectedExecutionException e) {
            dropped.incrementAndGet();
        }
    }

    public long failures() {
        return failures.get();
    }

    public long dropped() {
        return dropped.get();
    }

    /** Waits for queued writes (tests, shutdown). */
    boolean drain(long millis) throws InterruptedException {
        ThreadPoolExecutor old = executor;
        old.shutdown();
        boolean done = old.awaitTermination(millis, TimeUnit.MILLISECONDS);
        executor = newExecutor();
        return done;
    }

    @Override
    public void onStart() {
        // The executor is created with the component; nothing to wait for.
    }

    @Override
    public void onStop() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
