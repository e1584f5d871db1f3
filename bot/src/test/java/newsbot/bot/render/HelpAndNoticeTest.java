package newsbot.bot.render;

import static newsbot.bot.render.Fixtures.CHINESE;
import static newsbot.bot.render.Fixtures.ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HelpAndNoticeTest {
    private static final List<CommandHelp> COMMANDS = List.of(
            new CommandHelp("/search <words>", "find articles & stories"),
            new CommandHelp("/latest", "newest articles"));

    @Test
    void telegramHelpListsCommandsAsCode() {
        assertThat(new TelegramHtmlRenderer(ENGLISH).help(COMMANDS)).containsExactly(
                "<b>Commands</b>\n<code>/search &lt;words&gt;</code> — find articles &amp; stories\n<code>/latest</code> — newest articles");
    }

    @Test
    void slackHelpListsCommandsAsCode() {
        SlackMessage message = new SlackRenderer(ENGLISH).help(COMMANDS).get(0);

        assertThat(message.text()).isEqualTo(
                "\u200B*Commands*\u200B\n`/search &lt;words&gt;` — find articles &amp; stories\n`/latest` — newest articles");
        assertThat(message.blocks()).hasSize(1);
    }

    @Test
    void plainHelpInChinese() {
        assertThat(new PlainTextRenderer(CHINESE).help(COMMANDS))
                .isEqualTo("命令\n  /search <words> — find articles & stories\n  /latest — newest articles\n");
    }

    @Test
    void errorNoticeIsMarkedAndEscaped() {
        assertThat(new TelegramHtmlRenderer(ENGLISH).notice(Notice.error("no file <x> & @admin")))
                .isEqualTo("<b>Error:</b> no file &lt;x&gt; &amp; @\u200Badmin");
    }

    @Test
    void infoNoticeIsJustTheText() {
        assertThat(new PlainTextRenderer(ENGLISH).notice(Notice.info("Subscribed."))).isEqualTo("Subscribed.");
    }

    @Test
    void slackNoticeCannotPing() {
        SlackMessage message = new SlackRenderer(CHINESE).notice(Notice.error("<!channel> 出错了 @everyone"));

        assertThat(SlackTexts.all(message)).allSatisfy(t -> assertThat(SlackTexts.liveSequence(t)).isNull());
        assertThat(message.text()).startsWith("\u200B*出错：*\u200B &lt;!channel&gt; 出错了");
    }

    @Test
    void slackNoticeFitsOneSection() {
        SlackMessage message = new SlackRenderer(ENGLISH).notice(Notice.info("x".repeat(10_000)));

        assertThat(message.text()).hasSize(SlackRenderer.MAX_TEXT_LENGTH).endsWith("…");
    }
}
