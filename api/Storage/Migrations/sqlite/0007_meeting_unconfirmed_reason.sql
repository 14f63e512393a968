-- Why a meeting's attendance could not be read (Graph refused it: someone else organised it, a permission
-- is missing), in the words the pane shows; null for a meeting that simply has no report.
ALTER TABLE meetings ADD COLUMN unconfirmed_reason TEXT NULL;
