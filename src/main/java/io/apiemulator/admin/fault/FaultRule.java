package io.apiemulator.admin.fault;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.apiemulator.admin.AdminException;

import org.springframework.http.HttpStatus;

/**
 * One fault injection rule: requests whose method (if given) and path (a regex matching the whole path)
 * match get delayed, answered with an error status in their family's envelope, or have their connection
 * dropped -- with probability {@code rate}, at most {@code times} times.
 */
final class FaultRule {

    static final int MAX_DELAY_MS = 60_000;

    private static final Set<String> FIELDS = Set.of("method", "path", "delay_ms", "delay_ms_min", "delay_ms_max",
            "status", "connection_reset", "rate", "times");

    private final String id;
    private final String method;
    private final Pattern path;
    private final Integer delayMs;
    private final Integer delayMsMin;
    private final Integer delayMsMax;
    private final HttpStatus status;
    private final boolean connectionReset;
    private final double rate;
    private final Integer times;
    private final AtomicInteger fired = new AtomicInteger();

    private FaultRule(String id, Map<String, Object> body) {
        for (String key : body.keySet()) {
            if (!FIELDS.contains(key)) {
                throw invalid("unknown field '" + key + "'; known fields: " + FIELDS.stream().sorted().toList());
            }
        }
        this.id = id;
        this.method = string(body, "method");
        this.path = regex(string(body, "path"));
        this.delayMs = integer(body, "delay_ms", 0, MAX_DELAY_MS);
        this.delayMsMin = integer(body, "delay_ms_min", 0, MAX_DELAY_MS);
        this.delayMsMax = integer(body, "delay_ms_max", 0, MAX_DELAY_MS);
        Integer code = integer(body, "status", 400, 599);
        this.status = code == null ? null : HttpStatus.resolve(code);
        if (code != null && status == null) {
            throw invalid("status " + code + " is not a known HTTP status");
        }
        Object reset = body.get("connection_reset");
        if (reset != null && !(reset instanceof Boolean)) {
            throw invalid("connection_reset must be a boolean");
        }
        this.connectionReset = Boolean.TRUE.equals(reset);
        Object rateValue = body.getOrDefault("rate", 1);
        if (!(rateValue instanceof Number number) || number.doubleValue() < 0 || number.doubleValue() > 1) {
            throw invalid("rate must be a number between 0 and 1");
        }
        this.rate = ((Number) rateValue).doubleValue();
        this.times = integer(body, "times", 1, Integer.MAX_VALUE);
        checkCombination();
    }

    static FaultRule from(String id, Map<String, Object> body) {
        return new FaultRule(id, body);
    }

    String id() {
        return id;
    }

    /** The fault to inject for this request, or null: matches and wins the rate roll and has times left. */
    Fault fire(String requestMethod, String requestPath) {
        if ((method != null && !method.equalsIgnoreCase(requestMethod)) || !path.matcher(requestPath).matches()) {
            return null;
        }
        if (rate < 1 && ThreadLocalRandom.current().nextDouble() >= rate) {
            return null;
        }
        if (times != null && fired.getAndUpdate(n -> n < times ? n + 1 : n) >= times) {
            return null;
        }
        if (times == null) {
            fired.incrementAndGet();
        }
        return new Fault(delay(), status, connectionReset);
    }

    Map<String, Object> describe() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("method", method);
        body.put("path", path.pattern());
        body.put("delay_ms", delayMs);
        body.put("delay_ms_min", delayMsMin);
        body.put("delay_ms_max", delayMsMax);
        body.put("status", status == null ? null : status.value());
        body.put("connection_reset", connectionReset);
        body.put("rate", rate);
        body.put("times", times);
        body.put("fired", fired.get());
        return body;
    }

    private long delay() {
        if (delayMs != null) {
            return delayMs;
        }
        if (delayMsMin != null) {
            return ThreadLocalRandom.current().nextLong(delayMsMin, delayMsMax + 1L);
        }
        return 0;
    }

    private void checkCombination() {
        if (delayMs != null && (delayMsMin != null || delayMsMax != null)) {
            throw invalid("give either delay_ms or delay_ms_min and delay_ms_max, not both");
        }
        if ((delayMsMin == null) != (delayMsMax == null)) {
            throw invalid("delay_ms_min and delay_ms_max go together");
        }
        if (delayMsMin != null && delayMsMin > delayMsMax) {
            throw invalid("delay_ms_min must not be greater than delay_ms_max");
        }
        if (status != null && connectionReset) {
            throw invalid("a fault either answers a status or resets the connection, not both");
        }
        if (delayMs == null && delayMsMin == null && status == null && !connectionReset) {
            throw invalid("a fault needs delay_ms, delay_ms_min/max, status or connection_reset");
        }
    }

    private static String string(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (value != null && !(value instanceof String)) {
            throw invalid(field + " must be a string");
        }
        return (String) value;
    }

    private static Pattern regex(String value) {
        if (value == null || value.isEmpty()) {
            throw invalid("path (a regular expression matching the whole request path) is required");
        }
        try {
            return Pattern.compile(value);
        }
        catch (PatternSyntaxException e) {
            throw invalid("path is not a valid regular expression: " + e.getDescription());
        }
    }

    private static Integer integer(Map<String, Object> body, String field, int min, int max) {
        Object value = body.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Integer number) || number < min || number > max) {
            throw invalid(field + " must be an integer between " + min + " and " + max);
        }
        return number;
    }

    private static AdminException invalid(String message) {
        return new AdminException(HttpStatus.BAD_REQUEST, message);
    }

}
