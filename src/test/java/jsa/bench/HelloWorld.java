package jsa.bench;

/** The baseline of the start-up benchmark: the cheapest Java program there is. */
public final class HelloWorld {
    private HelloWorld() {}

    public static void main(String[] args) {
        System.out.println("hello, world");
    }
}
