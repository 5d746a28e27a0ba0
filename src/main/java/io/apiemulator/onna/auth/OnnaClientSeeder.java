package io.apiemulator.onna.auth;

import io.apiemulator.kernel.startup.StartupAnnouncement;
import io.apiemulator.kernel.state.Seeder;
import io.apiemulator.onna.OnnaProperties;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates or refreshes the OAuth clients listed under {@code emulator.onna.clients}. */
@Component
// the ready line lists the families in the order of the README: Onna, Nuon, MechaMental
@Order(1)
class OnnaClientSeeder implements Seeder, StartupAnnouncement {

    private final OnnaProperties properties;
    private final OnnaClientRepository clients;

    OnnaClientSeeder(OnnaProperties properties, OnnaClientRepository clients) {
        this.properties = properties;
        this.clients = clients;
    }

    @Override
    @Transactional
    public void seed() {
        for (OnnaProperties.Client c : properties.clients()) {
            clients.findById(c.clientId()).ifPresentOrElse(
                    existing -> existing.update(c.clientSecret(), c.accountId(), c.userId(), c.name(), c.surname()),
                    () -> clients.save(new OnnaClient(c.clientId(), c.clientSecret(), c.accountId(), c.userId(),
                            c.name(), c.surname())));
        }
    }

    @Override
    public String describe() {
        return properties.clients().isEmpty() ? "onna: no OAuth client configured"
                : "onna client_id=" + properties.clients().get(0).clientId() + " client_secret="
                        + properties.clients().get(0).clientSecret();
    }
}
