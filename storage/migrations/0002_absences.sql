-- Absence reports (请假/外出报备), questions awaiting an answer, annual-leave overrides and
-- the marks that keep daily posts to one per day.
CREATE TABLE absences (
    id                 INTEGER PRIMARY KEY,
    member_id          INTEGER NOT NULL REFERENCES members (id),
    reporter_id        INTEGER REFERENCES members (id),
    kind               TEXT NOT NULL,
    start_at           TEXT NOT NULL,
    end_at             TEXT NOT NULL,
    planned_end_at     TEXT NOT NULL,
    reason             TEXT,
    days               REAL NOT NULL DEFAULT 0,
    status             TEXT NOT NULL DEFAULT 'active'
                       CHECK (status IN ('active', 'cancelled', 'ended', 'amended')),
    source_chat_id     INTEGER,
    source_message_id  INTEGER,
    source_text        TEXT NOT NULL DEFAULT '',
    reply_chat_id      INTEGER,
    reply_message_id   INTEGER,
    return_reminded_at TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    CHECK (end_at > start_at)
);
-- A message recorded once per person it names, however often Telegram delivers it.
CREATE UNIQUE INDEX absences_source ON absences (source_chat_id, source_message_id, member_id);
CREATE INDEX absences_member ON absences (member_id, start_at);
CREATE INDEX absences_period ON absences (start_at, end_at);

-- A doubtful report waits here for the reporter's answer; nothing is recorded until then.
CREATE TABLE pending_reports (
    id                 INTEGER PRIMARY KEY,
    member_id          INTEGER NOT NULL REFERENCES members (id),
    chat_id            INTEGER NOT NULL,
    message_id         INTEGER NOT NULL,
    text               TEXT NOT NULL,
    report             TEXT NOT NULL,
    problem            TEXT NOT NULL,
    created_at         TEXT NOT NULL,
    resolved_at        TEXT,
    UNIQUE (chat_id, message_id)
);

CREATE TABLE annual_leave_overrides (
    member_id  INTEGER NOT NULL REFERENCES members (id),
    year       INTEGER NOT NULL,
    days       REAL NOT NULL CHECK (days >= 0 AND days <= 365),
    PRIMARY KEY (member_id, year)
);

-- One row per scheduled post that went out (e.g. the morning roll call of a day).
CREATE TABLE posts_sent (
    kind        TEXT NOT NULL,
    period      TEXT NOT NULL,
    chat_id     INTEGER NOT NULL,
    sent_at     TEXT NOT NULL,
    message_id  INTEGER,
    PRIMARY KEY (kind, period, chat_id)
);
