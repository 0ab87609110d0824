-- A message that replies to a confirmation ("改为周四") finds its record by the confirmation's
-- chat and message id. Without an index that read scanned every absence ever recorded, a
-- cost that grew with the history (issue 17). Partial: a record has no reply id until its
-- confirmation is sent, so recording a report does not touch this index.
CREATE INDEX absences_reply ON absences (reply_chat_id, reply_message_id)
    WHERE reply_message_id IS NOT NULL;
