package newsbot.bot.commands;

import newsbot.bot.chat.ChatReply;

/** Answers one command. The router has already checked who asks and catches what this throws. */
@FunctionalInterface
public interface CommandHandler {
    ChatReply answer(Call call);
}
