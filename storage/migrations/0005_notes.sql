-- Discipline notes (作风督查记录): when, what, by whom, and the people checked, each with the
-- absence report that covered them at the time (NULL: not reported, 未报备).
CREATE TABLE notes (
    id                 INTEGER PRIMARY KEY,
    author_id          INTEGER NOT NULL REFERENCES members (id),
    at                 TEXT NOT NULL,      -- UTC; the checked instant, or the start of a span
    until_at           TEXT,               -- UTC; end of a checked span (今天上午), else NULL
    category           TEXT NOT NULL
                       CHECK (category IN ('迟到', '早退', '脱岗', '未报备外出', '工作纪律', '其他')),
    text               TEXT NOT NULL,
    status             TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'deleted')),
    source_chat_id     INTEGER,
    source_message_id  INTEGER,
    reply_chat_id      INTEGER,
    reply_message_id   INTEGER,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    deleted_at         TEXT,
    deleted_by         INTEGER REFERENCES members (id)
);
-- A /note delivered twice records once.
CREATE UNIQUE INDEX notes_source ON notes (source_chat_id, source_message_id);
CREATE INDEX notes_at ON notes (status, at);

-- No primary key on (note_id, member_id): /iam merges member rows by re-pointing references,
-- which must never fail on a uniqueness clash.
CREATE TABLE note_people (
    id          INTEGER PRIMARY KEY,
    note_id     INTEGER NOT NULL REFERENCES notes (id),
    member_id   INTEGER NOT NULL REFERENCES members (id),
    absence_id  INTEGER REFERENCES absences (id)
);
CREATE INDEX note_people_note ON note_people (note_id);
CREATE INDEX note_people_member ON note_people (member_id);
