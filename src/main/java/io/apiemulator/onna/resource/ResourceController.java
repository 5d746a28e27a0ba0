package io.apiemulator.onna.resource;

import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.Valid;

import io.apiemulator.onna.auth.OnnaCaller;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Files and tickets under {@code /v1/resources}. Read File answers 201, as the vendor documents it; Read
 * Ticket answers 200.
 */
@RestController
@RequestMapping("/v1/resources")
class ResourceController {

    private final ResourceService resources;

    ResourceController(ResourceService resources) {
        this.resources = resources;
    }

    @PostMapping(path = "/files", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> createFile(OnnaCaller caller, @Valid @RequestBody ResourceRequests.File request) {
        return created(resources.create(caller.accountId(), ResourceKind.FILE, request));
    }

    @GetMapping("/files/{onna_id}")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> readFile(OnnaCaller caller, @PathVariable("onna_id") String onnaId) {
        return read(resources.get(caller.accountId(), ResourceKind.FILE, onnaId));
    }

    @DeleteMapping("/files/{onna_id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteFile(OnnaCaller caller, @PathVariable("onna_id") String onnaId) {
        resources.delete(caller.accountId(), ResourceKind.FILE, onnaId);
    }

    @PostMapping(path = "/tickets", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> createTicket(OnnaCaller caller, @Valid @RequestBody ResourceRequests.Ticket request) {
        return created(resources.create(caller.accountId(), ResourceKind.TICKET, request));
    }

    @GetMapping("/tickets/{onna_id}")
    Map<String, Object> readTicket(OnnaCaller caller, @PathVariable("onna_id") String onnaId) {
        return read(resources.get(caller.accountId(), ResourceKind.TICKET, onnaId));
    }

    @DeleteMapping("/tickets/{onna_id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteTicket(OnnaCaller caller, @PathVariable("onna_id") String onnaId) {
        resources.delete(caller.accountId(), ResourceKind.TICKET, onnaId);
    }

    private static Map<String, String> created(Resource resource) {
        return Map.of("onna_id", resource.getOnnaId());
    }

    /**
     * The stored fields plus the resource's place and, for files, what its upload revealed (absent before
     * one completed); {@code onna_url} is where this server serves the resource. Keys in alphabetical order.
     */
    private static Map<String, Object> read(Resource resource) {
        Map<String, Object> body = new TreeMap<>(resource.getAttributes());
        body.put("onna_id", resource.getOnnaId());
        body.put("onna_parent_id", resource.getParentId());
        body.put("onna_url", ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(resource.getKind().readPath(resource.getOnnaId())).toUriString());
        UploadedFile upload = resource.upload();
        if (resource.getKind() == ResourceKind.FILE && upload != null) {
            body.put("md5", upload.md5());
            body.put("size", upload.size());
            putIfPresent(body, "mime_type", upload.mimeType());
            putIfPresent(body, "filename", upload.filename());
            putIfPresent(body, "extension", upload.extension());
        }
        return body;
    }

    private static void putIfPresent(Map<String, Object> body, String key, Object value) {
        if (value != null) {
            body.put(key, value);
        }
    }
}
