package io.apiemulator.admin;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.apiemulator.admin.fault.ConnectionDrop;
import io.apiemulator.admin.fault.Fault;
import io.apiemulator.admin.fault.FaultRules;
import io.apiemulator.admin.journal.JournalEntry;
import io.apiemulator.admin.journal.RequestJournal;
import io.apiemulator.kernel.error.ApiFamilies;
import io.apiemulator.kernel.error.ApiFamily;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sees every request before security does, so that 401s are journaled and faults hit unauthenticated calls
 * too: injects the first matching fault, then records the request in the journal. Admin calls pass untouched.
 */
class TrafficFilter extends OncePerRequestFilter {

    private final RequestJournal journal;
    private final FaultRules faults;
    private final ApiFamilies errors;
    private final Clock clock;

    TrafficFilter(RequestJournal journal, FaultRules faults, ApiFamilies errors, Clock clock) {
        this.journal = journal;
        this.faults = faults;
        this.errors = errors;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = ApiFamilies.pathOf(request);
        if (AdminApi.isAdmin(path)) {
            chain.doFilter(request, response);
            return;
        }
        long start = System.nanoTime();
        CountingRequest counted = new CountingRequest(request);
        Fault fault = faults.fire(request.getMethod(), path);
        boolean dropped = false;
        try {
            if (fault == null) {
                chain.doFilter(counted, response);
            }
            else {
                dropped = inject(fault, counted, response, chain);
            }
        }
        finally {
            journal.record(new JournalEntry(journal.nextId(), clock.instant(), request.getMethod(), path,
                    JournalRedaction.query(request.getQueryString()), dropped ? 0 : response.getStatus(),
                    errors.family(path).map(ApiFamily::name).orElse(null), JournalRedaction.headers(request),
                    Math.max(counted.bytesRead(), request.getContentLengthLong()),
                    Math.round((System.nanoTime() - start) / 10_000.0) / 100.0, fault == null ? null : fault.kind()));
        }
    }

    /** Applies the fault; true when the connection is to be dropped. */
    private boolean inject(Fault fault, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (fault.delayMs() > 0) {
            try {
                Thread.sleep(fault.delayMs());
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (fault.connectionReset()) {
            ConnectionDrop.request(request);
            return true;
        }
        if (fault.status() != null) {
            errors.write(request, response, fault.status(), "Injected fault: " + fault.status().getReasonPhrase());
            return false;
        }
        chain.doFilter(request, response);
        return false;
    }
}
