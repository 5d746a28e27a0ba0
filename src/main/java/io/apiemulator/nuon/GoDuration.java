package io.apiemulator.nuon;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Go's {@code time.ParseDuration} syntax ({@code 30s}, {@code 1m30s}, {@code 1.5h}, {@code 250ms}), non-negative. */
public final class GoDuration {

    private static final Pattern WHOLE = Pattern.compile("^(?:\\d+(?:\\.\\d+)?(?:ns|us|µs|ms|s|m|h))+$|^0$");
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");
    private static final Map<String, Long> NANOS = Map.of("ns", 1L, "us", 1_000L, "µs", 1_000L, "ms", 1_000_000L,
            "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);
    /** Longer than any sensible emulated wait; keeps the arithmetic far from overflow. */
    private static final BigDecimal MAX_NANOS = BigDecimal.valueOf(Duration.ofDays(366).toNanos());

    private GoDuration() {
    }

    public static Optional<Duration> parse(String text) {
        if (text == null || !WHOLE.matcher(text).matches()) {
            return Optional.empty();
        }
        BigDecimal nanos = BigDecimal.ZERO;
        Matcher part = PART.matcher(text);
        while (part.find()) {
            nanos = nanos.add(new BigDecimal(part.group(1)).multiply(BigDecimal.valueOf(NANOS.get(part.group(2)))));
        }
        return nanos.compareTo(MAX_NANOS) > 0 ? Optional.empty() : Optional.of(Duration.ofNanos(nanos.longValue()));
    }

    /** Go's {@code Duration.String()} for whole milliseconds and up: {@code 1m30s}, {@code 0s}, {@code 1.5s}. */
    public static String format(Duration duration) {
        if (duration.isZero()) {
            return "0s";
        }
        StringBuilder text = new StringBuilder();
        long hours = duration.toHours();
        long minutes = duration.toMinutesPart();
        if (hours > 0) {
            text.append(hours).append('h');
        }
        if (hours > 0 || minutes > 0) {
            text.append(minutes).append('m');
        }
        BigDecimal seconds = BigDecimal.valueOf(duration.toSecondsPart())
                .add(BigDecimal.valueOf(duration.toNanosPart(), 9)).stripTrailingZeros();
        return text.append(seconds.toPlainString()).append('s').toString();
    }
}
