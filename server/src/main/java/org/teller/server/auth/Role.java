package org.teller.server.auth;

/** What a user may do. */
public enum Role {
    /** Creates the election, its contests and areas, issues access, accepts returns, declares. */
    RETURNING_OFFICER,
    /** Enters and verifies the figures of one count area. */
    COUNT_STAFF
}
