package io.apiemulator.onna.folder;

import java.util.Optional;

import io.apiemulator.onna.OnnaException;
import io.apiemulator.onna.workspace.Workspace;
import io.apiemulator.onna.workspace.WorkspaceRepository;

import org.springframework.stereotype.Component;

/** Resolves an {@code onna_parent_id}: a workspace or folder of the caller's account, or 404. */
@Component
public class Containers {

    private final WorkspaceRepository workspaces;
    private final FolderRepository folders;

    Containers(WorkspaceRepository workspaces, FolderRepository folders) {
        this.workspaces = workspaces;
        this.folders = folders;
    }

    public Container require(String accountId, String parentId) {
        return find(accountId, parentId).orElseThrow(() -> OnnaException.notFound("Parent", parentId));
    }

    private Optional<Container> find(String accountId, String parentId) {
        return workspaces.findByOnnaIdAndAccountId(parentId, accountId)
                .map(w -> new Container(w.getOnnaId(), w.getOnnaId(), Workspace.rootPath(w.getOnnaId())))
                .or(() -> folders.findByOnnaIdAndAccountId(parentId, accountId).map(Folder::asContainer));
    }
}
