package org.gongkai.judgments.text;

import java.util.regex.Pattern;

/** How this package compiles its patterns. */
final class TextPatterns {

    private TextPatterns() {}

    /** {@code \s} also matches the ideographic space U+3000 that judgments use for alignment. */
    static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
    }
}
