package newsbot.core.source;

import java.util.List;

/**
 * The configuration's {@code sources:} rules, in the order given, and how an article's outlet
 * and kind follow from them and from what the article itself says.
 *
 * <p>The outlet is the first of these that exists:
 * <ol>
 * <li>the text's own attribution ("@国防部发布", "新华社北京4月16日电", "（观察者网讯）", "来源：…", "Source: …");</li>
 * <li>the first {@code host} rule matching the article's URL;</li>
 * <li>the file's fields (URL host, front matter, title suffix);</li>
 * <li>a report the text opens by citing ("据新华社报道，…");</li>
 * <li>the first rule with neither {@code host} nor {@code names} that matches (by folder, path or title):
 *     a default for files that name nobody;</li>
 * <li>an image host.</li>
 * </ol>
 * The first {@code names} rule listing the name found then renames it ("国防部发布" → "国防部").
 * The kind is that of the first rule with a kind that matches; {@code news} when none does.
 */
public record SourceRules(List<SourceRule> rules) {
    public static final SourceRules NONE = new SourceRules(List.of());

    public SourceRules {
        rules = List.copyOf(rules);
    }

    public Provenance resolve(SourceFacts facts) {
        NamedOutlet named = facts.named();
        String outlet = switch (named.basis()) {
            case TEXT -> named.name();
            case FILE, CITED -> firstOutlet(facts, Level.HOST, named.name());
            case IMAGE, NONE -> {
                String byHost = firstOutlet(facts, Level.HOST, "");
                yield byHost.isEmpty() ? firstOutlet(facts, Level.DEFAULT, named.name()) : byHost;
            }
        };
        String found = outlet;
        for (SourceRule r : rules) {
            if (r.hasNames() && !r.outlet().isEmpty() && r.matches(facts, found)) {
                outlet = r.outlet();
                break;
            }
        }
        for (SourceRule r : rules) {
            if (r.kind().isPresent() && r.matches(facts, outlet)) {
                return new Provenance(outlet, r.kind().get());
            }
        }
        return new Provenance(outlet, SourceKind.NEWS);
    }

    private enum Level { HOST, DEFAULT }

    /** The outlet of the first matching rule of that level, else {@code otherwise}. */
    private String firstOutlet(SourceFacts facts, Level level, String otherwise) {
        for (SourceRule r : rules) {
            boolean ofLevel = level == Level.HOST ? r.hasHost() : !r.hasHost() && !r.hasNames();
            if (ofLevel && !r.outlet().isEmpty() && r.matches(facts, otherwise)) {
                return r.outlet();
            }
        }
        return otherwise;
    }
}
