package io.apiemulator.onna.auth;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.apiemulator.kernel.state.InvalidSeedException;
import io.apiemulator.kernel.state.SeedSection;

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
        Object list = section.get("clients");
        if (list == null) {
            return;
        }
        if (!(list instanceof List<?> items)) {
            throw new InvalidSeedException("clients must be a list");
        }
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof Map<?, ?> item)) {
                throw new InvalidSeedException("clients[" + i + "] must be an object");
            }
            upsert(new ClientFields("clients[" + i + "]", item));
        }
    }

    private void upsert(ClientFields c) {
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

    /** One entry of the list, read strictly: only known fields, strings of bounded length. */
    private record ClientFields(String where, Map<?, ?> item) {

        ClientFields {
            for (Object key : item.keySet()) {
                if (!FIELDS.contains(String.valueOf(key))) {
                    throw new InvalidSeedException(where + ": unknown field '" + key + "'; known fields: "
                            + FIELDS.stream().sorted().toList());
                }
            }
        }

        String required(String field, int maxLength) {
            String value = optional(field, maxLength);
            if (value == null || value.isBlank()) {
                throw new InvalidSeedException(where + "." + field + " is required");
            }
            return value;
        }

        String optional(String field, int maxLength) {
            Object value = item.get(field);
            if (value == null) {
                return null;
            }
            if (!(value instanceof String text)) {
                throw new InvalidSeedException(where + "." + field + " must be a string");
            }
            if (text.length() > maxLength) {
                throw new InvalidSeedException(where + "." + field + " is longer than " + maxLength + " characters");
            }
            return text;
        }
    }
}
