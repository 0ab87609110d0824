-- Members, the audit trail and the update de-duplication table.
CREATE TABLE members (
    id            INTEGER PRIMARY KEY,
    tg_user_id    INTEGER UNIQUE,
    tg_username   TEXT,
    display_name  TEXT NOT NULL DEFAULT '',
    real_name     TEXT UNIQUE,
    department    TEXT,
    hire_date     TEXT,
    role          TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'leader', 'admin')),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX members_username ON members (lower(tg_username));

-- Who changed what, when, from which message. Written in the same transaction as the change.
CREATE TABLE audit (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor_id    INTEGER REFERENCES members (id),
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   INTEGER,
    chat_id     INTEGER,
    message_id  INTEGER,
    detail      TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_entity ON audit (entity, entity_id);

-- Telegram re-delivers an update when the bot stopped before confirming it.
CREATE TABLE seen_updates (
    update_id  INTEGER PRIMARY KEY,
    seen_at    TEXT NOT NULL
);

-- Small facts the bot keeps between runs (e.g. the console's last clock).
CREATE TABLE kv (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
