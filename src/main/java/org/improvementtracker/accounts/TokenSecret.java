package org.improvementtracker.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret of a personal API token: "itk_" and 32 random bytes in base64url, so that it is
 * recognisable in a script or a leaked log (and by secret scanners).
 * <p>
 * Only its SHA-256 hash is stored. Passwords need a slow hash (BCrypt) because people choose guessable
 * ones; a 256-bit random secret cannot be guessed however fast each guess is, so a fast hash protects
 * it as well, and spares every API request BCrypt's deliberate ~60 ms. Being a plain hash, it can be
 * looked up by value.
 */
final class TokenSecret {

    static final String PREFIX = "itk_";

    /**
     * How much of the token lists show: the "itk_" and 8 characters (48 bits), which still leaves 208
     * random bits unknown to anyone who sees the list.
     */
    static final int SHOWN_LENGTH = PREFIX.length() + 8;

    private static final int BYTES = 32;
    private static final int LENGTH = PREFIX.length() + 43;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecret() {
    }

    static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text could be a token at all, so that garbage costs no database query. */
    static boolean isWellFormed(String secret) {
        return secret != null && secret.length() == LENGTH && secret.startsWith(PREFIX)
                && secret.substring(PREFIX.length()).chars().allMatch(TokenSecret::isBase64Url);
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }

    static String shown(String secret) {
        return secret.substring(0, SHOWN_LENGTH);
    }

    /** Compares two hashes in time that does not depend on where they differ. */
    static boolean sameHash(String one, String other) {
        return MessageDigest.isEqual(one.getBytes(StandardCharsets.US_ASCII), other.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean isBase64Url(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
    }
}
