package org.teller.server;

import java.security.SecureRandom;
import java.util.OptionalLong;
import org.teller.server.audit.AuditLog;
import org.teller.server.auth.Passwords;
import org.teller.server.auth.Role;
import org.teller.server.auth.Users;

/**
 * A new database's first account: the returning officer's, named {@link #USERNAME}, with the password the
 * operator gives (the environment variable {@code TELLER_RO_PASSWORD}) or one made at random and told once.
 */
public final class Bootstrap {

    public static final String USERNAME = "returning-officer";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private Bootstrap() {}

    /**
     * Makes the returning officer's account if there is none.
     *
     * @param given the password to give it, or null for one made at random
     * @return the password made at random, to be told once; null when none was made
     */
    public static String ensureReturningOfficer(Database database, Users users, AuditLog audit, String given) {
        if (users.hasReturningOfficer()) {
            return null;
        }
        if (given != null && given.length() < Users.SHORTEST_PASSWORD) {
            throw new ServerException("TELLER_RO_PASSWORD: at least " + Users.SHORTEST_PASSWORD + " characters");
        }
        String password = given != null ? given : random();
        database.jdbi().useTransaction(handle -> {
            users.create(handle, USERNAME, password, Role.RETURNING_OFFICER, OptionalLong.empty());
            audit.append(handle, "system", "user.created", "{\"role\":\"RETURNING_OFFICER\",\"username\":\"" + USERNAME + "\"}");
        });
        return given != null ? null : password;
    }

    /**
     * Whether a password given for the first account is not the one it holds: the account was made at an
     * earlier start, and a password given at a later one changes nothing (it is said, so no one thinks it did).
     */
    public static boolean givenPasswordNotUsed(Database database, String given) {
        if (given == null) {
            return false;
        }
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT password_hash FROM app_user WHERE username = :name")
                .bind("name", USERNAME).mapTo(String.class).findFirst())
                .map(stored -> !Passwords.matches(given, stored)).orElse(false);
    }

    private static String random() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
