-- A message that replies to a confirmation ("改为周四") finds its record by the confirmation's
-- chat and message id. Without an index that read scanned every absence ever recorded, a
-- cost that grew with the history (issue 17). Partial: a record has no reply id until its
-- confirmation is sent, so recording a report does not touch this index.
CREATE INDEX absences_reply ON absences (reply_chat_id, reply_message_id)
    WHERE reply_message_id IS NOT NULL;

-- The annual leave a person has used this year (asked under every 事假 confirmation and by
-- /balance): the rows of one person, one kind and one year, read from the index alone. On
-- (member_id, start_at) the sum fetched every absence of the person's year from the table
-- to test its kind: 0.05 ms on a new database, 0.9 ms with 100,000 older absences.
CREATE INDEX absences_member_kind ON absences (member_id, kind, start_at, status, days);
