package io.apiemulator.kernel.http;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** {@code emulator.max-body-size}: the largest JSON request body on the families' paths. */
@ConfigurationProperties("emulator")
public record RequestLimits(DataSize maxBodySize) {
}
