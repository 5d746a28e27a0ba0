package io.apiemulator.onna.auth;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The token's user, from its claims: no database read. */
@RestController
class CurrentUserController {

    @GetMapping("/v1/oauth/user")
    Map<String, Object> currentUser(OnnaCaller caller) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("account_id", caller.accountId());
        user.put("id", caller.userId());
        user.put("name", caller.name());
        user.put("surname", caller.surname());
        return user;
    }
}
