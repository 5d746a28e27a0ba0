package io.apiemulator.admin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Keeps credentials out of the journal: it is readable by anyone who can reach the admin API, so
 * authorization headers, cookies and secret or token query parameters are replaced by a marker.
 */
final class JournalRedaction {

    static final String MARKER = "[redacted]";

    private static final Pattern SECRET_NAME = Pattern.compile(
            ".*(authorization|cookie|secret|token|password|api[-_]?key|signature).*", Pattern.CASE_INSENSITIVE);

    private JournalRedaction() {
    }

    static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            List<String> values = Collections.list(request.getHeaders(name));
            headers.put(name.toLowerCase(Locale.ROOT), secret(name) ? List.of(MARKER) : values);
        }
        return headers;
    }

    /** The query string with the value of every secret-looking parameter replaced. */
    static String query(String query) {
        if (query == null || query.isEmpty()) {
            return query;
        }
        return Pattern.compile("&").splitAsStream(query).map(JournalRedaction::parameter).collect(Collectors.joining("&"));
    }

    private static String parameter(String pair) {
        int equals = pair.indexOf('=');
        String name = equals < 0 ? pair : pair.substring(0, equals);
        return equals >= 0 && secret(name) ? name + "=" + MARKER : pair;
    }

    private static boolean secret(String name) {
        return SECRET_NAME.matcher(name).matches();
    }
}
