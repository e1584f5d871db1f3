package newsbot.bot.commands;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One chat command as every platform sees it: the router runs {@code handler}, /help lists it, Telegram's menu
 * (setMyCommands) shows it and Slack maps a slash command to it — all from this one entry in {@link Commands#ALL}.
 *
 * @param name    lower case, no slash: "latest" (Telegram allows 1–32 of a-z, 0-9, _)
 * @param who     who may run it; admin commands are refused politely to others and hidden from their /help
 * @param args    the usage after the name, e.g. "[N]"; empty for none
 * @param en      one short line for /help and the Telegram menu
 * @param zh      the same in Chinese
 * @param listed  false for aliases that /help, the menu and Slack leave out (/start, which Telegram sends first)
 * @param handler what answers it
 */
public record CommandSpec(String name, Who who, String args, String en, String zh, boolean listed,
                          CommandHandler handler) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,32}");

    /** Who may run a command. */
    public enum Who { ANYONE, ADMINS }

    public CommandSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(handler, "handler");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("command name must be 1-32 of a-z, 0-9, _: " + name);
        }
        if (en.isBlank() || en.length() > 256 || zh.isBlank()) {
            throw new IllegalArgumentException("command descriptions must be 1-256 characters: " + name);
        }
    }

    static CommandSpec shown(String name, Who who, String args, String en, String zh, CommandHandler handler) {
        return new CommandSpec(name, who, args, en, zh, true, handler);
    }

    static CommandSpec hidden(String name, Who who, String en, String zh, CommandHandler handler) {
        return new CommandSpec(name, who, "", en, zh, false, handler);
    }

    public boolean adminOnly() {
        return who == Who.ADMINS;
    }

    /** "/name ARGS" as /help shows it, with the name users of that platform type. */
    public String usage(CommandNames names) {
        return names.slash(name) + (args.isEmpty() ? "" : " " + args);
    }
}
