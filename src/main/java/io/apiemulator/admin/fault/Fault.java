package io.apiemulator.admin.fault;

import org.springframework.http.HttpStatus;

/** What an injected fault does to one request: wait, then answer {@code status} or drop the connection. */
public record Fault(long delayMs, HttpStatus status, boolean connectionReset) {

    public String kind() {
        return connectionReset ? "connection_reset" : status != null ? "status" : "delay";
    }
}
