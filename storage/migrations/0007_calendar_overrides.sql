-- Days an admin declared from the chat (/holiday, /workday): they win over the statutory
-- data, so a year chinese-calendar does not know yet is right without a release or restart.
CREATE TABLE calendar_overrides (
    day         TEXT PRIMARY KEY,           -- 2027-01-01, office date
    workday     INTEGER NOT NULL CHECK (workday IN (0, 1)),
    name        TEXT,
    set_by      INTEGER REFERENCES members (id),
    set_at      TEXT NOT NULL
);

-- The bot's question, so a typed answer or a reply to it finds the report it completes,
-- also after a restart.
ALTER TABLE pending_reports ADD COLUMN question_chat_id INTEGER;
ALTER TABLE pending_reports ADD COLUMN question_message_id INTEGER;
CREATE INDEX pending_reports_open ON pending_reports (member_id, chat_id, resolved_at);
