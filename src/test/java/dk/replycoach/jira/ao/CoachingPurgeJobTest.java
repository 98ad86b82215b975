package dk.replycoach.jira.ao;

import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import dk.replycoach.coaching.CoachingStore;
import dk.replycoach.coaching.DayRange;
import dk.replycoach.coaching.Events;
import dk.replycoach.coaching.InMemoryCoachingStore;
import dk.replycoach.coaching.ReportScope;
import dk.replycoach.coaching.RetentionPolicy;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import static dk.replycoach.coaching.Events.rules;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class CoachingPurgeJobTest {
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), COPENHAGEN);
    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final CoachingStore store = new InMemoryCoachingStore();
    private final CoachingPurgeJob job = new CoachingPurgeJob(scheduler, store, clock, RetentionPolicy.days(30));

    @Test
    public void startRegistersTheRunnerAndSchedulesADailyJobOncePerCluster() throws Exception {
        job.onStart();
        verify(scheduler).registerJobRunner(CoachingPurgeJob.RUNNER, job);
        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(CoachingPurgeJob.JOB), config.capture());
        assertEquals(CoachingPurgeJob.RUNNER, config.getValue().getJobRunnerKey());
        assertEquals(RunMode.RUN_ONCE_PER_CLUSTER, config.getValue().getRunMode());
        assertEquals(24L * 3600 * 1000, config.getValue().getSchedule().getIntervalScheduleInfo().getIntervalInMillis());
        assertEquals(Date.from(Instant.parse("2026-11-21T02:17:00Z")),
                config.getValue().getSchedule().getIntervalScheduleInfo().getFirstRunTime());
    }

    @Test
    public void aSchedulingFailureDoesNotStopThePlugin() throws Exception {
        doThrow(new SchedulerServiceException("no cluster lock")).when(scheduler).scheduleJob(any(), any());
        job.onStart();
        verify(scheduler).registerJobRunner(CoachingPurgeJob.RUNNER, job);
    }

    @Test
    public void stopUnregistersTheRunnerButLeavesTheClusterJobScheduled() {
        job.onStop();
        verify(scheduler).unregisterJobRunner(CoachingPurgeJob.RUNNER);
        verify(scheduler, never()).unscheduleJob(any());
    }

    @Test
    public void aRunDeletesEventsOlderThanTheRetentionPeriod() {
        LocalDate today = LocalDate.of(2026, 11, 20);
        store.record(Events.sent("anna", "SUP", today.minusDays(31), 50, rules()));
        store.record(Events.sent("anna", "SUP", today.minusDays(30), 60, rules()));
        store.record(Events.sent("anna", "SUP", today, 70, rules()));

        JobRunnerResponse response = job.runJob(request(false));

        assertTrue(response.getMessage(), response.getMessage().contains("deleted 1 "));
        assertEquals(130, store.days(ReportScope.of(DayRange.lastDays(60, today))).stream()
                .mapToLong(d -> d.figures().scoreSum()).sum());
    }

    @Test
    public void aCancelledRunDeletesNothing() {
        store.record(Events.sent("anna", "SUP", LocalDate.of(2020, 1, 1), 50, rules()));
        job.runJob(request(true));
        assertEquals(1, store.purgeBefore(LocalDate.of(2026, 1, 1)));
    }

    @Test
    public void aFailingPurgeReportsFailureInsteadOfThrowing() {
        CoachingStore broken = mock(CoachingStore.class);
        when(broken.purgeBefore(any())).thenThrow(new IllegalStateException("deadlock"));
        JobRunnerResponse r = new CoachingPurgeJob(scheduler, broken, clock, RetentionPolicy.defaults()).runJob(request(false));
        assertTrue(r.getMessage().contains("deadlock"));
    }

    private static JobRunnerRequest request(boolean cancelled) {
        JobRunnerRequest r = mock(JobRunnerRequest.class);
        when(r.isCancellationRequested()).thenReturn(cancelled);
        return r;
    }
}
