-- Reminders (/remind) with their firing log, the flood-season duty roster (值班表) with its
-- check-ins, and the once-only notices that keep scheduled posts to exactly one.

CREATE TABLE reminders (
    id                 INTEGER PRIMARY KEY,
    creator_id         INTEGER NOT NULL REFERENCES members (id),
    chat_id            INTEGER NOT NULL,   -- where it posts: a group, or the creator's private chat
    personal           INTEGER NOT NULL DEFAULT 0 CHECK (personal IN (0, 1)),
    mention_chat_id    INTEGER,            -- personal: the group to mention them in if private fails
    schedule           TEXT NOT NULL,      -- JSON of bot.domain.schedule_rules.Schedule.to_dict()
    text               TEXT NOT NULL,
    status             TEXT NOT NULL DEFAULT 'active'
                       CHECK (status IN ('active', 'paused', 'done', 'deleted')),
    next_fire_at       TEXT,               -- UTC; the earliest occurrence not yet handled
    last_fired_at      TEXT,               -- UTC; the occurrence last handled (sent or skipped)
    source_chat_id     INTEGER,
    source_message_id  INTEGER,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX reminders_due ON reminders (status, next_fire_at);
CREATE INDEX reminders_creator ON reminders (creator_id, status);
-- /remind delivered twice by Telegram creates one reminder.
CREATE UNIQUE INDEX reminders_source ON reminders (source_chat_id, source_message_id);

-- One row per occurrence handled, written in the same transaction that moves next_fire_at on.
-- outcome: 'sending' (claimed, message on its way), 'sent', 'skipped' (missed beyond the grace
-- period or superseded by a newer occurrence), 'failed' (Telegram refused), 'unknown' (the
-- process stopped between claim and send: never retried, so nothing is ever sent twice).
CREATE TABLE reminder_firings (
    id            INTEGER PRIMARY KEY,
    reminder_id   INTEGER NOT NULL REFERENCES reminders (id),
    scheduled_at  TEXT NOT NULL,
    decided_at    TEXT NOT NULL,
    outcome       TEXT NOT NULL
                  CHECK (outcome IN ('sending', 'sent', 'skipped', 'failed', 'unknown')),
    late          INTEGER NOT NULL DEFAULT 0,
    chat_id       INTEGER,
    message_id    INTEGER,
    sent_at       TEXT,
    UNIQUE (reminder_id, scheduled_at)
);

-- The duty roster: one row per person, day and role. checkin_at (UTC) is the 值班登记 that the
-- attendance workbook reads.
CREATE TABLE duty_roster (
    id                  INTEGER PRIMARY KEY,
    day                 TEXT NOT NULL,     -- office-local date, YYYY-MM-DD
    member_id           INTEGER NOT NULL REFERENCES members (id),
    role                TEXT NOT NULL CHECK (role IN ('带班', '值班')),
    checkin_at          TEXT,
    checkin_note        TEXT,
    checkin_chat_id     INTEGER,
    checkin_message_id  INTEGER,
    imported_at         TEXT NOT NULL,
    UNIQUE (day, member_id, role)
);
CREATE INDEX duty_roster_member ON duty_roster (member_id, day);

-- Scheduled notices that must go out at most once (duty posts, nudges, warnings), by key,
-- e.g. 'duty.post:2026-06-01:-100123', 'calendar:2027'. Claimed before sending.
CREATE TABLE once_notices (
    key      TEXT PRIMARY KEY,
    sent_at  TEXT NOT NULL
);
