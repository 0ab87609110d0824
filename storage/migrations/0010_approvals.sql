-- 请假审批. Departments with their head (股室负责人) and supervising leader (分管领导), the
-- bureau-wide posts (局长), and one approval row per request, kept apart from the absence so
-- that every "absence that counts" query stays as it is.
CREATE TABLE departments (
    name           TEXT PRIMARY KEY,
    head_id        INTEGER REFERENCES members (id),
    supervisor_id  INTEGER REFERENCES members (id),
    updated_at     TEXT NOT NULL
);

CREATE TABLE posts (
    post        TEXT PRIMARY KEY CHECK (post IN ('局长')),
    member_id   INTEGER NOT NULL REFERENCES members (id),
    updated_at  TEXT NOT NULL
);

-- kind/start_at/end_at are the period asked for: when the absence no longer matches them,
-- the request is superseded (已失效) and a new one asked. status moves from 待审批 only by a
-- conditional UPDATE, so a double tap or two approvers at once decide once.
CREATE TABLE approvals (
    id                 INTEGER PRIMARY KEY,
    absence_id         INTEGER NOT NULL REFERENCES absences (id),
    approver_id        INTEGER REFERENCES members (id),
    level              TEXT NOT NULL,
    kind               TEXT NOT NULL,
    start_at           TEXT NOT NULL,
    end_at             TEXT NOT NULL,
    days               REAL NOT NULL,
    status             TEXT NOT NULL DEFAULT '待审批'
                       CHECK (status IN ('待审批', '已批准', '未批准', '已撤销', '已失效')),
    requested_at       TEXT NOT NULL,
    notified_at        TEXT,
    notice_chat_id     INTEGER,
    notice_message_id  INTEGER,
    reminded_at        TEXT,
    reason_by          INTEGER REFERENCES members (id),
    reason_until       TEXT,
    decided_by         INTEGER REFERENCES members (id),
    decided_at         TEXT,
    reason             TEXT
);
CREATE UNIQUE INDEX approvals_live ON approvals (absence_id)
    WHERE status IN ('待审批', '已批准', '未批准');
CREATE INDEX approvals_waiting ON approvals (status, requested_at);
CREATE INDEX approvals_reason ON approvals (reason_by) WHERE reason_by IS NOT NULL;
CREATE INDEX approvals_end ON approvals (end_at);
