package newsbot.bot.commands;

import java.util.List;

/** What admin commands ask of the running bot; implemented by the process that owns the configuration. */
public interface BotControl {

    /**
     * Re-reads the configuration and topic files and rescans the article folder. A broken file
     * keeps the running configuration; the outcome says which file, line and key. Never throws.
     */
    ReloadOutcome reload();

    /** While the first scan of the article folder runs (the bot answers from the start), how far it is. */
    default java.util.Optional<ScanProgress> firstScan() {
        return java.util.Optional.empty();
    }

    /** Lines about the running bot for /status: next digests, paused chats, adapters. */
    List<String> statusLines();

    /** Subscribes {@code chatId} to scheduled digests; {@code args} is "CRON [ZONE] [zh|en|source]". Never throws. */
    default ControlReply subscribe(newsbot.bot.chat.Platform platform, String chatId, String args) {
        return new ControlReply(false, "Scheduled digests are not running here (use `newsbot run`).");
    }

    /** Ends the scheduled digests of {@code chatId}. Never throws. */
    default ControlReply unsubscribe(newsbot.bot.chat.Platform platform, String chatId) {
        return new ControlReply(false, "Scheduled digests are not running here (use `newsbot run`).");
    }
}
