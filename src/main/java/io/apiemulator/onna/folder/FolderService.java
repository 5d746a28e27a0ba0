package io.apiemulator.onna.folder;

import java.time.Clock;
import java.time.Instant;

import io.apiemulator.kernel.id.Ids;
import io.apiemulator.onna.OnnaException;
import io.apiemulator.onna.workspace.ContainerDeleted;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Folders of one account at a time; deleting one deletes its whole subtree. */
@Service
class FolderService {

    private static final Logger log = LoggerFactory.getLogger(FolderService.class);

    private final FolderRepository folders;
    private final Containers containers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FolderService(FolderRepository folders, Containers containers, ApplicationEventPublisher events, Clock clock) {
        this.folders = folders;
        this.containers = containers;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    Folder create(String accountId, FolderRequests.Create request) {
        Container parent = containers.require(accountId, request.onnaParentId());
        Folder folder = folders.save(new Folder(Ids.random("fd", 30, Ids.HEX), accountId, parent, request.name(),
                Instant.now(clock)));
        log.info("Onna folder {} created in {}", folder.getOnnaId(), parent.onnaId());
        return folder;
    }

    @Transactional(readOnly = true)
    Folder get(String accountId, String onnaId) {
        return folders.findByOnnaIdAndAccountId(onnaId, accountId)
                .orElseThrow(() -> OnnaException.notFound("Folder", onnaId));
    }

    @Transactional
    void rename(String accountId, String onnaId, String name) {
        get(accountId, onnaId).rename(name);
        log.info("Onna folder {} renamed", onnaId);
    }

    /** The folder's own row goes with its subtree: its path starts with its own path. */
    @Transactional
    void delete(String accountId, String onnaId) {
        Folder folder = get(accountId, onnaId);
        events.publishEvent(new ContainerDeleted(accountId, folder.getWorkspaceId(), folder.getPath()));
        log.info("Onna folder {} deleted with its contents", onnaId);
    }

    @EventListener
    void deleteFoldersInside(ContainerDeleted deleted) {
        folders.deleteSubtree(deleted.accountId(), deleted.workspaceId(), deleted.path());
    }
}
