package org.teller.server;

/** The server cannot start or go on, for a reason the operator can act on (one line, no stack trace). */
public final class ServerException extends RuntimeException {

    public ServerException(String message) {
        super(message);
    }
}
