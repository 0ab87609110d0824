-- A report's confirmation is owed only when sending it is known to have failed (Telegram
-- unreachable, flood control beyond patience). A confirmation that was on its way when the
-- bot was killed is NOT sent again: Telegram may already have shown it, and the Bot API has
-- no idempotent send, so re-sending is the one way a confirmation could appear twice
-- (issue 13: "no confirmation twice"). docs/reliability.md weighs the two.
ALTER TABLE absences ADD COLUMN confirmation_owed INTEGER NOT NULL DEFAULT 0;
DROP INDEX absences_unconfirmed;
-- Partial on the rare rows: recording a report does not touch it.
CREATE INDEX absences_owed ON absences (created_at) WHERE confirmation_owed = 1;
