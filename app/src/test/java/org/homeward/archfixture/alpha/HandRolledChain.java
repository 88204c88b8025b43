package org.homeward.archfixture.alpha;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A chain hash computed outside the one chain class: the architecture test must refuse it. */
public final class HandRolledChain {

    private HandRolledChain() {
    }

    public static String link(String previousHash, String content) throws NoSuchAlgorithmException {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        return HexFormat.of().formatHex(sha256.digest((previousHash + content).getBytes(StandardCharsets.UTF_8)));
    }
}
