package io.apiemulator.testcontainers;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated tests only where a Docker engine answers; elsewhere they are skipped with one line
 * saying so. Where one answers, they run and any failure (pull, build, start) fails the build: unlike
 * Testcontainers' own {@code disabledWithoutDocker}, which also skips when the engine is there but its
 * start-up checks cannot pull their images.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DockerEngineCondition.class)
@interface EnabledIfDockerEngine {
}
