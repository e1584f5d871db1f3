package newsbot.bot.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import newsbot.bot.chat.ChatHandler;
import newsbot.bot.chat.ChatKind;
import newsbot.bot.chat.ChatMessage;
import newsbot.bot.chat.ChatReply;
import newsbot.bot.chat.ChatRequest;
import newsbot.bot.chat.Origin;
import newsbot.bot.chat.Platform;

/**
 * The command router on standard input and output, so anyone can try the commands with no
 * tokens: one command per line ("/latest 3", "/search 董军"); a line without a slash searches; /quit (or /exit, or
 * end of input) leaves.
 */
public final class ConsoleChat {
    /** What ends the console, besides end of input: the words a REPL user tries first. */
    private static final java.util.Set<String> QUIT = java.util.Set.of("/quit", "/exit");
    private final ChatHandler handler;
    private final String language;

    public ConsoleChat(ChatHandler handler, String language) {
        this.handler = handler;
        this.language = language;
    }

    public void run(BufferedReader in, PrintWriter out, boolean prompt) throws IOException {
        if (prompt) {
            out.println("newsbot chat: type /help, /latest, /search QUERY; /quit or Ctrl-D to leave.");
        }
        while (true) {
            if (prompt) {
                out.print("> ");
                out.flush();
            }
            String line = in.readLine();
            if (line == null) {
                return;
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (QUIT.contains(line.toLowerCase(java.util.Locale.ROOT))) {
                return;
            }
            ChatReply reply = handler.handle(request(line));
            for (ChatMessage m : reply.messages()) {
                out.println(m.text());
                out.println();
            }
            out.flush();
        }
    }

    private ChatRequest request(String line) {
        boolean command = line.startsWith("/") && line.length() > 1;
        String body = command ? line.substring(1) : line;
        int space = body.indexOf(' ');
        String name = command ? (space < 0 ? body : body.substring(0, space)).toLowerCase(java.util.Locale.ROOT) : "search";
        int at = name.indexOf('@');
        if (at > 0) {
            name = name.substring(0, at);
        }
        String args = command ? (space < 0 ? "" : body.substring(space + 1).strip()) : line;
        return new ChatRequest(Platform.CONSOLE, "console", "console", System.getProperty("user.name", ""), language,
                name, args, ChatKind.PRIVATE, command ? Origin.COMMAND : Origin.TEXT, "");
    }
}
