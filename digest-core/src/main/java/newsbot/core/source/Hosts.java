package newsbot.core.source;

import java.net.URI;
import java.util.Locale;

/** The host of a URL as people read it: lower case, "www." dropped. */
public final class Hosts {
    private Hosts() {
    }

    /** "" when the text is no URL with a host. */
    public static String of(String url) {
        String host = raw(url);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /** The host as written, lower case, "www." kept. */
    public static String raw(String url) {
        if (url.isBlank()) {
            return "";
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return byHand(url.strip());
        }
    }

    /** URLs with raw Chinese or spaces in the path are not valid URIs; the host is still readable. */
    private static String byHand(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return "";
        }
        int start = scheme + 3;
        int end = start;
        while (end < url.length() && "/?#:".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        return url.substring(start, end).toLowerCase(Locale.ROOT);
    }
}
