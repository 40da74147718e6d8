-- Sign-off ledger (table signoff of V1): at most one record may follow a given record, so two writers can
-- never fork the hash chain; the loser's insert fails and it appends again after the new head.
ALTER TABLE signoff ADD CONSTRAINT uq_signoff_previous_hash UNIQUE (previous_hash);
