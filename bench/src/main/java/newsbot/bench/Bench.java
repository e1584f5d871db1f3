package newsbot.bench;

public final class Bench {
    public static void main(String[] args) {
        System.out.println("newsbot bench: under construction");
    }
}
