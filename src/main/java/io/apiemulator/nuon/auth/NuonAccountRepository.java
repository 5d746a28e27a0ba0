package io.apiemulator.nuon.auth;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NuonAccountRepository extends JpaRepository<NuonAccount, String> {

    Optional<NuonAccount> findByToken(String token);
}
