-- Nuon: orgs, the accounts behind API tokens, apps, components, builds and releases (steps are derived)
CREATE TABLE nuon_org (
    id         VARCHAR(26) PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE TABLE nuon_account (
    id         VARCHAR(26) PRIMARY KEY,
    token      VARCHAR(500) NOT NULL UNIQUE,
    email      VARCHAR(320) NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE TABLE nuon_account_org (
    account_id VARCHAR(26) NOT NULL REFERENCES nuon_account (id),
    org_id     VARCHAR(26) NOT NULL REFERENCES nuon_org (id),
    PRIMARY KEY (account_id, org_id)
);

CREATE TABLE nuon_app (
    id         VARCHAR(26) PRIMARY KEY,
    org_id     VARCHAR(26) NOT NULL REFERENCES nuon_org (id),
    name       VARCHAR(200) NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE TABLE nuon_component (
    id         VARCHAR(26) PRIMARY KEY,
    org_id     VARCHAR(26) NOT NULL REFERENCES nuon_org (id),
    app_id     VARCHAR(26) NOT NULL REFERENCES nuon_app (id),
    name       VARCHAR(200) NOT NULL,
    type       VARCHAR(40) NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE TABLE nuon_build (
    id            VARCHAR(26) PRIMARY KEY,
    org_id        VARCHAR(26) NOT NULL REFERENCES nuon_org (id),
    component_id  VARCHAR(26) NOT NULL REFERENCES nuon_component (id),
    git_ref       VARCHAR(255) NOT NULL,
    created_by_id VARCHAR(26) NOT NULL,
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    step_nanos    BIGINT NOT NULL,
    fails         BOOLEAN NOT NULL
);
CREATE INDEX nuon_build_component ON nuon_build (component_id, created_at);

CREATE TABLE nuon_release (
    id                VARCHAR(26) PRIMARY KEY,
    org_id            VARCHAR(26) NOT NULL REFERENCES nuon_org (id),
    app_id            VARCHAR(26) NOT NULL REFERENCES nuon_app (id),
    component_id      VARCHAR(26) NOT NULL REFERENCES nuon_component (id),
    build_id          VARCHAR(26) NOT NULL REFERENCES nuon_build (id),
    created_by_id     VARCHAR(26) NOT NULL,
    created_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    step_nanos        BIGINT NOT NULL,
    delay_nanos       BIGINT NOT NULL,
    installs_per_step INTEGER NOT NULL
);
CREATE INDEX nuon_release_component ON nuon_release (component_id, created_at);
CREATE INDEX nuon_release_app ON nuon_release (app_id, created_at);

CREATE TABLE nuon_release_install (
    release_id VARCHAR(26) NOT NULL REFERENCES nuon_release (id),
    position   INTEGER NOT NULL,
    install_id VARCHAR(255) NOT NULL,
    PRIMARY KEY (release_id, position)
);
