package newsbot.bot.render;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;

/** A search hit as it will be shown: cleaned, and shortened (snippet first, then title) to fit. */
record HitText(String title, String outlet, String url, Optional<LocalDate> published, Snippet snippet) {
    static HitText of(SearchResultView.Hit hit, Labels labels) {
        String title = CleanText.oneLine(hit.title());
        return new HitText(title.isEmpty() ? labels.untitled() : title, CleanText.oneLine(hit.outlet()),
                hit.url().strip(), hit.published(), Snippet.of(hit.snippet(), hit.highlights()));
    }

    HitText fit(Predicate<HitText> fits) {
        if (fits.test(this)) {
            return this;
        }
        int n = Fit.largest(snippet.length(), len -> fits.test(withSnippet(snippet.truncate(len))));
        HitText s = withSnippet(snippet.truncate(Math.max(n, 0)));
        if (n >= 0) {
            return s;
        }
        int t = Fit.largest(title.length(), len -> fits.test(s.withTitle(Utf16.truncate(title, len))));
        HitText shorter = s.withTitle(Utf16.truncate(title, Math.max(t, 1)));
        if (t >= 0) {
            return shorter;
        }
        int o = Fit.largest(outlet.length(), len -> fits.test(shorter.withOutlet(Utf16.truncate(outlet, len))));
        if (o < 0) {
            throw new IllegalStateException("a search hit cannot be shortened enough to fit a message: " + title);
        }
        return shorter.withOutlet(Utf16.truncate(outlet, o));
    }

    private HitText withSnippet(Snippet value) {
        return new HitText(title, outlet, url, published, value);
    }

    private HitText withTitle(String value) {
        return new HitText(value, outlet, url, published, snippet);
    }

    private HitText withOutlet(String value) {
        return new HitText(title, value, url, published, snippet);
    }
}
