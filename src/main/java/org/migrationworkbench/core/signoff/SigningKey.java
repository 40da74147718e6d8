package org.migrationworkbench.core.signoff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import org.migrationworkbench.core.AppDirs;
import org.migrationworkbench.core.AtomicFiles;
import org.migrationworkbench.core.WorkbenchException;

/**
 * One person's Ed25519 key for signing approvals, kept under their config directory
 * ({@code $XDG_CONFIG_HOME/migration-workbench/keys/signoff-ed25519}, readable by them only) and created on their
 * first sign-off. Its public half, {@code ed25519:<base64>}, is what a workspace lists under
 * {@code signoff.signers}.
 */
public final class SigningKey {
    private static final String PREFIX = "ed25519:";
    /** DER prefix of an X.509 SubjectPublicKeyInfo for Ed25519; the 32 key bytes follow it. */
    private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private final PrivateKey privateKey;
    private final String publicKey;
    private final boolean created;

    private SigningKey(PrivateKey privateKey, String publicKey, boolean created) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.created = created;
    }

    /** The current user's key, under {@code $XDG_CONFIG_HOME/migration-workbench/keys/}; made on first use. */
    public static SigningKey forUser() {
        return loadOrCreate(userKeyFile());
    }

    /** Where {@link #forUser()} keeps the key. */
    public static Path userKeyFile() {
        return AppDirs.fromEnvironment().config().resolve("keys").resolve("signoff-ed25519");
    }

    /** The key in {@code file} ({@code .pub} beside it), made and saved there first when there is none. */
    public static SigningKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return load(file);
            }
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Files.createDirectories(file.getParent());
            AtomicFiles.writeDurably(file, (Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded())
                    + "\n").getBytes(StandardCharsets.US_ASCII));
            restrict(file);
            String publicKey = encode(pair.getPublic());
            AtomicFiles.write(file.resolveSibling(file.getFileName() + ".pub"), publicKey + "\n");
            return new SigningKey(pair.getPrivate(), publicKey, true);
        } catch (IOException | GeneralSecurityException e) {
            throw new WorkbenchException("Could not read or create the sign-off key " + file + ": " + e.getMessage()
                    + ". Check that the folder is writable, or delete a damaged key file to make a new key.", e);
        }
    }

    private static SigningKey load(Path file) throws IOException, GeneralSecurityException {
        byte[] der = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        KeyFactory factory = KeyFactory.getInstance("Ed25519");
        PrivateKey key = factory.generatePrivate(new PKCS8EncodedKeySpec(der));
        // Java cannot derive the public half from an Ed25519 private key, so it is kept beside it; a .pub that
        // does not belong to the key is caught by checking a signature with it
        Path pub = file.resolveSibling(file.getFileName() + ".pub");
        String publicKey = Files.readString(pub, StandardCharsets.US_ASCII).strip();
        SigningKey signing = new SigningKey(key, publicKey, false);
        byte[] probe = "probe".getBytes(StandardCharsets.US_ASCII);
        if (!verify(publicKey, probe, signing.sign(probe))) {
            throw new GeneralSecurityException(pub + " is not the public half of " + file);
        }
        return signing;
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: the user's config folder is private there by default
        }
    }

    /** {@code ed25519:<base64>} of this key's public half. */
    public String publicKey() {
        return publicKey;
    }

    /** True when the key was made by {@link #loadOrCreate} just now. */
    public boolean created() {
        return created;
    }

    /** The seal of the record at {@code seq} with {@code chainHash}. */
    Seal seal(long seq, String chainHash) {
        return new Seal(publicKey, sign(Seal.message(seq, chainHash)));
    }

    private String sign(byte[] message) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(message);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new WorkbenchException("Could not sign with the sign-off key: " + e.getMessage(), e);
        }
    }

    /** True when {@code signature} (base64) is {@code publicKey}'s over {@code message}; false for anything malformed. */
    static boolean verify(String publicKey, byte[] message, String signature) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(decode(publicKey));
            verifier.update(message);
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** True when {@code text} has the form of a public key ({@code ed25519:} and 32 bytes in base64). */
    public static boolean isPublicKey(String text) {
        try {
            decode(text);
            return true;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String encode(PublicKey key) {
        byte[] der = key.getEncoded();
        return PREFIX + Base64.getEncoder().encodeToString(Arrays.copyOfRange(der, SPKI_PREFIX.length, der.length));
    }

    private static PublicKey decode(String text) throws GeneralSecurityException {
        if (!text.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not an ed25519 key");
        }
        byte[] raw = Base64.getDecoder().decode(text.substring(PREFIX.length()));
        if (raw.length != 32) {
            throw new IllegalArgumentException("an ed25519 key has 32 bytes");
        }
        byte[] der = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + 32);
        System.arraycopy(raw, 0, der, SPKI_PREFIX.length, 32);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
    }
}
