-- The window snapshot compressed (Brotli over its JSON): for a 100,000-message window it was a 925,000-character
-- string, held twice more while written (as the parameter's UTF-8) at the first scan's memory peak, and a megabyte a rep
-- in the table. "window_snapshot" stays, always NULL from now on, for instances of the previous release during a
-- rolling upgrade: they find no snapshot there and read every row, as for a version that has none.
ALTER TABLE dbo.mail_window_versions ADD window_snapshot_brotli VARBINARY(MAX) NULL;
