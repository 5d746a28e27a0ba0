package io.apiemulator.kernel.state;

/** A seed document, or one of its sections, that cannot be applied; the message says what is wrong. */
public class InvalidSeedException extends RuntimeException {

    public InvalidSeedException(String message) {
        super(message);
    }
}
