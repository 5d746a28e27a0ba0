-- Onna workspaces and folders. A container's path lists its ancestors' ids and its own, e.g.
-- /ws.../fd.../fd.../, so that a whole subtree is one prefix query.
CREATE TABLE onna_workspace (
    onna_id       VARCHAR(64) PRIMARY KEY,
    account_id    VARCHAR(200) NOT NULL,
    name          VARCHAR NOT NULL,
    description   VARCHAR NOT NULL,
    tags          VARCHAR NOT NULL,
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    modified_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

-- keyset listing: WHERE account_id = ? AND (created_at, onna_id) > (?, ?) ORDER BY created_at, onna_id
CREATE INDEX onna_workspace_listing ON onna_workspace (account_id, created_at, onna_id);

CREATE TABLE onna_folder (
    onna_id       VARCHAR(64) PRIMARY KEY,
    account_id    VARCHAR(200) NOT NULL,
    workspace_id  VARCHAR(64) NOT NULL,
    path          VARCHAR NOT NULL,
    name          VARCHAR NOT NULL,
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE INDEX onna_folder_workspace ON onna_folder (account_id, workspace_id);
