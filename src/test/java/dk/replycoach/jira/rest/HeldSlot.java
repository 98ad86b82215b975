package dk.replycoach.jira.rest;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A check slot taken by another thread until closed, as a long check would hold it. */
final class HeldSlot implements AutoCloseable {
    private final CountDownLatch release = new CountDownLatch(1);
    private final Thread holder;

    private HeldSlot(CheckCapacity capacity) throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        holder = new Thread(() -> capacity.run(() -> {
            holding.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Boolean.TRUE;
        }), "held-check-slot");
        holder.start();
        if (!holding.await(5, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the slot was not taken");
        }
    }

    static HeldSlot in(CheckCapacity capacity) throws InterruptedException {
        return new HeldSlot(capacity);
    }

    @Override
    public void close() throws InterruptedException {
        release.countDown();
        holder.join(5000);
    }
}
