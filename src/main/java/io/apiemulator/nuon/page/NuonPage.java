package io.apiemulator.nuon.page;

import java.util.List;
import java.util.function.Function;

import jakarta.persistence.TypedQuery;

import io.apiemulator.nuon.NuonException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * Nuon's pagination middleware: {@code offset} (0), {@code limit} (10, at most 100) and {@code page} (when > 0,
 * offset = (page-1)*limit). One extra row is read to tell whether another page follows; the answer goes in
 * the {@code X-Nuon-Page-*} headers.
 */
public record NuonPage(int offset, int limit, int page) {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;

    public static NuonPage of(String offset, String limit, String page) {
        int pageNumber = number("page", page, 0, 0, Integer.MAX_VALUE);
        int size = number("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        int start = number("offset", offset, 0, 0, Integer.MAX_VALUE);
        if (pageNumber > 0) {
            long fromPage = (long) (pageNumber - 1) * size;
            if (fromPage > Integer.MAX_VALUE) {
                throw NuonException.invalid("page: too large");
            }
            start = (int) fromPage;
        }
        return new NuonPage(start, size, pageNumber);
    }

    /**
     * Runs the (ordered) query for this page and answers its rows with the page headers; {@code render} turns
     * the page's rows into JSON all at once, so that it can load what they refer to in one query.
     */
    public <T> ResponseEntity<List<Object>> respond(TypedQuery<T> query, Function<List<T>, List<Object>> render) {
        return answer(query.setFirstResult(offset).setMaxResults(limit + 1).getResultList(), render);
    }

    /** The same for rows that are not stored (derived), already in order. */
    public <T> ResponseEntity<List<Object>> respond(List<T> all, Function<List<T>, List<Object>> render) {
        int from = Math.min(offset, all.size());
        return answer(all.subList(from, (int) Math.min((long) from + limit + 1, all.size())), render);
    }

    private <T> ResponseEntity<List<Object>> answer(List<T> rows, Function<List<T>, List<Object>> render) {
        boolean next = rows.size() > limit;
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Nuon-Page-Next", String.valueOf(next));
        headers.set("X-Nuon-Page-Offset", String.valueOf(offset));
        headers.set("X-Nuon-Page-Limit", String.valueOf(limit));
        if (page > 0) {
            headers.set("X-Nuon-Page-Number", String.valueOf(page));
        }
        return ResponseEntity.ok().headers(headers).body(render.apply(next ? rows.subList(0, limit) : rows));
    }

    private static int number(String name, String text, int fallback, int min, int max) {
        if (text == null) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(text.trim());
        }
        catch (NumberFormatException e) {
            throw NuonException.invalid(name + ": must be an integer");
        }
        if (value < min || value > max) {
            throw NuonException.invalid(name + ": must be between " + min + " and " + max);
        }
        return value;
    }
}
