package newsbot.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import newsbot.bot.commands.CommandSpec;
import newsbot.bot.commands.Commands;
import org.junit.jupiter.api.Test;

/** The README's table of chat commands and the router's list are the same commands. */
class DocumentedCommandsTest {
    @Test
    void theReadmeDocumentsExactlyTheCommandsTheRouterKnows() throws Exception {
        assertThat(DocumentedCommands.inReadme())
                .isEqualTo(Commands.ALL.stream().map(CommandSpec::name).collect(Collectors.toSet()));
    }
}
