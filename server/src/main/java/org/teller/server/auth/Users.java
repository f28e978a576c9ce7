package org.teller.server.auth;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The users: the returning officer, and count staff each given one area. */
public final class Users {

    /** The shortest password taken (NIST SP 800-63B's minimum for a password chosen by a person). */
    public static final int SHORTEST_PASSWORD = 8;

    private final Jdbi jdbi;
    private final Clock clock;

    public Users(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public long create(Handle handle, String username, String password, Role role, OptionalLong area) {
        return handle.createUpdate("INSERT INTO app_user (username, role, area_id, password_hash, created_at)"
                        + " VALUES (:username, :role, :area, :hash, :now)")
                .bind("username", username).bind("role", role.name())
                .bind("area", area.isPresent() ? area.getAsLong() : null).bind("hash", Passwords.hash(password))
                .bind("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    public boolean exists(Handle handle, String username) {
        // Without regard to case (usernames are ASCII): the audit log must not name two people who read as one.
        return handle.createQuery("SELECT COUNT(*) FROM app_user WHERE LOWER(username) = LOWER(:username)")
                .bind("username", username).mapTo(Long.class).one() > 0;
    }

    /**
     * Withdraws an account: it can no longer sign in, and its sessions end. The account stays, as the audit log
     * and its entries name it.
     *
     * @return the account's role, or empty where there is no such account
     */
    public Optional<Role> disable(Handle handle, String username) {
        Optional<Role> role = handle.createQuery("SELECT role FROM app_user WHERE username = :username").bind("username", username)
                .mapTo(String.class).findFirst().map(Role::valueOf);
        if (role.isPresent()) {
            handle.createUpdate("UPDATE app_user SET disabled = TRUE WHERE username = :username").bind("username", username).execute();
            handle.createUpdate("DELETE FROM session_token WHERE user_id = (SELECT id FROM app_user WHERE username = :username)")
                    .bind("username", username).execute();
        }
        return role;
    }

    /** Whether a returning officer's account exists (the server makes one when it first starts). */
    public boolean hasReturningOfficer() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM app_user WHERE role = :role")
                .bind("role", Role.RETURNING_OFFICER.name()).mapTo(Long.class).one() > 0);
    }
}
