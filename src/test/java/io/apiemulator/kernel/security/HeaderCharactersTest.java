package io.apiemulator.kernel.security;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The firewall's header check allows exactly what Spring Security's default regular expressions allow. */
class HeaderCharactersTest {

    // StrictHttpFirewall's own patterns for header names and header values
    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void everyCodePointIsJudgedAsByTheRegex() {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String text = "a" + Character.toString(codePoint) + "z";
            assertThat(HeaderCharacters.allowed(text, false)).as("U+%04X in a name", codePoint)
                    .isEqualTo(NAMES.matcher(text).matches());
            assertThat(HeaderCharacters.allowed(text, true)).as("U+%04X in a value", codePoint)
                    .isEqualTo(VALUES.matcher(text).matches());
        }
    }

    @Test
    void loneSurrogatesAndTokensAreJudgedAsByTheRegex() {
        for (String text : new String[] {"\uD800", "x\uDC00y", "\uDBFF\uDFFF", "Bearer eyJ.abc-_~+/=", "", "\t",
                "a\u007fb"}) {
            assertThat(HeaderCharacters.allowed(text, true)).as(text).isEqualTo(VALUES.matcher(text).matches());
            assertThat(HeaderCharacters.allowed(text, false)).as(text).isEqualTo(NAMES.matcher(text).matches());
        }
    }
}
