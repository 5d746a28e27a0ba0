package io.apiemulator.kernel.state;

import java.util.UUID;

import io.apiemulator.support.ApiTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reset seeds its emptied tables with look-ups that send no SQL: the configured state and the seed file may
 * describe the same rows, so every look-up must find what the same seeding wrote just before, as the database
 * look-ups do.
 */
class SeedLookupTest extends ApiTest {

    @Autowired
    private SeedDocuments documents;

    @Autowired
    private SeedLookup lookup;

    @Autowired
    private PlatformTransactionManager transactions;

    @Autowired
    private JdbcTemplate jdbc;

    private final String key = UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Test
    void seedingIntoEmptyTablesFindsWhatItWroteBefore() {
        // unique keys: no stored row matches them, as after a reset's TRUNCATE
        SeedDocument configured = documents.read("""
                onna:
                  clients: [{client_id: c-%1$s, client_secret: first, account_id: acc-%1$s, user_id: u, name: N, surname: S}]
                  workspaces:
                    - {account_id: acc-%1$s, name: W, folders: [{name: F, folders: [{name: G}]}]}
                nuon:
                  orgs: [{id: org%2$s, tokens: [tok-%1$s]}]
                mechamental:
                  apps: [{org: o-%1$s, workspace: w, app: a}]
                """.formatted(key, "00000000000" + key));
        SeedDocument file = documents.read("""
                onna:
                  clients: [{client_id: c-%1$s, client_secret: second, account_id: acc-%1$s, user_id: u, name: N, surname: S}]
                  workspaces:
                    - {account_id: acc-%1$s, name: W, folders: [{name: F, folders: [{name: G}, {name: H}]}]}
                nuon:
                  orgs: [{id: org%2$s, tokens: [tok-%1$s]}]
                mechamental:
                  apps: [{org: o-%1$s, workspace: w, app: a, releases: [{release_tag: v1, status: active}]}]
                """.formatted(key, "11111111111" + key));

        new TransactionTemplate(transactions).executeWithoutResult(tx -> lookup.intoEmptyTables(() -> {
            documents.apply(configured, file);
            return null;
        }));
        assertOneOfEach();

        // the same documents applied the ordinary way, with database look-ups, change nothing
        documents.apply(configured, file);
        assertOneOfEach();
    }

    private void assertOneOfEach() {
        assertThat(jdbc.queryForObject("select client_secret from onna_client where client_id = ?", String.class,
                "c-" + key)).isEqualTo("second");
        String workspace = jdbc.queryForObject("select onna_id from onna_workspace where account_id = ?",
                String.class, "acc-" + key);
        assertThat(jdbc.queryForList("select name from onna_folder where workspace_id = ? order by name",
                String.class, workspace)).containsExactly("F", "G", "H");
        String account = jdbc.queryForObject("select id from nuon_account where token = ?", String.class,
                "tok-" + key);
        assertThat(jdbc.queryForList("select org_id from nuon_account_org where account_id = ? order by org_id",
                String.class, account)).containsExactly("org00000000000" + key, "org11111111111" + key);
        String app = jdbc.queryForObject("select id from mm_app where org_id = ?", String.class, "o-" + key);
        assertThat(jdbc.queryForList("select status from mm_release where app_key = ?", String.class, app))
                .containsExactly("ACTIVE");
    }
}
