-- Onna resources (files and tickets). path is the parent container's path (see V1_1), attributes the
-- JSON object of the optional fields the client sent; the upload columns stay null until an upload completes.
CREATE TABLE onna_resource (
    onna_id         VARCHAR(64) PRIMARY KEY,
    account_id      VARCHAR(200) NOT NULL,
    kind            VARCHAR(16) NOT NULL,
    parent_id       VARCHAR(64) NOT NULL,
    workspace_id    VARCHAR(64) NOT NULL,
    path            VARCHAR NOT NULL,
    attributes      VARCHAR NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    upload_md5      VARCHAR(32),
    upload_size     BIGINT,
    upload_mime_type VARCHAR,
    upload_filename VARCHAR,
    upload_extension VARCHAR
);

CREATE INDEX onna_resource_workspace ON onna_resource (account_id, workspace_id);
