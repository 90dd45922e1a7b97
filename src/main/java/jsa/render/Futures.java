package jsa.render;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Work started in the background, such as parsing the fonts, while the caller reads the database. */
final class Futures {
    private Futures() {}

    /** The result of {@code future}, waiting for it; its failure is thrown as itself, not wrapped. */
    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
