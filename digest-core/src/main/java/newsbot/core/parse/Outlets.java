package newsbot.core.parse;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import newsbot.core.source.Hosts;

/** Publisher names from URL hosts, short codes ("ft") and title suffixes (" - 华尔街日报"). */
final class Outlets {

    static final String QQ_NEWS = "腾讯新闻";

    /** Host suffix to outlet; a host matches itself and its subdomains. */
    private static final Map<String, String> HOSTS = Map.ofEntries(
            Map.entry("rfi.fr", "RFI"),
            Map.entry("ft.com", "Financial Times"),
            Map.entry("ftchinese.com", "FT中文网"),
            Map.entry("wsj.com", "The Wall Street Journal"),
            Map.entry("nytimes.com", "The New York Times"),
            Map.entry("cn.nytimes.com", "纽约时报中文网"),
            Map.entry("bbc.com", "BBC"),
            Map.entry("bbc.co.uk", "BBC"),
            Map.entry("reuters.com", "Reuters"),
            Map.entry("qq.com", QQ_NEWS),
            Map.entry("gtimg.com", QQ_NEWS));

    /** Codes crawlers put in an "author" field when they mean the publication. */
    private static final Map<String, String> CODES = Map.of(
            "ft", "Financial Times",
            "wsj", "The Wall Street Journal",
            "rfi", "RFI",
            "nyt", "The New York Times",
            "bbc", "BBC",
            "reuters", "Reuters",
            "qq", QQ_NEWS);

    /** Title suffixes outlets append to headlines; stripped from the title. */
    private static final Map<String, String> TITLE_SUFFIXES = Map.of(
            "华尔街日报", "The Wall Street Journal",
            "FT中文网", "FT中文网",
            "纽约时报中文网", "纽约时报中文网",
            "BBC News 中文", "BBC",
            "RFI - 法国国际广播电台", "RFI",
            "联合早报", "联合早报");

    /** The outlet a URL names: a known name for known hosts, else the host without "www.". */
    Optional<String> fromUrl(String url) {
        String host = host(url);
        if (host.isEmpty()) {
            return Optional.empty();
        }
        if (host.equals("raw.githubusercontent.com") && url.contains("/qqnews_image/")) {
            return Optional.of(QQ_NEWS);
        }
        for (String h = host; !h.isEmpty(); h = parentDomain(h)) {
            String name = HOSTS.get(h);
            if (name != null) {
                return Optional.of(name);
            }
        }
        return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
    }

    /** Like {@link #fromUrl} but only for hosts this class knows by name (image hosts and the like). */
    Optional<String> knownFromUrl(String url) {
        Optional<String> outlet = fromUrl(url);
        return outlet.filter(o -> HOSTS.containsValue(o));
    }

    Optional<String> fromCode(String code) {
        return Optional.ofNullable(CODES.get(code.trim().toLowerCase(Locale.ROOT)));
    }

    /** The outlet a title ends with, e.g. "… - 华尔街日报". */
    Optional<TitleSuffix> titleSuffix(String title) {
        for (Map.Entry<String, String> e : TITLE_SUFFIXES.entrySet()) {
            String suffix = e.getKey();
            if (title.endsWith(suffix)) {
                String rest = title.substring(0, title.length() - suffix.length()).stripTrailing();
                if (rest.endsWith("-") || rest.endsWith("|") || rest.endsWith("—")) {
                    String bare = rest.substring(0, rest.length() - 1).strip();
                    if (!bare.isEmpty()) {
                        return Optional.of(new TitleSuffix(bare, e.getValue()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A title without its outlet suffix, and the outlet it named. */
    record TitleSuffix(String bareTitle, String outlet) {
    }

    static String host(String url) {
        return Hosts.raw(url);
    }

    private static String parentDomain(String host) {
        int dot = host.indexOf('.');
        String parent = dot < 0 ? "" : host.substring(dot + 1);
        return parent.indexOf('.') < 0 ? "" : parent;
    }
}
