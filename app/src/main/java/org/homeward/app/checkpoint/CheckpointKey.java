package org.homeward.app.checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
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
import java.util.Base64;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The Ed25519 key pair that signs checkpoints, kept in a file outside the database (PEM: the
 * PKCS#8 private key, then the X.509 public key), created with owner-only permissions (600) at the
 * first start. Whoever can change the database cannot, without this file, write a checkpoint that
 * verifies.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class CheckpointKey {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointKey.class);
    private static final String ALGORITHM = "Ed25519";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    /** The key in {@code file}, generated there first if the file does not exist. */
    static CheckpointKey loadOrCreate(Path file) {
        Path path = file.toAbsolutePath().normalize();
        try {
            if (!Files.exists(path)) {
                create(path);
            }
            return load(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the checkpoint key " + path, e);
        }
    }

    private static void create(Path path) throws IOException {
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", e);
        }
        Files.createDirectories(path.getParent());
        Path partial = path.resolveSibling(path.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        try {
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(partial);
        }
        Files.writeString(partial, pem("PRIVATE KEY", pair.getPrivate().getEncoded()) + pem("PUBLIC KEY", pair.getPublic().getEncoded()),
                StandardCharsets.US_ASCII);
        try {
            Files.move(partial, path);
            LOG.info("Created the checkpoint signing key {}; keep a copy of it with the backups (see README, Security)", path);
        } catch (FileAlreadyExistsException anotherProcessWasFirst) {
            Files.delete(partial);
        }
    }

    private static CheckpointKey load(Path path) throws IOException {
        String pem = Files.readString(path, StandardCharsets.US_ASCII);
        try {
            KeyFactory keys = KeyFactory.getInstance(ALGORITHM);
            PrivateKey privateKey = keys.generatePrivate(new PKCS8EncodedKeySpec(block(pem, "PRIVATE KEY", path)));
            PublicKey publicKey = keys.generatePublic(new X509EncodedKeySpec(block(pem, "PUBLIC KEY", path)));
            CheckpointKey key = new CheckpointKey(path, privateKey, publicKey);
            if (!key.verify(new byte[] {1}, key.sign(new byte[] {1}))) {
                throw new IllegalStateException("The checkpoint key " + path + " holds a public key that is not its private key's");
            }
            warnIfReadableByOthers(path);
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The checkpoint key " + path + " is not an Ed25519 key pair: " + e.getMessage(), e);
        }
    }

    private static void warnIfReadableByOthers(Path path) throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
            if (!OWNER_ONLY.containsAll(permissions)) {
                LOG.warn("The checkpoint key {} can be read by others ({}); make it owner-only: chmod 600 {}", path,
                        PosixFilePermissions.toString(permissions), path);
            }
        } catch (UnsupportedOperationException notPosix) {
            // no POSIX permissions to check on this file system
        }
    }

    private static byte[] block(String pem, String label, Path path) {
        Matcher block = Pattern.compile("-----BEGIN " + label + "-----([A-Za-z0-9+/=\\s]+)-----END " + label + "-----").matcher(pem);
        if (!block.find()) {
            throw new IllegalStateException("The checkpoint key " + path + " has no " + label + " block");
        }
        return Base64.getMimeDecoder().decode(block.group(1));
    }

    private static String pem(String label, byte[] encoded) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(encoded) + "\n-----END "
                + label + "-----\n";
    }

    /** The file the key is kept in. */
    public Path file() {
        return file;
    }

    /** The public key as PEM (X.509 SubjectPublicKeyInfo), to keep apart from the data directory and check signatures with. */
    public String publicKeyPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    String sign(byte[] message) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(privateKey);
            signer.update(message);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with the checkpoint key " + file, e);
        }
    }

    boolean verify(byte[] message, String signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(publicKey);
            verifier.update(message);
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException notASignature) {
            return false;
        }
    }
}
