/**
 * The seam between the chat platforms and the bot: platform-neutral requests in, replies out.
 *
 * <p>Inbound, an adapter turns a platform update into a {@link newsbot.bot.chat.ChatRequest}, asks the
 * {@link newsbot.bot.chat.ChatHandler} (the command router) for a {@link newsbot.bot.chat.ChatReply}, and posts its
 * {@link newsbot.bot.chat.ChatMessage}s. Outbound (scheduled digests), the outbox calls a
 * {@link newsbot.bot.chat.MessageSender} and gets a {@link newsbot.bot.chat.SendResult}: sent, retryable (with the
 * platform's retry-after), or permanent (also told to the {@link newsbot.bot.chat.DeliveryListener}).
 *
 * <p>Starting the adapters (tokens from the environment, never from files):
 * <pre>{@code
 * var telegram = new TelegramBot(Secret.fromEnvironment(System.getenv(), "TELEGRAM_BOT_TOKEN").orElseThrow(),
 *         TelegramSettings.defaults().withApiUrl(URI.create(apiUrl)), router, router.commandInfos(),
 *         adminNotifier, Clock.systemUTC(), Sleeper.SYSTEM);
 * telegram.start();                       // getMe, setMyCommands, long polling
 *
 * var env = System.getenv();
 * var slack = new SlackBot(SlackSecrets.fromEnvironment(env.get("SLACK_BOT_TOKEN"),
 *         env.get("SLACK_SIGNING_SECRET"), env.get("SLACK_APP_TOKEN")),
 *         SlackSettings.defaults(), router, adminNotifier, Clock.systemUTC(), Sleeper.SYSTEM);
 * slack.start();                          // auth.test, then Socket Mode or HTTP on :3000/slack/events
 *
 * MessageSender senders = new PlatformSenders(Map.of(Platform.TELEGRAM, telegram.sender(),
 *         Platform.SLACK, slack.sender()));
 * }</pre>
 * Both are {@link java.lang.AutoCloseable}; close them on shutdown.
 */
package newsbot.bot.chat;
