package newsbot.bot.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import newsbot.core.digest.Digest;
import newsbot.core.digest.DigestStory;
import newsbot.core.digest.EventLine;
import newsbot.core.digest.Statement;
import newsbot.core.digest.Source;

/**
 * A digest as JSON for scripts. Field names are a contract: since, until (ISO-8601 instants,
 * since null when the digest covers everything so far), articleCount, stories[] with id,
 * headline, headlineUrl ("" when none), date (ISO date or null), event {kind, kindNames, parties[{id, side, names,
 * sideNames}], date, precision} (null when the event model says nothing), summary[], language (of the summary),
 * statements[{side, who, sideNames, whoNames, text, language, path}], titleOnly,
 * sourcesOnlyIn ("zh"/"en" when every source is in that language and the reader asked for the
 * other, else null), update, sources[{outlet (null when none), url, title, kind, path, paths[]}], why.
 * Values are the digest's own, unshortened and unfiltered: JSON escaping is all they need.
 */
public final class JsonRenderer {
    private final ObjectMapper mapper = new ObjectMapper();
    private final ObjectWriter writer = mapper.writerWithDefaultPrettyPrinter();

    private void event(ObjectNode node, EventLine event) {
        if (event.isEmpty()) {
            node.putNull("event");
            return;
        }
        ObjectNode e = node.putObject("event");
        e.put("kind", event.kind("en"));
        e.set("kindNames", mapper.valueToTree(event.kind()));
        ArrayNode parties = e.putArray("parties");
        for (EventLine.Party p : event.parties()) {
            ObjectNode o = parties.addObject().put("id", p.entityId()).put("side", p.side());
            o.set("names", mapper.valueToTree(p.names()));
            o.set("sideNames", mapper.valueToTree(p.sideNames()));
        }
        event.date().ifPresentOrElse(d -> e.put("date", d.toString()), () -> e.putNull("date"));
        e.put("precision", event.precision());
    }

    public String digest(Digest digest) {
        ObjectNode root = mapper.createObjectNode();
        digest.since().ifPresentOrElse(s -> root.put("since", s.toString()), () -> root.putNull("since"));
        root.put("until", digest.until().toString());
        root.put("articleCount", digest.articleCount());
        ArrayNode stories = root.putArray("stories");
        for (DigestStory story : digest.stories()) {
            ObjectNode node = stories.addObject();
            node.put("id", story.storyId());
            node.put("headline", story.headline());
            node.put("headlineUrl", story.headlineUrl());
            story.date().ifPresentOrElse(d -> node.put("date", d.toString()), () -> node.putNull("date"));
            event(node, story.event());
            ArrayNode summary = node.putArray("summary");
            story.summary().forEach(summary::add);
            node.put("language", story.language());
            ArrayNode statements = node.putArray("statements");
            for (Statement st : story.statements()) {
                ObjectNode o = statements.addObject().put("side", st.side()).put("who", st.who("en"));
                o.set("sideNames", mapper.valueToTree(st.sideNames()));
                o.set("whoNames", mapper.valueToTree(st.who()));
                o.put("text", st.text()).put("language", st.language()).put("path", st.path());
            }
            node.put("titleOnly", story.titleOnly());
            if (story.sourcesOnlyIn().isEmpty()) {
                node.putNull("sourcesOnlyIn");
            } else {
                node.put("sourcesOnlyIn", story.sourcesOnlyIn());
            }
            node.put("update", story.update());
            ArrayNode sources = node.putArray("sources");
            for (Source source : story.sources()) {
                ObjectNode s = sources.addObject();
                if (source.outlet().isEmpty()) {
                    s.putNull("outlet");
                } else {
                    s.put("outlet", source.outlet());
                }
                s.put("url", source.url()).put("title", source.title()).put("kind", source.kind().code())
                        .put("path", source.path());
                ArrayNode paths = s.putArray("paths");
                source.paths().forEach(paths::add);
            }
            node.put("why", story.why());
        }
        try {
            return writer.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write digest as JSON: " + e.getMessage(), e);
        }
    }
}
