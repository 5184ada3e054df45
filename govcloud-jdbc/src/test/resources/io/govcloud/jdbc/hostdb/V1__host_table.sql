-- a host's own migration, run by the host's own Flyway in StoreOpenLogs
CREATE TABLE host_thing (id INTEGER PRIMARY KEY);
