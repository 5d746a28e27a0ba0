package io.apiemulator.onna.workspace;

import jakarta.validation.Valid;

import io.apiemulator.onna.auth.OnnaCaller;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/workspaces")
class WorkspaceController {

    private final WorkspaceService workspaces;

    WorkspaceController(WorkspaceService workspaces) {
        this.workspaces = workspaces;
    }

    @GetMapping
    WorkspaceResponses.Page list(OnnaCaller caller, @RequestParam(required = false) String cursor) {
        return workspaces.list(caller.accountId(), cursor);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    WorkspaceResponses.Created create(OnnaCaller caller, @Valid @RequestBody WorkspaceRequests.Create request) {
        return new WorkspaceResponses.Created(workspaces.create(caller.accountId(), request).getOnnaId());
    }

    @GetMapping("/{onna_id}")
    WorkspaceResponses.Info get(OnnaCaller caller, @PathVariable("onna_id") String onnaId) {
        return WorkspaceResponses.Info.of(workspaces.get(caller.accountId(), onnaId));
    }

    @PatchMapping(path = "/{onna_id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void update(OnnaCaller caller, @PathVariable("onna_id") String onnaId,
            @Valid @RequestBody WorkspaceRequests.Update request) {
        workspaces.update(caller.accountId(), onnaId, request);
    }

    @DeleteMapping("/{onna_id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(OnnaCaller caller, @PathVariable("onna_id") String onnaId) {
        workspaces.delete(caller.accountId(), onnaId);
    }
}
