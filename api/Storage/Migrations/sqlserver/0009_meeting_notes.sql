-- What the rep should know about a meeting the attendance report leaves unclear, in plain words:
-- a colleague of the prospect joined instead, or someone joined under the prospect's name from another address.
ALTER TABLE dbo.meetings ADD note NVARCHAR(1000) NULL;

-- Reports used to be read for all sessions of a join URL together: forget what they said, so the next scan
-- reads each occurrence's own session again.
UPDATE dbo.meetings SET attendance = NULL, attendance_records = NULL WHERE attendance = 'report';
