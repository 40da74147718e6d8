-- Stands in for a later schema version in MigrationBackupTest.
ALTER TABLE audit_log ADD COLUMN test_marker VARCHAR(32);
