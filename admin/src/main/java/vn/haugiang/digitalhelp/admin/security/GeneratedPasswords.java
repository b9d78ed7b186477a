package vn.haugiang.digitalhelp.admin.security;

import java.security.SecureRandom;
import java.util.Base64;

/** Passwords made by the service (the first admin's, a reset), to be replaced by their user at sign-in. */
public final class GeneratedPasswords {

    private static final SecureRandom RANDOM = new SecureRandom();

    private GeneratedPasswords() {
    }

    /** A random password of 24 URL-safe characters. */
    public static String next() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
