import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the emulator with Spring's startup recorder and prints the steps that took longest by their own time
 * (a step's duration less its children's), each with the bean that asked for it ("<- name"), then stops. Run by
 * bench/startup-profile.sh.
 */
public class StartupSteps {

    public static void main(String[] args) throws Exception {
        long launched = System.nanoTime();
        Class<?> main = Class.forName("io.apiemulator.ApiEmulatorApplication");
        SpringApplication application = new SpringApplication(main);
        application.setMainApplicationClass(main); // Spring AOT looks its initializer up by the main class
        BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
        application.setApplicationStartup(startup);
        ConfigurableApplicationContext context = application.run(args);
        long total = (System.nanoTime() - launched) / 1_000_000;
        List<TimelineEvent> events = new ArrayList<>(startup.getBufferedTimeline().getEvents());
        Map<Long, Long> children = new HashMap<>();
        Map<Long, TimelineEvent> byId = new HashMap<>();
        events.forEach(e -> byId.put(e.getStartupStep().getId(), e));
        for (TimelineEvent event : events) {
            Long parent = event.getStartupStep().getParentId();
            if (parent != null) {
                children.merge(parent, event.getDuration().toNanos(), Long::sum);
            }
        }
        Comparator<TimelineEvent> bySelf = Comparator.comparingLong(
                e -> e.getDuration().toNanos() - children.getOrDefault(e.getStartupStep().getId(), 0L));
        events.sort(bySelf.reversed());
        System.out.printf("main() to started: %d ms%n  self ms  step%n", total);
        int top = Integer.getInteger("top", 25);
        for (TimelineEvent event : events.subList(0, Math.min(top, events.size()))) {
            long self = event.getDuration().toNanos() - children.getOrDefault(event.getStartupStep().getId(), 0L);
            StringBuilder tags = new StringBuilder();
            event.getStartupStep().getTags().forEach(t -> tags.append(' ').append(t.getKey()).append('=').append(t.getValue()));
            String line = event.getStartupStep().getName() + tags + askedBy(event, byId);
            System.out.printf("%8d  %s%n", self / 1_000_000, line.length() > 200 ? line.substring(0, 200) : line);
        }
        context.close();
    }

    private static String askedBy(TimelineEvent event, Map<Long, TimelineEvent> byId) {
        StringBuilder chain = new StringBuilder();
        for (Long parent = event.getStartupStep().getParentId(); parent != null && byId.containsKey(parent);
                parent = byId.get(parent).getStartupStep().getParentId()) {
            for (var tag : byId.get(parent).getStartupStep().getTags()) {
                if (tag.getKey().equals("beanName")) {
                    chain.append(" <- ").append(tag.getValue());
                }
            }
        }
        return chain.toString();
    }
}
