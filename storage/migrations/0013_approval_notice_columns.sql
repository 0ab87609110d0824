-- approvals.notice_chat_id / notice_message_id (0010) were meant to remember the approver's
-- private notice so a decision could edit it. The outbox came to do that for every post
-- (outbox.message_id, read by OutboxRepo.sent_messages), and nothing ever wrote these two
-- columns: drop them so the schema says where the truth is.
ALTER TABLE approvals DROP COLUMN notice_chat_id;
ALTER TABLE approvals DROP COLUMN notice_message_id;
