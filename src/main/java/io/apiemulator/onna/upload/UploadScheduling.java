package io.apiemulator.onna.upload;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link UploadHousekeeping}'s expiry sweep; harmless if another package enables scheduling too. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class UploadScheduling {
}
