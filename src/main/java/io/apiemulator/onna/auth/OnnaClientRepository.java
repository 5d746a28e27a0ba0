package io.apiemulator.onna.auth;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OnnaClientRepository extends JpaRepository<OnnaClient, String> {
}
