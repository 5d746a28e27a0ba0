package io.apiemulator.onna.folder;

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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/folders")
class FolderController {

    private final FolderService folders;

    FolderController(FolderService folders) {
        this.folders = folders;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    FolderResponses.Created create(OnnaCaller caller, @Valid @RequestBody FolderRequests.Create request) {
        return new FolderResponses.Created(folders.create(caller.accountId(), request).getOnnaId());
    }

    @GetMapping("/{onna_id}")
    FolderResponses.Info get(OnnaCaller caller, @PathVariable("onna_id") String onnaId) {
        Folder folder = folders.get(caller.accountId(), onnaId);
        return new FolderResponses.Info(folder.getName(), folder.getOnnaId());
    }

    @PatchMapping(path = "/{onna_id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void update(OnnaCaller caller, @PathVariable("onna_id") String onnaId,
            @Valid @RequestBody FolderRequests.Update request) {
        folders.rename(caller.accountId(), onnaId, request.name());
    }

    @DeleteMapping("/{onna_id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(OnnaCaller caller, @PathVariable("onna_id") String onnaId) {
        folders.delete(caller.accountId(), onnaId);
    }
}
