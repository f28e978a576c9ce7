package org.teller.rctab.cvr;

/**
 * Thrown inside a fast reader's scanner at anything it does not take, and caught where the reader gives up
 * (the caller then reads the file with the provider's careful reader). One instance, without a stack trace:
 * giving up costs nothing.
 */
final class GiveUp extends RuntimeException {

    static final GiveUp GIVE_UP = new GiveUp();

    private GiveUp() {
        super(null, null, false, false);
    }
}
