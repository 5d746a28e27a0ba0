package io.apiemulator.onna.auth;

import java.util.Map;
import java.util.Set;

import io.apiemulator.kernel.state.SeedSection;
import io.apiemulator.onna.SeedFields;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code clients} list of the {@code onna} seed section: OAuth clients created, or updated when the
 * client_id exists. Other keys of the section belong to other Onna packages.
 */
@Component
class OnnaClientSeedSection implements SeedSection {

    private static final Set<String> FIELDS = Set.of("client_id", "client_secret", "account_id", "user_id", "name",
            "surname");
    private static final int MAX_LENGTH = 200;
    private static final int MAX_USER_ID_LENGTH = 320;

    private final OnnaClientRepository clients;

    OnnaClientSeedSection(OnnaClientRepository clients) {
        this.clients = clients;
    }

    @Override
    public String name() {
        return "onna";
    }

    @Override
    @Transactional
    public void apply(Map<String, Object> section) {
        SeedFields.list(section, "clients", "clients", FIELDS).forEach(this::upsert);
    }

    private void upsert(SeedFields c) {
        String clientId = c.required("client_id", MAX_LENGTH);
        String secret = c.required("client_secret", MAX_LENGTH);
        String accountId = c.required("account_id", MAX_LENGTH);
        String userId = c.required("user_id", MAX_USER_ID_LENGTH);
        String name = c.required("name", MAX_LENGTH);
        String surname = c.optional("surname", MAX_LENGTH);
        clients.findById(clientId).ifPresentOrElse(
                existing -> existing.update(secret, accountId, userId, name, surname),
                () -> clients.save(new OnnaClient(clientId, secret, accountId, userId, name, surname)));
    }
}
