-- The durable inbox (updates are stored before Telegram is told they arrived) and the one
-- outbox every scheduled post goes through (claimed, sent, Telegram's answer recorded).

-- One row per update fetched from Telegram, written in the same transaction as the next
-- getUpdates offset (kv 'inbox.offset'). handled_at is set in the transaction of the
-- update's first change (or after its handling, when it changed nothing), so an update
-- whose handling was cut short by a kill is handled again on start, and records once.
-- starts counts the starts that found the row unhandled: a row that kills the bot every
-- time is set aside after a few.
CREATE TABLE inbox (
    update_id    INTEGER PRIMARY KEY,
    payload      TEXT NOT NULL,          -- the update's JSON, as Telegram sent it
    received_at  TEXT NOT NULL,
    handled_at   TEXT,
    starts       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX inbox_waiting ON inbox (update_id) WHERE handled_at IS NULL;

-- One row per part of a post (the digest: its text, then its chart), by the post's key
-- (e.g. 'morning:2026-11-30:-100123', 'digest:2026-W48:-100123'). A row is written
-- 'pending' before anything is sent and becomes 'sent' with Telegram's message id in the
-- transaction right after Telegram's answer; a post is done when every part is 'sent'.
-- 'failed': Telegram refused for good (Forbidden, a bad request); never retried.
CREATE TABLE outbox (
    id          INTEGER PRIMARY KEY,
    post_key    TEXT NOT NULL,
    part        INTEGER NOT NULL DEFAULT 0,
    chat_id     INTEGER NOT NULL,
    method      TEXT NOT NULL,           -- sendMessage | sendPhoto
    payload     TEXT NOT NULL DEFAULT '{}',  -- JSON: text, caption, file name, reply markup
    file        BLOB,                    -- a chart's PNG
    due_at      TEXT NOT NULL,           -- UTC; when the post was meant to go out
    claimed_at  TEXT NOT NULL,           -- UTC; a part sent well after this is marked 补发
    expires_at  TEXT,                    -- UTC; past it, a part not sent is pointless: dropped
    state       TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    sent_at     TEXT,
    message_id  INTEGER,
    error       TEXT,
    UNIQUE (post_key, part)
);
CREATE INDEX outbox_waiting ON outbox (due_at) WHERE state = 'pending';

-- Reports recorded whose confirmation is owed (a kill between the record and its answer).
CREATE INDEX absences_unconfirmed ON absences (created_at) WHERE reply_message_id IS NULL;

-- What the old ledgers knew was sent is sent: nothing goes out twice after the upgrade.
INSERT OR IGNORE INTO outbox
    (post_key, part, chat_id, method, due_at, claimed_at, state, sent_at, message_id)
SELECT kind || ':' || period || ':' || chat_id, 0, chat_id, 'sendMessage', sent_at, sent_at,
       'sent', sent_at, message_id
FROM posts_sent;

INSERT OR IGNORE INTO outbox (post_key, part, chat_id, method, due_at, claimed_at, state, sent_at)
SELECT key, 0, 0, 'sendMessage', sent_at, sent_at, 'sent', sent_at FROM once_notices;

-- Reminder firings claimed by the old code and never finished were never sent again there.
UPDATE reminder_firings SET outcome = 'unknown' WHERE outcome = 'sending';

DROP TABLE posts_sent;
DROP TABLE once_notices;
