package io.apiemulator.onna.upload;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import io.apiemulator.onna.auth.OnnaCaller;
import io.apiemulator.onna.resource.UploadTargets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Onna's upload endpoint, TUS 1.0.0 with the creation, creation-defer-length, creation-with-upload, termination,
 * checksum and expiration extensions, plus Onna's single-request PUT. The upload of a resource lives at the
 * resource's own URL ({@code /v1/upload/{onna_id}/tus}): one file per resource, so POST creates (or restarts)
 * the upload there. One handler, because {@code X-HTTP-Method-Override} decides the method, not the request line.
 * {@code Tus-Resumable} is added to every response by {@link TusResumableFilter}; every error is one of
 * {@link TusException}'s.
 */
@RestController
class TusController {

    static final String PATH = "/v1/upload/{id}/tus";

    private static final Logger log = LoggerFactory.getLogger(TusController.class);
    private static final Pattern RESOURCE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern NON_NEGATIVE = Pattern.compile("[0-9]{1,18}");
    /** RFC 9110 IMF-fixdate. */
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private final UploadTargets targets;
    private final UploadBook book;
    private final UploadStore store;
    private final UploadWriter writer;
    private final TusProperties properties;

    TusController(UploadTargets targets, UploadBook book, UploadStore store, UploadWriter writer,
            TusProperties properties) {
        this.targets = targets;
        this.book = book;
        this.store = store;
        this.writer = writer;
        this.properties = properties;
    }

    @RequestMapping(path = PATH, method = {RequestMethod.OPTIONS, RequestMethod.HEAD, RequestMethod.POST,
            RequestMethod.PATCH, RequestMethod.PUT, RequestMethod.DELETE})
    ResponseEntity<Void> handle(@PathVariable String id, OnnaCaller caller, HttpServletRequest request)
            throws IOException {
        String method = Tus.method(request);
        if (!method.equals("OPTIONS") && !method.equals("PUT")) {
            requireTusResumable(request);
        }
        if (!method.equals("OPTIONS")) {
            refuseUnsupportedExtensions(request);
        }
        return switch (method) {
            case "OPTIONS" -> options(id, caller);
            case "HEAD" -> head(id, caller);
            case "POST" -> create(id, caller, request);
            case "PATCH" -> patch(id, caller, request);
            case "PUT" -> singleRequest(id, caller, request);
            case "DELETE" -> terminate(id, caller);
            default -> throw TusException.methodNotAllowed(method);
        };
    }

    /** The server's configuration; no Tus-Resumable needed in the request. */
    private ResponseEntity<Void> options(String id, OnnaCaller caller) {
        requireResource(id, caller);
        return ResponseEntity.noContent()
                .header(Tus.TUS_VERSION, Tus.VERSION)
                .header(Tus.TUS_EXTENSION, Tus.EXTENSIONS)
                .header(Tus.TUS_MAX_SIZE, String.valueOf(properties.maxSize().toBytes()))
                .header(Tus.TUS_CHECKSUM_ALGORITHM, UploadChecksum.ADVERTISED)
                .build();
    }

    /** Where to resume: Upload-Offset always, the length or that it is deferred, the metadata as sent. */
    private ResponseEntity<Void> head(String id, OnnaCaller caller) {
        requireResource(id, caller);
        Upload upload = book.find(id).orElseThrow(() -> TusException.notFound(id));
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(Tus.UPLOAD_OFFSET, String.valueOf(upload.offset()));
        lengthHeaders(response, upload);
        if (upload.metadata() != null) {
            response.header(Tus.UPLOAD_METADATA, upload.metadata());
        }
        return expires(response, upload).build();
    }

    /**
     * Creation: Upload-Length or Upload-Defer-Length: 1, optional metadata, and (creation-with-upload) a first
     * chunk when the body is application/offset+octet-stream. A resource holds one file, so creating again
     * starts the upload over.
     */
    private ResponseEntity<Void> create(String id, OnnaCaller caller, HttpServletRequest request) throws IOException {
        Long length = declaredLength(request);
        UploadMetadata metadata = metadata(request);
        UploadChecksum checksum = checksum(request);
        requireResource(id, caller);
        Claim claim = restart(id, caller, length, metadata);
        boolean withUpload = isOffsetOctetStream(request);
        Upload upload = withUpload
                ? writer.write(claim, request.getInputStream(), request.getContentLengthLong(), length, checksum, false)
                : writer.write(claim, InputStream.nullInputStream(), 0, length, null, false);
        log.info("Upload {} created (length {})", id, length == null ? "deferred" : length);
        return created(request, properties.successCodes().creation(), upload);
    }

