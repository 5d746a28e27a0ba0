-- MechaMental releases API: bearer tokens with the orgs they may access, apps, releases.
CREATE TABLE mm_token (
    token VARCHAR(200) PRIMARY KEY,
    actor VARCHAR(200) NOT NULL
);

CREATE TABLE mm_token_org (
    token  VARCHAR(200) NOT NULL REFERENCES mm_token (token) ON DELETE CASCADE,
    org_id VARCHAR(200) NOT NULL,
    PRIMARY KEY (token, org_id)
);

-- one row per app; transitions lock it (SELECT ... FOR UPDATE), so they are serialised per app
CREATE TABLE mm_app (
    id                  VARCHAR(40)  PRIMARY KEY,
    org_id              VARCHAR(200) NOT NULL,
    workspace_id        VARCHAR(200) NOT NULL,
    app_id              VARCHAR(200) NOT NULL,
    last_release_number BIGINT       NOT NULL,
    created_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_mm_app UNIQUE (org_id, workspace_id, app_id)
);

CREATE TABLE mm_release (
    id                  VARCHAR(40)   PRIMARY KEY,
    app_key             VARCHAR(40)   NOT NULL REFERENCES mm_app (id) ON DELETE CASCADE,
    release_tag         VARCHAR(128)  NOT NULL,
    release_number      BIGINT        NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    -- equals app_key while the release is active, else NULL: the unique constraint allows one active per app
    active_in_app       VARCHAR(40),
    description         VARCHAR(2000),
    change_log          VARCHAR(10000),
    previous_release_id VARCHAR(40),
    activated_at        TIMESTAMP(6) WITH TIME ZONE,
    activated_by        VARCHAR(200),
    created_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(200)  NOT NULL,
    CONSTRAINT uq_mm_release_tag UNIQUE (app_key, release_tag),
    CONSTRAINT uq_mm_release_number UNIQUE (app_key, release_number),
    CONSTRAINT uq_mm_release_active UNIQUE (active_in_app)
);

CREATE INDEX ix_mm_release_page ON mm_release (app_key, created_at, id);
