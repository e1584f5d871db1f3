package newsbot.bot.config;

/** The configuration file cannot be used; the message names the file, the key and why. */
public final class ConfigException extends Exception {
    public ConfigException(String message) {
        super(message);
    }
}
