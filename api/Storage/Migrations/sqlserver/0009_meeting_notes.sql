-- What the rep should know about a meeting the attendance report leaves unclear, in plain words:
-- a colleague of the prospect joined instead, or someone joined under the prospect's name from another address.
ALTER TABLE dbo.meetings ADD note NVARCHAR(1000) NULL;
