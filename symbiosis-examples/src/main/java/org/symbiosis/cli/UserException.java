package org.symbiosis.cli;

/** A user's mistake the tool reports as it is, with exit code 1 and no stack trace. */
final class UserException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UserException(String message) {
        super(message);
    }
}
