package io.apiemulator.onna.resource;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.apiemulator.kernel.id.Ids;
import io.apiemulator.onna.OnnaException;
import io.apiemulator.onna.folder.Container;
import io.apiemulator.onna.folder.Containers;
import io.apiemulator.onna.workspace.ContainerDeleted;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Files and tickets of one account at a time. Every deletion, alone or with a folder or workspace, is
 * announced as {@link ResourcesDeleted} inside the transaction so that uploads go with their resources.
 */
@Service
class ResourceService {

    private static final Logger log = LoggerFactory.getLogger(ResourceService.class);
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final ResourceRepository resources;
    private final Containers containers;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    ResourceService(ResourceRepository resources, Containers containers, ApplicationEventPublisher events,
            JsonMapper json, Clock clock) {
        this.resources = resources;
        this.containers = containers;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    Resource create(String accountId, ResourceKind kind, ResourceRequests.Create request) {
        Container parent = containers.require(accountId, request.onnaParentId());
        Map<String, Object> attributes = json.convertValue(request, OBJECT);
        attributes.remove("onna_parent_id");
        Resource resource = resources.save(new Resource(Ids.random(kind.idPrefix(), 30, Ids.HEX), accountId, kind,
                parent, attributes, Instant.now(clock)));
        log.info("Onna {} {} created in {}", kind.label().toLowerCase(), resource.getOnnaId(), parent.onnaId());
        return resource;
    }

    @Transactional(readOnly = true)
    Resource get(String accountId, ResourceKind kind, String onnaId) {
        return resources.findByOnnaIdAndAccountIdAndKind(onnaId, accountId, kind)
                .orElseThrow(() -> OnnaException.notFound(kind.label(), onnaId));
    }

    @Transactional
    void delete(String accountId, ResourceKind kind, String onnaId) {
        resources.delete(get(accountId, kind, onnaId));
        events.publishEvent(new ResourcesDeleted(List.of(onnaId)));
        log.info("Onna {} {} deleted", kind.label().toLowerCase(), onnaId);
    }

    @EventListener
    void deleteResourcesInside(ContainerDeleted deleted) {
        List<String> ids = resources.idsInside(deleted.accountId(), deleted.workspaceId(), deleted.path());
        if (!ids.isEmpty()) {
            resources.deleteInside(deleted.accountId(), deleted.workspaceId(), deleted.path());
            events.publishEvent(new ResourcesDeleted(ids));
        }
    }
}
