package io.apiemulator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** One server that stands in for the Onna, Nuon and MechaMental HTTP APIs. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ApiEmulatorApplication {

    public static void main(String[] args) {
        SpringApplication.run(ApiEmulatorApplication.class, args);
    }
}
