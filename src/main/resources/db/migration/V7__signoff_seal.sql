-- Sign-offs signed by their signer's own Ed25519 key (see SigningKey): the public key and the signature over the
-- record's position and chain hash. Empty for records made before version 7.
ALTER TABLE signoff ADD COLUMN signer_key VARCHAR(100);
ALTER TABLE signoff ADD COLUMN signature VARCHAR(100);
