package newsbot.bot.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import newsbot.core.digest.Digest;
import newsbot.core.digest.DigestStory;
import newsbot.core.digest.EventLine;
import newsbot.core.digest.Source;
import newsbot.core.digest.Statement;
import newsbot.core.source.SourceKind;

/** Digests for tests: small readable ones and large hostile ones. */
final class Fixtures {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final RenderSettings ENGLISH = RenderSettings.english(SHANGHAI);
    static final RenderSettings CHINESE = RenderSettings.chinese(SHANGHAI);
    /** 16 Apr 2024 08:00 and 17 Apr 2024 08:00 in Shanghai. */
    static final Instant SINCE = Instant.parse("2024-04-16T00:00:00Z");
    static final Instant UNTIL = Instant.parse("2024-04-17T00:00:00Z");
    static final LocalDate DAY = LocalDate.of(2024, 4, 16);

    private Fixtures() {
    }

    static DigestStory story(String headline, List<String> summary, List<Source> sources, String why) {
        return new DigestStory(Math.abs((long) headline.hashCode()), headline, Optional.of(DAY), summary, false, sources, why);
    }

    static DigestStory story(String headline) {
        return story(headline, List.of("First sentence.", "Second sentence."),
                List.of(new Source("RFI", "https://www.rfi.fr/cn/a1", "RFI title")), "Dong Jun and Lloyd Austin; video call");
    }

    static DigestStory update(DigestStory story) {
        return new DigestStory(story.storyId(), story.headline(), story.date(), story.summary(), true, story.sources(), story.why());
    }

    static Digest digest(DigestStory... stories) {
        return new Digest(Optional.of(SINCE), UNTIL, stories.length * 2 + 1, List.of(stories));
    }

    static Digest empty() {
        return new Digest(Optional.of(SINCE), UNTIL, 0, List.of());
    }

    /**
     * 40 stories, each with long summaries (none for every tenth: title only), three sources (two from
     * one outlet, the third official, each with its files) and a distinct headline "Story 07 …".
     */
    static Digest large() {
        List<DigestStory> stories = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            String n = String.format("%02d", i);
            List<String> summary = i % 10 == 0 ? List.of() : IntStream.range(0, 6)
                    .mapToObj(k -> "Story " + n + " sentence " + k + ": " + "the ministers & <officials> met again ".repeat(8).strip() + ".")
                    .toList();
            List<Source> sources = IntStream.range(0, 3)
                    .mapToObj(k -> new Source("Outlet " + k / 2, "https://example.com/" + n + "/" + k + "?a=1&b=2",
                            "Title " + n + "/" + k, k == 2 ? SourceKind.OFFICIAL : SourceKind.NEWS, "a/" + n + "/" + k + ".md",
                            List.of("a/" + n + "/" + k + ".md", "b/" + n + "/" + k + ".md")))
                    .toList();
            DigestStory plain = story("Story " + n + " headline", summary, sources, "reason " + n);
            EventLine event = new EventLine(Map.of("en", "Video call", "zh", "视频通话"), List.of(
                    new EventLine.Party("lloyd-austin", Map.of("en", "Lloyd Austin", "zh", "劳埃德·奥斯汀"), "us",
                            Map.of("en", "US", "zh", "美")),
                    new EventLine.Party("dong-jun", Map.of("en", "Dong Jun", "zh", "董军"), "cn",
                            Map.of("en", "China", "zh", "中"))), Optional.of(DAY), "day");
            List<Statement> statements = List.of(
                    new Statement("us", Map.of("en", "US", "zh", "美"), Map.of("en", "Lloyd Austin"),
                            "the channels must stay open & <honest> " + n, "en", "a/" + n + "/0.md"),
                    new Statement("cn", Map.of("en", "China", "zh", "中"), Map.of("en", "Dong Jun", "zh", "董军"),
                            "台湾问题是中国核心利益中的核心 " + n, "zh", "a/" + n + "/2.md"));
            stories.add(new DigestStory(plain.storyId(), plain.headline(), "https://example.com/" + n + "/0?a=1&b=2",
                    plain.date(), plain.summary(), false, plain.sources(), plain.why(), "en", plain.summary().isEmpty(), "",
                    event, statements));
        }
        return new Digest(Optional.of(SINCE), UNTIL, 123, stories);
    }

    static String longText(String unit, int length) {
        StringBuilder out = new StringBuilder();
        while (out.length() < length) {
            out.append(unit);
        }
        return out.toString();
    }

    /** True when no surrogate is unpaired. */
    static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
