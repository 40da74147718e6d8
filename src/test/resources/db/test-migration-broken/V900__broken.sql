-- A migration that fails, for MigrationBackupTest.
ALTER TABLE no_such_table ADD COLUMN x INT;
