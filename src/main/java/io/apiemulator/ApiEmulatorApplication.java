package io.apiemulator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.util.ClassUtils;

/** One server that stands in for the Onna, Nuon and MechaMental HTTP APIs. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ApiEmulatorApplication {

    private static final String AOT = "spring.aot.enabled";

    public static void main(String[] args) throws Exception {
        if (PackedJarClassLoader.relaunch(ApiEmulatorApplication.class, args)) {
            return;
        }
        if (System.getProperty(AOT) == null && packagedWithAotOutput()) {
            System.setProperty(AOT, "true");
        }
        SpringApplication.run(ApiEmulatorApplication.class, args);
    }

    /**
     * The packaged jar starts on the bean definitions Spring AOT worked out when it was built (about two seconds
     * less of a plain start-up on 2 cores); {@code -Dspring.aot.enabled=false} turns that off. A run from
     * compiled classes (an IDE, {@code spring-boot:run}) works them out itself: its AOT output may be stale.
     */
    private static boolean packagedWithAotOutput() {
        Class<?> main = ApiEmulatorApplication.class;
        var self = main.getResource(main.getSimpleName() + ".class");
        return self != null && "jar".equals(self.getProtocol())
                && ClassUtils.isPresent(main.getName() + "__ApplicationContextInitializer", main.getClassLoader());
    }
}