    /** Appends the body at Upload-Offset, which must be the upload's offset; may declare a deferred length. */
    private ResponseEntity<Void> patch(String id, OnnaCaller caller, HttpServletRequest request) throws IOException {
        if (!isOffsetOctetStream(request)) {
            throw TusException.notOffsetOctetStream();
        }
        Long offset = nonNegative(request, Tus.UPLOAD_OFFSET);
        if (offset == null) {
            throw TusException.badRequest("Upload-Offset is required");
        }
        Long newLength = nonNegative(request, Tus.UPLOAD_LENGTH);
        UploadChecksum checksum = checksum(request);
        requireResource(id, caller);
        Upload current = book.find(id).orElseThrow(() -> TusException.notFound(id));
        if (current.complete() && current.offset() == offset && request.getContentLengthLong() <= 0) {
            return patched(current);
        }
        Long length = lengthAfterPatch(current, newLength, offset);
        Claim claim = claimed(id, book.claimAt(id, offset), offset);
        Upload upload = writer.write(claim, request.getInputStream(), request.getContentLengthLong(), length, checksum,
                false);
        return patched(upload);
    }

    /** Onna's single-request upload: the whole file as the body; the upload starts over like a creation. */
    private ResponseEntity<Void> singleRequest(String id, OnnaCaller caller, HttpServletRequest request)
            throws IOException {
        if (request.getHeader(Tus.TUS_RESUMABLE) != null) {
            requireTusResumable(request);
        }
        UploadMetadata metadata = metadata(request);
        UploadChecksum checksum = checksum(request);
        long contentLength = request.getContentLengthLong();
        Long length = contentLength >= 0 ? Long.valueOf(contentLength) : null;
        if (length != null && length > properties.maxSize().toBytes()) {
            throw TusException.tooLarge("Upload-Length " + length + " exceeds Tus-Max-Size " + properties.maxSize().toBytes());
        }
        requireResource(id, caller);
        Claim claim = restart(id, caller, length, metadata);
        Upload upload = writer.write(claim, request.getInputStream(), contentLength, length, checksum, true);
        log.info("Upload {} received in a single request ({} bytes)", id, upload.offset());
        return created(request, 201, upload);
    }

    /** Termination: the upload and its bytes go; the URL answers 404 until a new creation. */
    private ResponseEntity<Void> terminate(String id, OnnaCaller caller) {
        requireResource(id, caller);
        book.find(id).orElseThrow(() -> TusException.notFound(id));
        Claim claim = claimed(id, book.claim(id), 0);
        book.delete(claim);
        store.delete(id);
        log.info("Upload {} terminated", id);
        return ResponseEntity.noContent().build();
    }

    private Claim restart(String id, OnnaCaller caller, Long length, UploadMetadata metadata) throws IOException {
        try {
            book.createIfAbsent(id, caller.accountId());
        }
        catch (DataIntegrityViolationException concurrentCreation) {
            throw TusException.locked(id);
        }
        Claim claim = claimed(id, book.claim(id), 0);
        try {
            store.reset(id);
            return book.restart(claim, length, metadata.header()).orElseThrow(() -> TusException.notFound(id));
        }
        catch (IOException | RuntimeException e) {
            book.release(claim);
            throw e;
        }
    }

