package newsbot.bot.commands;

import java.util.List;

/** What admin commands ask of the running bot; implemented by the process that owns the configuration. */
public interface BotControl {

    /**
     * Re-reads the configuration and topic files and rescans the article folder. A broken file
     * keeps the running configuration; the outcome says which file, line and key. Never throws.
     */
    ReloadOutcome reload();

    /** Lines about the running bot for /status: next digests, paused chats, adapters. */
    List<String> statusLines();
}
