package io.apiemulator.kernel.startup;

import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** One log line when the server is ready: where it listens, the demo credentials and Swagger UI. */
@Component
public class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final List<StartupAnnouncement> announcements;

    public StartupBanner(List<StartupAnnouncement> announcements) {
        this.announcements = announcements;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : -1;
        String base = "http://localhost:" + port;
        String extras = announcements.stream().map(StartupAnnouncement::describe).collect(Collectors.joining("; "));
        log.info("api-emulator ready at {} ({}); Swagger UI at {}/swagger-ui.html", base, extras, base);
    }
}
