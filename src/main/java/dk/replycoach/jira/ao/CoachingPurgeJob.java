package dk.replycoach.jira.ao;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import dk.replycoach.coaching.CoachingStore;
import dk.replycoach.coaching.RetentionPolicy;
import dk.replycoach.jira.settings.SettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.concurrent.TimeUnit;

/**
 * Deletes coaching events older than the retention period, once a day, on one node of the
 * cluster ({@link RunMode#RUN_ONCE_PER_CLUSTER}: the schedule lives in the shared database, so
 * however many nodes register it, one run deletes and the others have nothing to do).
 *
 * <p>Every node registers the runner when the plugin starts (atlassian-scheduler keeps runners per
 * node) and schedules the job under a fixed id, which replaces rather than duplicates it. The
 * first run is anchored to {@link #RUN_AT} so that restarts do not keep moving it. Stopping
 * unregisters this node's runner but leaves the job scheduled: other nodes still run it, and a
 * rolling restart must not switch retention off for the whole cluster.
 */
@Named
@ExportAsService(LifecycleAware.class)
public final class CoachingPurgeJob implements JobRunner, LifecycleAware {
    static final JobRunnerKey RUNNER = JobRunnerKey.of("dk.replycoach.coaching.purge");
    static final JobId JOB = JobId.of("dk.replycoach.coaching.purge");
    static final long INTERVAL_MILLIS = TimeUnit.DAYS.toMillis(1);
    /** Quiet hours on the nodes' clock. */
    static final LocalTime RUN_AT = LocalTime.of(3, 17);

    private static final Logger LOG = LoggerFactory.getLogger(CoachingPurgeJob.class);

    private final SchedulerService scheduler;
    private final CoachingStore store;
    private final Clock clock;
    private final Supplier<RetentionPolicy> retention;

    @Inject
    public CoachingPurgeJob(@ComponentImport SchedulerService scheduler, CoachingStore store, SettingsStore settings) {
        // Read at every run, so a changed retention period applies from the next night on.
        this(scheduler, store, Clock.systemDefaultZone(), () -> RetentionPolicy.days(settings.current().retentionDays()));
    }

    CoachingPurgeJob(SchedulerService scheduler, CoachingStore store, Clock clock, RetentionPolicy retention) {
        this(scheduler, store, clock, () -> retention);
    }

    private CoachingPurgeJob(SchedulerService scheduler, CoachingStore store, Clock clock, Supplier<RetentionPolicy> retention) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retention = Objects.requireNonNull(retention, "retention");
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(RUNNER, this);
        try {
            scheduler.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER)
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(INTERVAL_MILLIS, nextRun())));
        } catch (SchedulerServiceException e) {
            // Coaching still works; only old events stay longer. Say so loudly.
            LOG.error("Reply Coach: could not schedule the coaching retention job; old coaching events will not be deleted", e);
        }
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(RUNNER);
    }

    /** The next {@link #RUN_AT} on this node's clock. */
    Date nextRun() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime run = now.with(RUN_AT);
        if (!run.isAfter(now)) {
            run = ZonedDateTime.of(LocalDate.from(now).plusDays(1), RUN_AT, now.getZone());
        }
        return Date.from(run.toInstant());
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        if (request.isCancellationRequested()) {
            return JobRunnerResponse.aborted("cancelled before it started");
        }
        try {
            RetentionPolicy policy = retention.get();
            int deleted = policy.purge(store, clock);
            return JobRunnerResponse.success("deleted " + deleted + " coaching events older than "
                    + policy.days() + " days");
        } catch (RuntimeException e) {
            LOG.error("Reply Coach: the coaching retention job failed", e);
            return JobRunnerResponse.failed(e);
        }
    }
}
