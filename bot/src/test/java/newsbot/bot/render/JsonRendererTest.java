package newsbot.bot.render;

import static newsbot.bot.render.Fixtures.UNTIL;
import static newsbot.bot.render.Fixtures.large;
import static newsbot.bot.render.Fixtures.story;
import static newsbot.bot.render.Fixtures.update;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsbot.core.digest.Digest;
import newsbot.core.digest.DigestStory;
import newsbot.core.digest.EventLine;
import newsbot.core.digest.Source;
import newsbot.core.digest.Statement;
import newsbot.core.source.SourceKind;
import org.junit.jupiter.api.Test;

class JsonRendererTest {
    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonRenderer renderer = new JsonRenderer();

    /** Reads a rendering back into the model, so equality proves nothing was lost or changed. */
    private Digest readBack(String json) throws Exception {
        JsonNode root = mapper.readTree(json);
        List<DigestStory> stories = new ArrayList<>();
        for (JsonNode s : root.get("stories")) {
            List<String> summary = new ArrayList<>();
            s.get("summary").forEach(n -> summary.add(n.asText()));
            List<Source> sources = new ArrayList<>();
            for (JsonNode n : s.get("sources")) {
                List<String> paths = new ArrayList<>();
                n.get("paths").forEach(p -> paths.add(p.asText()));
                sources.add(new Source(n.get("outlet").isNull() ? "" : n.get("outlet").asText(), n.get("url").asText(),
                        n.get("title").asText(), SourceKind.ofCode(n.get("kind").asText()).orElseThrow(),
                        n.get("path").asText(), paths));
            }
            List<Statement> statements = new ArrayList<>();
            for (JsonNode n : s.get("statements")) {
                statements.add(new Statement(n.get("side").asText(), strings(n.get("sideNames")), strings(n.get("whoNames")),
                        n.get("text").asText(), n.get("language").asText(), n.get("path").asText()));
            }
            stories.add(new DigestStory(s.get("id").asLong(), s.get("headline").asText(), s.get("headlineUrl").asText(),
                    s.get("date").isNull() ? Optional.empty() : Optional.of(LocalDate.parse(s.get("date").asText())),
                    summary, s.get("update").asBoolean(), sources, s.get("why").asText(), s.get("language").asText(),
                    s.get("titleOnly").asBoolean(), s.get("sourcesOnlyIn").isNull() ? "" : s.get("sourcesOnlyIn").asText(),
                    event(s.get("event")), statements));
        }
        return new Digest(root.get("since").isNull() ? Optional.empty() : Optional.of(Instant.parse(root.get("since").asText())),
                Instant.parse(root.get("until").asText()), root.get("articleCount").asInt(), stories);
    }

    private static EventLine event(JsonNode e) {
        if (e.isNull()) {
            return EventLine.NONE;
        }
        List<EventLine.Party> parties = new ArrayList<>();
        for (JsonNode p : e.get("parties")) {
            parties.add(new EventLine.Party(p.get("id").asText(), strings(p.get("names")), p.get("side").asText(),
                    strings(p.get("sideNames"))));
        }
        return new EventLine(strings(e.get("kindNames")), parties,
                e.get("date").isNull() ? Optional.empty() : Optional.of(LocalDate.parse(e.get("date").asText())),
                e.get("precision").asText());
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> out = new LinkedHashMap<>();
        object.fields().forEachRemaining(f -> out.put(f.getKey(), f.getValue().asText()));
        return out;
    }

    @Test
    void roundTripsThroughJackson() throws Exception {
        Digest digest = large();

        assertThat(readBack(renderer.digest(digest))).isEqualTo(digest);
    }

    @Test
    void hostileAndChineseTextRoundTrips() throws Exception {
        String hostile = "\"quotes\" \\ </script> <!here> \u0000 😀 董军 \n new line";
        DigestStory story = new DigestStory(1, hostile, Optional.empty(), List.of(hostile), true,
                List.of(new Source(hostile, "javascript:alert(1)", hostile)), hostile);
        Digest digest = new Digest(Optional.empty(), UNTIL, 1, List.of(story));

        assertThat(readBack(renderer.digest(digest))).isEqualTo(digest);
    }

    @Test
    void fieldNamesAreTheDocumentedOnes() throws Exception {
        JsonNode root = mapper.readTree(renderer.digest(Fixtures.digest(update(story("h")))));

        assertThat(root.fieldNames()).toIterable().containsExactly("since", "until", "articleCount", "stories");
        assertThat(root.get("stories").get(0).fieldNames()).toIterable()
                .containsExactly("id", "headline", "headlineUrl", "date", "event", "summary", "language", "statements",
                        "titleOnly", "sourcesOnlyIn", "update", "sources", "why");
        assertThat(root.get("stories").get(0).get("sources").get(0).fieldNames()).toIterable()
                .containsExactly("outlet", "url", "title", "kind", "path", "paths");
    }

    @Test
    void timesAreIsoInstantsAndDatesIsoDates() throws Exception {
        JsonNode root = mapper.readTree(renderer.digest(Fixtures.digest(story("h"))));

        assertThat(root.get("since").asText()).isEqualTo("2024-04-16T00:00:00Z");
        assertThat(root.get("until").asText()).isEqualTo("2024-04-17T00:00:00Z");
        assertThat(root.get("stories").get(0).get("date").asText()).isEqualTo("2024-04-16");
    }

    @Test
    void missingStartIsNull() throws Exception {
        JsonNode root = mapper.readTree(renderer.digest(new Digest(Optional.empty(), UNTIL, 0, List.of())));

        assertThat(root.get("since").isNull()).isTrue();
        assertThat(root.get("stories")).isEmpty();
    }
}
