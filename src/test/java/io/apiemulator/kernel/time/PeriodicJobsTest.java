package io.apiemulator.kernel.time;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodicJobsTest {

    @Test
    void runsEveryJobAgainAndAgainUntilStopped() throws InterruptedException {
        CountingJob job = new CountingJob(3, false);
        PeriodicJobs jobs = new PeriodicJobs(List.of(job));

        jobs.start();
        try {
            assertThat(jobs.isRunning()).isTrue();
            assertThat(job.awaitedRuns.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(job.thread).startsWith("periodic-");
        }
        finally {
            jobs.stop();
        }
        assertThat(jobs.isRunning()).isFalse();
        int runs = job.runs.get();
        Thread.sleep(100);
        assertThat(job.runs.get()).as("no run after stop").isLessThanOrEqualTo(runs + 1);
    }

    @Test
    void aFailedRunDoesNotStopTheNextOnes() throws InterruptedException {
        assertThat(awaitedRunsWhileRunning(new CountingJob(3, true), 5000)).isTrue();
    }

    @Test
    void theFirstRunWaitsOnePeriod() throws InterruptedException {
        CountingJob job = new CountingJob(1, false) {
            @Override
            public Duration period() {
                return Duration.ofHours(1);
            }
        };
        assertThat(awaitedRunsWhileRunning(job, 200)).isFalse();
    }

    private static boolean awaitedRunsWhileRunning(CountingJob job, long millis) throws InterruptedException {
        PeriodicJobs jobs = new PeriodicJobs(List.of(job));
        jobs.start();
        try {
            return job.awaitedRuns.await(millis, TimeUnit.MILLISECONDS);
        }
        finally {
            jobs.stop();
        }
    }

    private static class CountingJob implements PeriodicJob {

        final CountDownLatch awaitedRuns;
        final AtomicInteger runs = new AtomicInteger();
        final boolean failing;
        volatile String thread;

        CountingJob(int awaited, boolean failing) {
            this.awaitedRuns = new CountDownLatch(awaited);
            this.failing = failing;
        }

        @Override
        public Duration period() {
            return Duration.ofMillis(10);
        }

        @Override
        public void run() {
            thread = Thread.currentThread().getName();
            runs.incrementAndGet();
            awaitedRuns.countDown();
            if (failing) {
                throw new IllegalStateException("this run fails");
            }
        }
    }
}
