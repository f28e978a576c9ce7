package org.teller.server.auth;

import org.teller.formats.internal.Sha256;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Sign-in and bearer tokens: a token is 32 random bytes, given to the user once and kept only as its
 * SHA-256, and expires after {@link #LIFETIME} (a count night, with room to spare).
 */
public final class Sessions {

    public static final Duration LIFETIME = Duration.ofHours(16);
    /**
     * The cookie that holds the token of someone signed in through the pages (HttpOnly, SameSite=Strict): the
     * pages' forms send the API's JSON with it rather than a bearer token.
     */
    public static final String COOKIE = "teller-session";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Failed sign-ins to one username within {@link #WINDOW} that lock it out for the rest of that time. */
    public static final int MOST_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(5);

    private final Jdbi jdbi;
    private final Clock clock;
    /** The times of each username's recent failed sign-ins (by the name in lower case), oldest first. */
    private final java.util.Map<String, java.util.Deque<java.time.Instant>> failures = new java.util.concurrent.ConcurrentHashMap<>();

    public Sessions(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * How long a username is locked out for, after {@link #MOST_FAILURES} failed sign-ins within {@link
     * #WINDOW}: password guessing is slowed to a few tries in five minutes a name. Empty: not locked out.
     */
    public Optional<Duration> lockedOut(String username, String address) {
        java.time.Instant now = clock.instant();
        java.util.Deque<java.time.Instant> recent = failures.get(key(username, address));
        if (recent == null) {
            return Optional.empty();
        }
        synchronized (recent) {
            recent.removeIf(at -> at.isBefore(now.minus(WINDOW)));
            return recent.size() < MOST_FAILURES ? Optional.empty()
                    : Optional.of(Duration.between(now, recent.peekFirst().plus(WINDOW)).plusSeconds(1));
        }
    }

    /**
     * Failures are counted by name and address: guessing from one address is slowed, and no one elsewhere can
     * lock the returning officer (whose username is known) out of the count centre's own machines.
     */
    private static String key(String username, String address) {
        return username.strip().toLowerCase(java.util.Locale.ROOT) + " from " + address;
    }

    private void failed(String username, String address) {
        java.time.Instant now = clock.instant();
        if (failures.size() > 10_000) { // names guessed at random must not fill the memory
            failures.values().removeIf(recent -> {
                synchronized (recent) {
                    return recent.isEmpty() || recent.peekLast().isBefore(now.minus(WINDOW));
                }
            });
        }
        java.util.Deque<java.time.Instant> recent = failures.computeIfAbsent(key(username, address), name -> new java.util.ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(now);
            while (recent.size() > MOST_FAILURES) {
                recent.removeFirst();
            }
        }
    }

    /**
     * A new token for the user whose name and password these are; empty if they are not a user's (a failure
     * counted towards the name's {@link #lockedOut lock-out}). Callers ask {@link #lockedOut} first.
     */
    public Optional<String> signIn(String username, String password, String address) {
        Optional<Stored> user = jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT id, password_hash FROM app_user WHERE username = :username AND NOT disabled")
                .bind("username", username).map((rs, ctx) -> new Stored(rs.getLong(1), rs.getString(2))).findFirst());
        // A name that is no user's costs as much as a wrong password: the time tells nothing.
        String hash = user.map(Stored::passwordHash).orElse(DUMMY);
        if (!Passwords.matches(password, hash) || user.isEmpty()) {
            failed(username, address);
            return Optional.empty();
        }
        failures.remove(key(username, address));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime expires = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).plus(LIFETIME);
        jdbi.useHandle(handle -> handle.createUpdate(
                        "INSERT INTO session_token (token_hash, user_id, expires_at) VALUES (:hash, :user, :expires)")
                .bind("hash", sha256(token)).bind("user", user.get().id()).bind("expires", expires).execute());
        return Optional.of(token);
    }

    /** The user a token signs in, if it is a token given and not expired. */
    public Optional<User> user(String token) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        return jdbi.withHandle(handle -> handle.createQuery("SELECT u.id, u.username, u.role, u.area_id FROM session_token s"
                        + " JOIN app_user u ON u.id = s.user_id WHERE s.token_hash = :hash AND s.expires_at > :now AND NOT u.disabled")
                .bind("hash", sha256(token)).bind("now", now)
                .map((rs, ctx) -> new User(rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3)),
                        org.teller.server.store.Columns.optionalLong(rs, 4)))
                .findFirst());
    }

    /** Ends the session of a token (signing out). */
    public void signOut(String token) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM session_token WHERE token_hash = :hash")
                .bind("hash", sha256(token)).execute());
    }

    private record Stored(long id, String passwordHash) {}

    private static final String DUMMY = Passwords.hash("no user has this password");

    static String sha256(String token) {
        return Sha256.ofText(token);
    }
}
