package jsa.http;

import java.time.Duration;

/**
 * How often and how long to retry: exponential backoff from {@code baseDelay} with full jitter,
 * each wait at most {@code maxDelay}; a {@code Retry-After} longer than {@code maxDelay} ends the
 * retries (waiting that long is worse than reporting the board as failed).
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Sleeper sleeper) {
    /** Four attempts, 0.5 s doubling, at most 30 s a wait. */
    public static final RetryPolicy DEFAULT =
            new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(30), Sleeper.SYSTEM);
}
