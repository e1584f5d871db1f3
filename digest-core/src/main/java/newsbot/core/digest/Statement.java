package newsbot.core.digest;

import java.util.Map;

/**
 * What one side of an event said, in one attributed line: chosen from sentences whose speaker is an
 * entity of that side, in the language of the article it came from.
 *
 * @param side      the topic's side id ("us", "cn")
 * @param sideNames the side's name per language code
 * @param who       the speaker's name per language code
 * @param text      what they said (the words after the speech verb), at most a short line
 * @param language  what {@code text} is in
 * @param path      the primary file of the article it is from
 */
public record Statement(String side, Map<String, String> sideNames, Map<String, String> who, String text,
                        String language, String path) {
    public Statement {
        sideNames = Map.copyOf(sideNames);
        who = Map.copyOf(who);
    }

    public String sideName(String language) {
        return sideNames.getOrDefault(language, sideNames.getOrDefault("en", side));
    }

    public String who(String language) {
        return who.getOrDefault(language, who.getOrDefault("en", ""));
    }
}
