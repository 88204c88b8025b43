package org.homeward.app.checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Optional;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An RFC 3161 timestamp authority as an optional second witness of the checkpoints: it signs, with
 * its own key and clock, that a checkpoint's signed bytes existed at a time, so that a checkpoint
 * forged later with a stolen checkpoint key cannot carry an earlier time. Asking is best effort: an
 * authority that fails or does not answer costs the checkpoint its timestamp, never the checkpoint.
 * Checking a stored token needs no network: its message imprint must be the SHA-256 of the signed
 * bytes, its time near the checkpoint's, and its signature must verify with the configured authority
 * certificate (or, when none is configured, with the certificate the token carries).
 */
final class TimestampAuthority {

    private static final Logger LOG = LoggerFactory.getLogger(TimestampAuthority.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** How far a timestamp's time may lie from the time its checkpoint names (the authority's and this machine's clocks differ). */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(10);
    private static final SecureRandom NONCES = new SecureRandom();

    private final URI url;
    private final X509CertificateHolder certificate;
    private final HttpClient http;

    private TimestampAuthority(URI url, X509CertificateHolder certificate) {
        this.url = url;
        this.certificate = certificate;
        this.http = url == null ? null : HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** No authority is asked; tokens already stored are still checked against the certificates they carry. */
    static TimestampAuthority none() {
        return new TimestampAuthority(null, null);
    }

    /**
     * The authority at {@code url} (http or https), whose tokens must verify with the certificate in
     * {@code certificateFile} (PEM) when one is given.
     */
    static TimestampAuthority at(String url, Path certificateFile) {
        URI uri = URI.create(url.strip());
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalStateException("homeward.checkpoints.tsa-url must be an http or https address, not " + url);
        }
        return new TimestampAuthority(uri, certificateFile == null ? null : certificate(certificateFile));
    }

    /** The authority's certificate in {@code file}, for checking tokens without any authority configured to ask. */
    static TimestampAuthority checkingWith(Path certificateFile) {
        return new TimestampAuthority(null, certificate(certificateFile));
    }

    private static X509CertificateHolder certificate(Path file) {
        try (PEMParser pem = new PEMParser(Files.newBufferedReader(file))) {
            if (pem.readObject() instanceof X509CertificateHolder holder) {
                return holder;
            }
            throw new IllegalStateException("homeward.checkpoints.tsa-certificate " + file + " holds no PEM certificate");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the timestamp authority certificate " + file, e);
        }
    }

    /** Whether an authority is asked, so that a checkpoint without a timestamp is worth a warning. */
    boolean asked() {
        return url != null;
    }

    /**
     * The authority's token over {@code signed} (base64 of its DER encoding), requested with a fresh
     * nonce and the authority's certificate included; empty when no authority is configured, or when it
     * fails, refuses or answers something that does not check out (logged).
     */
    Optional<String> stamp(byte[] signed, Instant at) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
            generator.setCertReq(true);
            TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, sha256(signed), new BigInteger(64, NONCES));
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(url).timeout(TIMEOUT)
                    .header("Content-Type", "application/timestamp-query").header("Accept", "application/timestamp-reply")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                throw new IOException("it answered HTTP " + answer.statusCode());
            }
            TimeStampResponse response = new TimeStampResponse(answer.body());
            response.validate(request);
            if (response.getTimeStampToken() == null) {
                throw new TSPException("it refused the request: " + response.getStatusString());
            }
            String token = Base64.getEncoder().encodeToString(response.getTimeStampToken().getEncoded());
            Optional<String> problem = problemWith(token, signed, at);
            if (problem.isPresent()) {
                throw new TSPException(problem.get());
            }
            return Optional.of(token);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            LOG.warn("Stopped asking the timestamp authority {}; the checkpoint is written without a timestamp", url);
        } catch (IOException | TSPException | RuntimeException failed) {
            LOG.warn("The timestamp authority {} did not witness the checkpoint ({}); the checkpoint is written without a timestamp", url,
                    failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage());
        }
        return Optional.empty();
    }

    /** What is wrong with {@code encoded} as the timestamp of {@code signed}, checkpointed at {@code at}; empty when nothing. */
    Optional<String> problemWith(String encoded, byte[] signed, Instant at) {
        TimeStampToken token;
        try {
            token = new TimeStampToken(new CMSSignedData(Base64.getDecoder().decode(encoded)));
        } catch (IllegalArgumentException | CMSException | TSPException | IOException notAToken) {
            return Optional.of("its timestamp is not an RFC 3161 timestamp token");
        }
        if (!TSPAlgorithms.SHA256.equals(token.getTimeStampInfo().getMessageImprintAlgOID())
                || !MessageDigest.isEqual(token.getTimeStampInfo().getMessageImprintDigest(), sha256(signed))) {
            return Optional.of("its timestamp witnesses other bytes than this checkpoint's");
        }
        Instant stamped = token.getTimeStampInfo().getGenTime().toInstant();
        if (Duration.between(at, stamped).abs().compareTo(CLOCK_TOLERANCE) > 0) {
            return Optional.of("its timestamp is of " + stamped + ", not of the time the checkpoint names (" + at + ")");
        }
        X509CertificateHolder signer = certificate != null ? certificate : carried(token);
        String whose = certificate != null ? "the configured timestamp authority certificate" : "the certificate the timestamp carries";
        if (signer == null) {
            return Optional.of("its timestamp carries no certificate to check its signature with");
        }
        try {
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(signer));
            return Optional.empty();
        } catch (TSPException | OperatorCreationException | CertificateException | IllegalArgumentException notSigned) {
            return Optional.of("its timestamp's signature does not verify with " + whose);
        }
    }

    private static X509CertificateHolder carried(TimeStampToken token) {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = token.getCertificates().getMatches(token.getSID());
        return matches.isEmpty() ? null : matches.iterator().next();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
