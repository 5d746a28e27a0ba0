package io.apiemulator.onna;

import io.apiemulator.kernel.startup.StartupAnnouncement;
import io.apiemulator.kernel.state.SeedSection;
import io.apiemulator.onna.auth.OnnaClientSeeder;
import io.apiemulator.onna.folder.ContainerSeeder;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Onna's seed section: the clients of {@code emulator.onna.clients}, or a document's clients and workspaces. */
@Component
// the ready line lists the families in the order of the README: Onna, Nuon, MechaMental
@Order(1)
class OnnaSeeding extends SeedSection<OnnaSeed> implements StartupAnnouncement {

    private final OnnaProperties properties;
    private final OnnaClientSeeder clients;
    private final ContainerSeeder containers;

    OnnaSeeding(OnnaProperties properties, OnnaClientSeeder clients, ContainerSeeder containers) {
        super("onna");
        this.properties = properties;
        this.clients = clients;
        this.containers = containers;
    }

    @Override
    public OnnaSeed configured() {
        return new OnnaSeed(properties.clients().stream().map(c -> new OnnaSeed.Client(c.clientId(),
                c.clientSecret(), c.accountId(), c.userId(), c.name(), c.surname())).toList(), null);
    }

    @Override
    public void apply(OnnaSeed section) {
        section.clients().forEach(clients::upsert);
        containers.upsert(section.workspaces());
    }

    @Override
    public String describe() {
        return properties.clients().isEmpty() ? "onna: no OAuth client configured"
                : "onna client_id=" + properties.clients().get(0).clientId() + " client_secret="
                        + properties.clients().get(0).clientSecret();
    }
}
