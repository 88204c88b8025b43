package org.homeward.app.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.DefaultDigestAlgorithmIdentifierFinder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.homeward.app.chain.ChainHead;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The RFC 3161 timestamp authority as the checkpoints' optional second witness (finding 9 of issue
 * 14): every checkpoint line carries the authority's token over its signed bytes, requested with a
 * nonce and the authority's certificate; reading the file checks each token's message imprint, time
 * and signature; an authority that fails costs the line its timestamp (a warning), never the line.
 * The authority is BouncyCastle's token generator behind the JDK's HTTP server on this machine.
 */
class CheckpointTimestampTest {

    private static final List<CheckpointFile.Head> HEADS = List.of(
            new CheckpointFile.Head("audit", ChainHead.EMPTY.next(Map.of("entry", 1))),
            new CheckpointFile.Head("custody", ChainHead.EMPTY.next(Map.of("event", 1))));

    @TempDir
    Path directory;

    HttpServer server;
    LocalAuthority tsa;
    CheckpointKey key;
    Instant now;

    @BeforeEach
    void startAuthority() throws Exception {
        tsa = new LocalAuthority("CN=Test TSA");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/tsa", exchange -> {
            byte[] answer = tsa.answer(exchange.getRequestBody().readAllBytes());
            exchange.sendResponseHeaders(tsa.status, answer.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(answer);
            }
        });
        server.start();
        key = CheckpointKey.loadOrCreate(directory.resolve("checkpoint-key.pem"));
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    @AfterEach
    void stopAuthority() {
        server.stop(0);
    }

    @Test
    void every_checkpoint_is_timestamped_with_a_nonce_and_the_authority_certificate_and_the_token_checks_out() throws Exception {
        CheckpointFile file = file(authority(tsa.certificateFile(directory)));

        List<Checkpoint> written = file.append(HEADS, now, "test");

        assertThat(tsa.requests).hasSize(2).allSatisfy(request -> {
            assertThat(request.getNonce()).isNotNull();
            assertThat(request.getCertReq()).isTrue();
            assertThat(request.getMessageImprintAlgOID()).isEqualTo(TSPAlgorithms.SHA256);
        });
        assertThat(tsa.requests.get(0).getNonce()).isNotEqualTo(tsa.requests.get(1).getNonce());
        for (Checkpoint checkpoint : written) {
            TimeStampToken token = new TimeStampToken(new CMSSignedData(Base64.getDecoder().decode(checkpoint.timestamp())));
            assertThat(token.getTimeStampInfo().getMessageImprintDigest())
                    .isEqualTo(MessageDigest.getInstance("SHA-256").digest(checkpoint.hash().getBytes(StandardCharsets.US_ASCII)));
        }
        KeptCheckpoints kept = file.read();
        assertThat(kept.refused()).isEmpty();
        assertThat(kept.warnings()).isEmpty();
        assertThat(kept.checkpoints()).extracting(Checkpoint::timestamp).containsExactlyElementsOf(
                written.stream().map(Checkpoint::timestamp).toList());
    }

    @Test
    void an_authority_that_fails_costs_the_timestamp_never_the_checkpoint_and_verify_warns() {
        CheckpointFile file = file(authority(null));
        tsa.status = 500;
        file.append(HEADS.subList(0, 1), now, "test");
        server.stop(0);
        file.append(HEADS.subList(1, 2), now, "test");

        KeptCheckpoints kept = file.read();

        assertThat(kept.refused()).isEmpty();
        assertThat(kept.checkpoints()).extracting(Checkpoint::chain, Checkpoint::timestamp)
                .containsExactly(tuple("audit", null), tuple("custody", null));
        assertThat(kept.warnings()).containsExactly(
                "line 1 (audit at " + now + ") has no timestamp: the timestamp authority did not witness it when it was written"
                        + " (see the log of that time)",
                "line 2 (custody at " + now + ") has no timestamp: the timestamp authority did not witness it when it was written"
                        + " (see the log of that time)");
    }

    @Test
    void a_timestamp_moved_from_another_line_is_refused() throws IOException {
        CheckpointFile file = file(authority(null));
        file.append(HEADS, now, "test");
        List<String> lines = Files.readAllLines(file.path());
        ObjectNode first = (ObjectNode) JsonMapper.builder().build().readTree(lines.get(0));
        ObjectNode second = (ObjectNode) JsonMapper.builder().build().readTree(lines.get(1));
        second.put("timestamp", first.get("timestamp").asString());
        Files.writeString(file.path(), lines.get(0) + "\n" + second + "\n");

        KeptCheckpoints kept = file.read();

        assertThat(kept.checkpoints()).hasSize(1);
        assertThat(kept.refused()).hasValue("line 2 is refused: its timestamp witnesses other bytes than this checkpoint's");
    }

    @Test
    void a_timestamp_from_another_authority_than_the_configured_one_is_refused() throws Exception {
        Path configured = new LocalAuthority("CN=Configured TSA").certificateFile(directory);
        file(authority(null)).append(HEADS.subList(0, 1), now, "test");

        KeptCheckpoints kept = new CheckpointFile(directory.resolve("checkpoints.jsonl"), key, TimestampAuthority.checkingWith(configured)).read();

        assertThat(kept.checkpoints()).isEmpty();
        assertThat(kept.refused()).hasValue("line 1 is refused: its timestamp's signature does not verify with the configured timestamp"
                + " authority certificate");
    }

    @Test
    void a_backdated_checkpoint_cannot_carry_a_timestamp_of_its_time() {
        CheckpointFile file = file(authority(null));
        Instant backdated = now.minus(Duration.ofDays(30));

        file.append(HEADS.subList(0, 1), backdated, "forged later");

        KeptCheckpoints kept = file.read();
        assertThat(kept.checkpoints()).extracting(Checkpoint::timestamp).containsExactly((String) null);
        assertThat(kept.warnings()).hasSize(1);
    }

    @Test
    void the_authority_is_configured_by_address_and_checked_by_certificate() throws Exception {
        Path certificate = tsa.certificateFile(directory);

        assertThat(CheckpointConfiguration.timestampAuthority(new CheckpointProperties(null, null, null, null)).asked()).isFalse();
        assertThat(CheckpointConfiguration.timestampAuthority(new CheckpointProperties(null, null, url(), certificate)).asked()).isTrue();
        assertThat(CheckpointConfiguration.timestampAuthority(new CheckpointProperties(null, null, "", certificate)).asked()).isFalse();
        assertThatThrownBy(() -> CheckpointConfiguration.timestampAuthority(
                new CheckpointProperties(null, null, "file:///etc/passwd", null)))
                .hasMessage("homeward.checkpoints.tsa-url must be an http or https address, not file:///etc/passwd");
    }

    private CheckpointFile file(TimestampAuthority authority) {
        return new CheckpointFile(directory.resolve("checkpoints.jsonl"), key, authority);
    }

    private TimestampAuthority authority(Path certificate) {
        return TimestampAuthority.at(url(), certificate);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/tsa";
    }

    /** A timestamp authority in this test: a key, its self-signed time-stamping certificate, and BouncyCastle's generators. */
    static final class LocalAuthority {
        final List<TimeStampRequest> requests = new ArrayList<>();
        final KeyPair keys;
        final X509CertificateHolder certificate;
        final AtomicReference<BigInteger> serial = new AtomicReference<>(BigInteger.ONE);
        volatile int status = 200;

        LocalAuthority(String name) throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            keys = generator.generateKeyPair();
            Date from = Date.from(Instant.now().minus(Duration.ofDays(1)));
            Date to = Date.from(Instant.now().plus(Duration.ofDays(365)));
            certificate = new JcaX509v3CertificateBuilder(new X500Name(name), BigInteger.valueOf(System.nanoTime()), from, to,
                    new X500Name(name), keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()));
        }

        synchronized byte[] answer(byte[] query) throws IOException {
            try {
                TimeStampRequest request = new TimeStampRequest(query);
                requests.add(request);
                TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                        .build("SHA256withECDSA", keys.getPrivate(), new JcaX509CertificateConverter().getCertificate(certificate)),
                        new JcaDigestCalculatorProviderBuilder().build().get(new DefaultDigestAlgorithmIdentifierFinder().find("SHA-256")),
                        new ASN1ObjectIdentifier("1.2.3.4.1"));
                tokens.addCertificates(new JcaCertStore(List.of(certificate)));
                TimeStampResponse response = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED)
                        .generate(request, serial.getAndUpdate(BigInteger.ONE::add), new Date());
                return response.getEncoded();
            } catch (Exception e) {
                throw new IOException(e);
            }
        }

        Path certificateFile(Path directory) throws IOException {
            Path file = Files.createTempFile(directory, "tsa", ".pem");
            try (JcaPEMWriter pem = new JcaPEMWriter(Files.newBufferedWriter(file))) {
                pem.writeObject(certificate);
            }
            return file;
        }
    }
}
