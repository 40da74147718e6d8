package org.migrationworkbench.core.signoff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The hash chain of the sign-off ledger: chain hash = SHA-256(previous chain hash as hex text ‖ canonical record).
 * The canonical record is compact JSON of the content with keys in alphabetical order, UTF-8; the ledger position
 * ({@code seq}) is not part of it, the chain itself fixes the order.
 */
public final class ChainHash {
    private static final JsonFactory JSON = new JsonFactory();

    private ChainHash() {
    }

    /** The chain hash of {@code signoff} appended after the record whose chain hash is {@code previousHash}. */
    public static String next(String previousHash, Signoff signoff) {
        MessageDigest sha = sha256();
        sha.update(previousHash.getBytes(StandardCharsets.US_ASCII));
        sha.update(canonical(signoff));
        return HexFormat.of().formatHex(sha.digest());
    }

    /** SHA-256 (hex) of a text's UTF-8 bytes. */
    public static String digest(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The canonical bytes of a record's content. */
    static byte[] canonical(Signoff s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + s.evidenceSnapshot().length());
        try (JsonGenerator json = JSON.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeStringField("comment", s.comment());
            json.writeStringField("decision", s.decision().id());
            json.writeStringField("email", s.email());
            json.writeStringField("evidenceDigest", s.evidenceDigest());
            json.writeStringField("evidenceSnapshot", s.evidenceSnapshot());
            json.writeStringField("gate", s.gate());
            json.writeStringField("person", s.person());
            json.writeStringField("role", s.role());
            json.writeStringField("signedAt", DateTimeFormatter.ISO_INSTANT.format(s.signedAt()));
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
