-- What the rep should know about a meeting the attendance report leaves unclear, in plain words:
-- a colleague of the prospect joined instead, or someone joined under the prospect's name from another address.
ALTER TABLE meetings ADD COLUMN note TEXT NULL;

-- Reports used to be read for all sessions of a join URL together: forget what they said, so the next scan
-- reads each occurrence's own session again.
UPDATE meetings SET attendance = NULL, attendance_records = NULL WHERE attendance = 'report';
