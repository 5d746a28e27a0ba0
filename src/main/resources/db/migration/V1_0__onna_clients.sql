CREATE TABLE onna_client (
    client_id     VARCHAR(200) PRIMARY KEY,
    client_secret VARCHAR(200) NOT NULL,
    account_id    VARCHAR(200) NOT NULL,
    user_id       VARCHAR(320) NOT NULL,
    name          VARCHAR(200) NOT NULL,
    surname       VARCHAR(200)
);
