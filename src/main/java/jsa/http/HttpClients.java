package jsa.http;

import java.time.Duration;

import okhttp3.OkHttpClient;

/**
 * The one HTTP client jsa shares (OkHttp clients hold connection and thread pools): a User-Agent,
 * connect, read and whole-call timeouts, and retries.
 */
public final class HttpClients {
    private HttpClients() {}

    /** A client that identifies itself as {@code userAgent} and retries as {@code retries} says. */
    public static OkHttpClient create(String userAgent, RetryPolicy retries) {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .writeTimeout(Duration.ofSeconds(30))
                .callTimeout(Duration.ofSeconds(180))
                .retryOnConnectionFailure(false)
                .addInterceptor(chain -> chain.proceed(chain.request()
                        .newBuilder()
                        .header("User-Agent", userAgent)
                        .build()))
                .addInterceptor(new RetryInterceptor(retries))
                .build();
    }

    /**
     * A client for an LLM API derived from {@code shared} (its pools and User-Agent): the board
     * retries replaced by {@code retries}, and timeouts long enough for an answer that takes
     * minutes to generate (the SDKs allow 10 minutes a request).
     */
    public static OkHttpClient forApi(OkHttpClient shared, ApiRetryInterceptor retries) {
        OkHttpClient.Builder builder = shared.newBuilder();
        builder.interceptors().removeIf(RetryInterceptor.class::isInstance);
        return builder.readTimeout(Duration.ofMinutes(10))
                .writeTimeout(Duration.ofMinutes(1))
                // three attempts of up to ten minutes each, plus the waits between them
                .callTimeout(Duration.ofMinutes(32))
                .addInterceptor(retries)
                .build();
    }
}
