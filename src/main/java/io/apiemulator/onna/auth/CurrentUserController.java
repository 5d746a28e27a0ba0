package io.apiemulator.onna.auth;

import java.util.LinkedHashMap;
import java.util.Map;

import io.apiemulator.onna.OnnaException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CurrentUserController {

    private final OnnaClientRepository clients;

    CurrentUserController(OnnaClientRepository clients) {
        this.clients = clients;
    }

    @GetMapping("/v1/oauth/user")
    Map<String, Object> currentUser(OnnaCaller caller) {
        OnnaClient client = clients.findById(caller.clientId())
                .orElseThrow(() -> new OnnaException(HttpStatus.UNAUTHORIZED, "The token's client no longer exists"));
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("account_id", client.getAccountId());
        user.put("id", client.getUserId());
        user.put("name", client.getName());
        user.put("surname", client.getSurname());
        return user;
    }
}
