-- Rectification items (整改问题) imported from the report and followed up to 销号.

CREATE TABLE rectification_items (
    id             INTEGER PRIMARY KEY,
    number         INTEGER NOT NULL UNIQUE CHECK (number > 0),
    title          TEXT NOT NULL,
    area           TEXT,
    category_no    INTEGER,
    category       TEXT,
    owner_unit     TEXT,
    owner_id       INTEGER REFERENCES members (id),
    leader_id      INTEGER REFERENCES members (id),
    deadline       TEXT,            -- a day, YYYY-MM-DD
    deadline_text  TEXT,            -- the document's wording (2023年12月底, 长期坚持)
    report_progress TEXT,           -- 整改情况 as the document states it
    status         TEXT NOT NULL DEFAULT '未启动'
                   CHECK (status IN ('未启动', '整改中', '已完成', '长期坚持', '已销号')),
    -- The fields as the last import read them: a revised file changes only what it changed,
    -- so an owner or deadline set in the chat survives re-importing the same file.
    source         TEXT NOT NULL DEFAULT '{}',
    last_activity_at TEXT NOT NULL, -- last progress, or creation: the /stalled rule
    closed_at      TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX rectification_items_owner ON rectification_items (owner_id);
CREATE INDEX rectification_items_deadline ON rectification_items (deadline);

CREATE TABLE rectification_measures (
    id         INTEGER PRIMARY KEY,
    item_id    INTEGER NOT NULL REFERENCES rectification_items (id),
    position   INTEGER NOT NULL CHECK (position > 0),
    text       TEXT NOT NULL,
    status     TEXT NOT NULL DEFAULT '未完成' CHECK (status IN ('未完成', '整改中', '已完成')),
    in_report  INTEGER NOT NULL DEFAULT 1,  -- 0: a revised file dropped it; kept with its status
    updated_at TEXT NOT NULL,
    UNIQUE (item_id, position)
);

CREATE TABLE rectification_updates (
    id          INTEGER PRIMARY KEY,
    item_id     INTEGER NOT NULL REFERENCES rectification_items (id),
    author_id   INTEGER REFERENCES members (id),
    at          TEXT NOT NULL,
    text        TEXT NOT NULL,
    chat_id     INTEGER,
    message_id  INTEGER,
    UNIQUE (chat_id, message_id)  -- a re-delivered or edited message records once
);
CREATE INDEX rectification_updates_item ON rectification_updates (item_id, at);

CREATE TABLE rectification_evidence (
    id              INTEGER PRIMARY KEY,
    update_id       INTEGER NOT NULL REFERENCES rectification_updates (id),
    file_id         TEXT NOT NULL,
    file_unique_id  TEXT,
    kind            TEXT NOT NULL CHECK (kind IN ('photo', 'document', 'video', 'voice', 'audio')),
    file_name       TEXT
);
CREATE INDEX rectification_evidence_update ON rectification_evidence (update_id);

-- Every status change with its instant: the item's history and the digest's weekly trend.
CREATE TABLE rectification_status_changes (
    id          INTEGER PRIMARY KEY,
    item_id     INTEGER NOT NULL REFERENCES rectification_items (id),
    at          TEXT NOT NULL,
    old_status  TEXT,
    new_status  TEXT NOT NULL,
    actor_id    INTEGER REFERENCES members (id)
);
CREATE INDEX rectification_status_changes_at ON rectification_status_changes (at);
CREATE INDEX rectification_status_changes_item ON rectification_status_changes (item_id, at);

-- Which /item cards were posted where, so a photo sent in reply to one finds its item.
CREATE TABLE rectification_cards (
    chat_id     INTEGER NOT NULL,
    message_id  INTEGER NOT NULL,
    item_id     INTEGER NOT NULL REFERENCES rectification_items (id),
    PRIMARY KEY (chat_id, message_id)
);

-- Deadline reminders sent: one per item, stage and deadline, ever.
CREATE TABLE rectification_reminders_sent (
    item_id   INTEGER NOT NULL REFERENCES rectification_items (id),
    kind      TEXT NOT NULL,
    deadline  TEXT NOT NULL,
    sent_at   TEXT NOT NULL,
    PRIMARY KEY (item_id, kind, deadline)
);
