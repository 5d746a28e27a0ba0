package io.apiemulator.kernel.security;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The characters Spring Security's {@link StrictHttpFirewall} allows in header names and values by default
 * (assigned code points, no control characters but a tab in values), checked without its regular expression.
 * The firewall checks a header each time a filter reads it, and matching the regex over a bearer token's few
 * hundred characters was a tenth of a GET: printable ASCII, nearly every character a client sends, now costs a
 * comparison, and only the rest is looked up.
 */
final class HeaderCharacters {

    private HeaderCharacters() {
    }

    /** A firewall with Spring Security's defaults but for these two checks, which allow the same characters. */
    static StrictHttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(name -> allowed(name, false));
        firewall.setAllowedHeaderValues(value -> allowed(value, true));
        return firewall;
    }

    static boolean allowed(String text, boolean tab) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= ' ' && c < 0x7f || c == '\t' && tab) {
                continue;
            }
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || type == Character.CONTROL) {
                return false;
            }
            i += Character.charCount(codePoint) - 1;
        }
        return true;
    }
}
