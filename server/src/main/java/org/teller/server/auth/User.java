package org.teller.server.auth;

import java.util.OptionalLong;

/**
 * A signed-in user.
 *
 * @param area the one count area count staff work on; empty for the returning officer
 */
public record User(long id, String username, Role role, OptionalLong area) {

    public boolean isReturningOfficer() {
        return role == Role.RETURNING_OFFICER;
    }
}
