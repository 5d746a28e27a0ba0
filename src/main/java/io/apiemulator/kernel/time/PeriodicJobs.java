package io.apiemulator.kernel.time;

import java.util.List;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link PeriodicJob} on a thread of its own while the server runs, each first one period after
 * start-up. Explicit jobs rather than {@code @Scheduled} methods: the post-processor behind
 * {@code @EnableScheduling} reads every method of every bean at start-up (2-4 % of the fast start's main thread)
 * to find them.
 */
@Component
class PeriodicJobs implements SmartLifecycle {

    private final List<PeriodicJob> jobs;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private volatile boolean running;

    PeriodicJobs(List<PeriodicJob> jobs) {
        this.jobs = jobs;
        scheduler.setThreadNamePrefix("periodic-");
    }

    @Override
    public void start() {
        scheduler.initialize();
        // a repeated task that throws is logged and runs again (ThreadPoolTaskScheduler's default error handler)
        jobs.forEach(job -> scheduler.scheduleWithFixedDelay(job, scheduler.getClock().instant().plus(job.period()),
                job.period()));
        running = true;
    }

    @Override
    public void stop() {
        scheduler.shutdown();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
