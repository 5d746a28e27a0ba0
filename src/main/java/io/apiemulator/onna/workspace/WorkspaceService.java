package io.apiemulator.onna.workspace;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.apiemulator.kernel.id.Ids;
import io.apiemulator.kernel.page.KeysetCursor;
import io.apiemulator.onna.OnnaException;
import io.apiemulator.onna.OnnaProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Workspaces of one account at a time: another account's workspace does not exist for the caller. */
@Service
class WorkspaceService {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceService.class);

    private final WorkspaceRepository workspaces;
    private final ApplicationEventPublisher events;
    private final OnnaProperties properties;
    private final Clock clock;

    WorkspaceService(WorkspaceRepository workspaces, ApplicationEventPublisher events, OnnaProperties properties,
            Clock clock) {
        this.workspaces = workspaces;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    Workspace create(String accountId, WorkspaceRequests.Create request) {
        Workspace workspace = workspaces.save(new Workspace(Ids.random("ws", 30, Ids.HEX), accountId, request.name(),
                request.description() == null ? "" : request.description(),
                request.tags() == null ? List.of() : request.tags(), Instant.now(clock)));
        log.info("Onna workspace {} created for account {}", workspace.getOnnaId(), accountId);
        return workspace;
    }

    @Transactional(readOnly = true)
    Workspace get(String accountId, String onnaId) {
        // by primary key, then the tenancy check: Hibernate's id loader skips the query's plan lookup and binding
        return workspaces.findById(onnaId).filter(workspace -> workspace.getAccountId().equals(accountId))
                .orElseThrow(() -> OnnaException.notFound("Workspace", onnaId));
    }

    /**
     * One page in creation order, plus the cursor of the next page when there is one. The cursor is the
     * keyset position {@code timestamp//onna_id} of the page's last workspace, as Onna documents it.
     */
    @Transactional(readOnly = true)
    WorkspaceResponses.Page list(String accountId, String cursor) {
        int size = properties.pageSize();
        Limit limit = Limit.of(size + 1);
        List<Workspace> rows = cursor == null || cursor.isBlank() ? workspaces.firstPage(accountId, limit)
                : KeysetCursor.parsePlain(cursor)
                        .map(after -> workspaces.pageAfter(accountId, after.createdAt(), after.id(), limit))
                        .orElseThrow(() -> new OnnaException(HttpStatus.UNPROCESSABLE_CONTENT,
                                "cursor: not a cursor returned by this API"));
        List<Workspace> page = rows.subList(0, Math.min(size, rows.size()));
        String next = rows.size() > size ? new KeysetCursor(page.get(size - 1).getCreatedAt(),
                page.get(size - 1).getOnnaId()).plain() : null;
        return new WorkspaceResponses.Page(next,
                page.stream().map(w -> new WorkspaceResponses.Item(w.getName(), w.getOnnaId())).toList());
    }

    @Transactional
    void update(String accountId, String onnaId, WorkspaceRequests.Update request) {
        Workspace workspace = get(accountId, onnaId);
        if (request.name() != null) {
            workspace.rename(request.name());
        }
        if (request.description() != null) {
            workspace.describe(request.description());
        }
        if (request.tags() != null) {
            workspace.tag(request.tags());
        }
        workspace.touch(Instant.now(clock));
        log.info("Onna workspace {} updated", onnaId);
    }

    /** Deletes the workspace and, through {@link ContainerDeleted}, every folder and resource in it. */
    @Transactional
    void delete(String accountId, String onnaId) {
        Workspace workspace = get(accountId, onnaId);
        workspaces.delete(workspace);
        events.publishEvent(new ContainerDeleted(accountId, onnaId, Workspace.rootPath(onnaId)));
        log.info("Onna workspace {} deleted with its contents", onnaId);
    }
}
