package jsa.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import javax.net.ssl.SSLException;

import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Retries a request on 408, 429 and 5xx answers and on transient network failures (timeouts,
 * resets), waiting {@code Retry-After} when the server says how long, else an exponentially
 * growing random delay. Never retries other 4xx, unknown hosts or TLS failures.
 */
final class RetryInterceptor implements Interceptor {
    private static final Set<Integer> RETRYABLE = Set.of(408, 429, 500, 502, 503, 504, 529);

    private final RetryPolicy policy;

    RetryInterceptor(RetryPolicy policy) {
        this.policy = policy;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt >= policy.maxAttempts();
            Response response;
            try {
                response = chain.proceed(chain.request());
            } catch (IOException e) {
                if (last || !retryable(e)) {
                    throw e;
                }
                policy.sleeper().sleep(backoff(attempt));
                continue;
            }
            if (last || !RETRYABLE.contains(response.code())) {
                return response;
            }
            Duration wait = retryAfter(response).orElse(backoff(attempt));
            if (wait.compareTo(policy.maxDelay()) > 0) {
                return response;
            }
            response.close();
            policy.sleeper().sleep(wait);
        }
    }

    static boolean retryable(IOException e) {
        if (e instanceof UnknownHostException || e instanceof SSLException) {
            return false;
        }
        // a timeout of one exchange is worth another try; a cancelled or timed-out call is not
        return !(e instanceof InterruptedIOException) || e instanceof SocketTimeoutException;
    }

    private Duration backoff(int attempt) {
        long ceiling = Math.min(policy.maxDelay().toMillis(), policy.baseDelay().toMillis() << (attempt - 1));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
    }

    /** {@code Retry-After} as seconds or an HTTP date. */
    static Optional<Duration> retryAfter(Response response) {
        String value = response.header("Retry-After");
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim()))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant when = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                Duration wait = Duration.between(Instant.now(), when);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }
}
