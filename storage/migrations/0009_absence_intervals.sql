-- Reads of "who is away in [start, end)" must cost the same in year five as on day one.
-- They walk the index on end_at (what ended before the window is never read) and filter
-- start_at row by row (`+start_at` in the queries keeps SQLite off the start_at indexes,
-- which would read the whole history before the window's end).
DROP INDEX absences_period;
CREATE INDEX absences_end ON absences (end_at);
CREATE INDEX absences_member_end ON absences (member_id, end_at);
-- A person's latest reports (to undo, return or correct) without sorting their history.
CREATE INDEX absences_member_created ON absences (member_id, created_at);
