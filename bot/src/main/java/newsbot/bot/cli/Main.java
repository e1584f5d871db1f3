package newsbot.bot.cli;

public final class Main {
    public static void main(String[] args) {
        System.out.println("newsbot: CLI under construction");
    }
}
