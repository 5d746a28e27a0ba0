-- One TUS upload per Onna resource. The bytes live on disk under <data-dir>/uploads/<resource_id>/;
-- this row says how many of them are committed (fsync'd) and who may append next.
CREATE TABLE onna_upload (
    resource_id   VARCHAR(64)                 PRIMARY KEY,
    account_id    VARCHAR(200)                NOT NULL,
    upload_length BIGINT,
    upload_offset BIGINT                      NOT NULL,
    metadata      VARCHAR(8192),
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP(6) WITH TIME ZONE,
    completed_at  TIMESTAMP(6) WITH TIME ZONE,
    claim_token   VARCHAR(64),
    claimed_until TIMESTAMP(6) WITH TIME ZONE
);

CREATE INDEX onna_upload_expires_at ON onna_upload (expires_at);
