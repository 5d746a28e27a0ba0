package io.apiemulator.onna.upload;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;

/**
 * TUS 1.0.0 as the upload endpoint speaks it: the version, the header names, the extensions it offers and the
 * ones it does not, and which method a request means.
 */
final class Tus {

    static final String VERSION = "1.0.0";

    static final String TUS_RESUMABLE = "Tus-Resumable";
    static final String TUS_VERSION = "Tus-Version";
    static final String TUS_EXTENSION = "Tus-Extension";
    static final String TUS_MAX_SIZE = "Tus-Max-Size";
    static final String TUS_CHECKSUM_ALGORITHM = "Tus-Checksum-Algorithm";
    static final String UPLOAD_OFFSET = "Upload-Offset";
    static final String UPLOAD_LENGTH = "Upload-Length";
    static final String UPLOAD_DEFER_LENGTH = "Upload-Defer-Length";
    static final String UPLOAD_METADATA = "Upload-Metadata";
    static final String UPLOAD_EXPIRES = "Upload-Expires";
    static final String UPLOAD_CHECKSUM = "Upload-Checksum";
    static final String METHOD_OVERRIDE = "X-HTTP-Method-Override";

    static final MediaType OFFSET_OCTET_STREAM = MediaType.parseMediaType("application/offset+octet-stream");

    /** The value of {@code Tus-Extension}. */
    static final String EXTENSIONS =
            "creation,creation-defer-length,creation-with-upload,termination,checksum,expiration";

    /**
     * The request headers of extensions this server does not offer, with the extension's name. Onna does not
     * list concatenation, and a resource holds exactly one upload, so partial uploads have nowhere to live.
     */
    static final Map<String, String> UNSUPPORTED_EXTENSION_HEADERS = Map.of("Upload-Concat", "concatenation");

    private Tus() {
    }

    /** The method a TUS request means: {@code X-HTTP-Method-Override} wins over the request line. */
    static String method(HttpServletRequest request) {
        String override = request.getHeader(METHOD_OVERRIDE);
        return (override == null || override.isBlank() ? request.getMethod() : override.strip())
                .toUpperCase(Locale.ROOT);
    }
}