    private ResponseEntity<Void> created(HttpServletRequest request, int status, Upload upload) {
        String location = ServletUriComponentsBuilder.fromRequestUri(request).replaceQuery(null).toUriString();
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status)
                .header(HttpHeaders.LOCATION, location)
                .header(Tus.UPLOAD_OFFSET, String.valueOf(upload.offset()));
        return expires(response, upload).build();
    }

    private ResponseEntity<Void> patched(Upload upload) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(properties.successCodes().patch())
                .header(Tus.UPLOAD_OFFSET, String.valueOf(upload.offset()));
        return expires(response, upload).build();
    }

    /**
     * The claim, or the protocol's answer to why there is none, as tusd maps its store's errors. {@code offset}
     * is the Upload-Offset the request sent; a claim that asks for no offset cannot mismatch.
     */
    private static Claim claimed(String id, ClaimOutcome outcome, long offset) {
        return switch (outcome.result()) {
            case CLAIMED -> outcome.claim();
            case OFFSET_MISMATCH -> throw TusException.offsetMismatch(offset, outcome.offset());
            case LOCKED -> throw TusException.locked(id);
            case GONE -> throw TusException.notFound(id);
        };
    }

    /** The length this PATCH writes against: the known one, or the one it declares for a deferred upload. */
    private Long lengthAfterPatch(Upload upload, Long declared, long offset) {
        if (declared == null) {
            return upload.length();
        }
        if (upload.length() != null && !upload.length().equals(declared)) {
            throw TusException.badRequest("Upload-Length " + declared + " differs from the upload's length "
                    + upload.length() + "; once set it cannot change");
        }
        if (declared < offset) {
            throw TusException.badRequest("Upload-Length " + declared + " is below Upload-Offset " + offset);
        }
        requireWithinMaxSize(declared);
        return declared;
    }

    private Long declaredLength(HttpServletRequest request) {
        Long length = nonNegative(request, Tus.UPLOAD_LENGTH);
        String defer = request.getHeader(Tus.UPLOAD_DEFER_LENGTH);
        if (defer != null && !defer.equals("1")) {
            throw TusException.badRequest("Upload-Defer-Length must be 1");
        }
        if ((length == null) == (defer == null)) {
            throw TusException.badRequest("Send either Upload-Length or Upload-Defer-Length: 1");
        }
        if (length != null) {
            requireWithinMaxSize(length);
        }
        return length;
    }

    private void requireWithinMaxSize(long length) {
        if (length > properties.maxSize().toBytes()) {
            throw TusException.tooLarge("Upload-Length " + length + " exceeds Tus-Max-Size "
                    + properties.maxSize().toBytes());
        }
    }

    /** 404 for a resource that does not exist or belongs to another account: the same answer, on purpose. */
    private void requireResource(String id, OnnaCaller caller) {
        if (!RESOURCE_ID.matcher(id).matches() || !targets.exists(caller.accountId(), id)) {
            throw TusException.resourceNotFound(id);
        }
    }

    private static void requireTusResumable(HttpServletRequest request) {
        if (!Tus.VERSION.equals(request.getHeader(Tus.TUS_RESUMABLE))) {
            throw TusException.unsupportedVersion(request.getHeader(Tus.TUS_RESUMABLE));
        }
    }

    /** TUS: a request using an extension the server does not offer is refused before anything changes. */
    private static void refuseUnsupportedExtensions(HttpServletRequest request) {
        Tus.UNSUPPORTED_EXTENSION_HEADERS.forEach((header, extension) -> {
            if (request.getHeader(header) != null) {
                throw TusException.extensionNotSupported(header, extension);
            }
        });
    }

    private static Long nonNegative(HttpServletRequest request, String header) {
        String value = request.getHeader(header);
        if (value == null) {
            return null;
        }
        if (!NON_NEGATIVE.matcher(value.strip()).matches()) {
            throw TusException.badRequest(header + " must be a non-negative integer below 10^18, got '" + value + "'");
        }
        return Long.valueOf(value.strip());
    }

    private static UploadMetadata metadata(HttpServletRequest request) {
        try {
            return UploadMetadata.parse(request.getHeader(Tus.UPLOAD_METADATA));
        }
        catch (IllegalArgumentException e) {
            throw TusException.badRequest(e.getMessage());
        }
    }

    private static UploadChecksum checksum(HttpServletRequest request) {
        try {
            return UploadChecksum.parse(request.getHeader(Tus.UPLOAD_CHECKSUM));
        }
        catch (IllegalArgumentException e) {
            throw TusException.badRequest(e.getMessage());
        }
    }

    private static boolean isOffsetOctetStream(HttpServletRequest request) {
        try {
            return request.getContentType() != null
                    && Tus.OFFSET_OCTET_STREAM.equalsTypeAndSubtype(MediaType.parseMediaType(request.getContentType()));
        }
        catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void lengthHeaders(ResponseEntity.BodyBuilder response, Upload upload) {
        if (upload.length() == null) {
            response.header(Tus.UPLOAD_DEFER_LENGTH, "1");
        }
        else {
            response.header(Tus.UPLOAD_LENGTH, String.valueOf(upload.length()));
        }
    }

    /** Upload-Expires while the upload is unfinished; a complete upload does not expire. */
    private static ResponseEntity.BodyBuilder expires(ResponseEntity.BodyBuilder response, Upload upload) {
        Instant expiresAt = upload.expiresAt();
        if (!upload.complete() && expiresAt != null) {
            response.header(Tus.UPLOAD_EXPIRES, HTTP_DATE.format(expiresAt));
        }
        return response;
    }
}
