package org.gongkai.courts;

/** A string that is not a case number; the message (Chinese) says what is wrong and what was expected. */
public class InvalidCaseNumberException extends RuntimeException {

    private final String input;

    public InvalidCaseNumberException(String input, String message) {
        super(message);
        this.input = input;
    }

    /** The string as the user gave it. */
    public String input() {
        return input;
    }
}
