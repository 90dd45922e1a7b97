package jsa.http;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Retries a call to an LLM API as the vendors' SDKs do: {@code x-should-retry: true|false} when
 * the server sends it, else 408, 409, 429 and 5xx (529 included), and transient network failures;
 * waits {@code retry-after-ms} or {@code retry-after} when the server names a wait, else
 * {@code baseDelay} doubling up to {@code maxDelay} less a random quarter. A named wait longer
 * than {@code maxRetryAfter} ends the retries: the caller reports the answer instead.
 */
public final class ApiRetryInterceptor implements Interceptor {
    /** Three attempts, 0.5 s doubling to at most 8 s: the Anthropic and OpenAI SDK defaults. */
    public static final RetryPolicy SDK_DEFAULT =
            new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(8), Sleeper.SYSTEM);

    /** Error bodies are small; a longer one is not an API error worth reading. */
    private static final long PEEK_BYTES = 64 * 1024;

    private final RetryPolicy policy;
    private final Duration maxRetryAfter;
    private final Predicate<String> permanentError;

    /**
     * @param maxRetryAfter the longest server-named wait worth waiting (60 s Anthropic, 120 s OpenAI)
     * @param permanentError true for an error body that must not be retried whatever its status,
     *     such as a spend limit reported as 429
     */
    public ApiRetryInterceptor(RetryPolicy policy, Duration maxRetryAfter, Predicate<String> permanentError) {
        this.policy = policy;
        this.maxRetryAfter = maxRetryAfter;
        this.permanentError = permanentError;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt >= policy.maxAttempts();
            Response response;
            try {
                response = chain.proceed(chain.request());
            } catch (IOException e) {
                if (last || !RetryInterceptor.retryable(e)) {
                    throw e;
                }
                policy.sleeper().sleep(backoff(attempt));
                continue;
            }
            if (last || !shouldRetry(response)) {
                return response;
            }
            Optional<Duration> named = namedWait(response);
            if (named.isPresent() && named.get().compareTo(maxRetryAfter) > 0) {
                return response;
            }
            response.close();
            policy.sleeper().sleep(named.isPresent() ? named.get() : backoff(attempt));
        }
    }

    private boolean shouldRetry(Response response) throws IOException {
        // a 2xx is an answer, whatever retry header came with it (one recorded 200 had retry-after)
        if (response.isSuccessful()
                || permanentError.test(response.peekBody(PEEK_BYTES).string())) {
            return false;
        }
        String verdict = response.header("x-should-retry");
        if ("true".equals(verdict)) {
            return true;
        }
        if ("false".equals(verdict)) {
            return false;
        }
        int code = response.code();
        return code == 408 || code == 409 || code == 429 || code >= 500;
    }

    /** The server's wait, when positive: {@code retry-after-ms}, else {@code retry-after}. */
    private static Optional<Duration> namedWait(Response response) {
        String millis = response.header("retry-after-ms");
        if (millis != null) {
            try {
                double value = Double.parseDouble(millis.trim());
                if (value > 0) {
                    return Optional.of(Duration.ofMillis((long) value));
                }
            } catch (NumberFormatException ignored) {
                // not a number: fall through to retry-after, as the SDKs do
            }
        }
        return RetryInterceptor.retryAfter(response).filter(wait -> !wait.isZero());
    }

    private Duration backoff(int attempt) {
        long ceiling = Math.min(policy.maxDelay().toMillis(), policy.baseDelay().toMillis() << (attempt - 1));
        double jitter = 1 - 0.25 * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis(Math.round(ceiling * jitter));
    }
}
