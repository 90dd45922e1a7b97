package jsa.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * An API's answer read whole, whatever its status: callers map error statuses to their own
 * messages, which need the error body.
 *
 * @param status the HTTP status code
 * @param headers the response headers
 * @param body the body as UTF-8 text
 */
public record ApiAnswer(int status, Headers headers, String body) {
    /** Far above any JSON answer; more means something other than the API is answering. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    private static final MediaType JSON = MediaType.get("application/json");

    /**
     * POSTs {@code json} with the headers already on {@code request}.
     *
     * @throws IOException when no whole answer came: unreachable, timed out, reset, or too large
     */
    public static ApiAnswer postJson(OkHttpClient http, Request.Builder request, String json) throws IOException {
        Request post = request.header("Accept", "application/json")
                .post(RequestBody.create(json, JSON))
                .build();
        try (Response response = http.newCall(post).execute();
                InputStream in = response.body().byteStream()) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new TooLarge();
            }
            return new ApiAnswer(response.code(), response.headers(), new String(bytes, StandardCharsets.UTF_8));
        }
    }

    /** An answer over {@link #MAX_BYTES}: not read, as no API answers so much. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("answer larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
    }

    /** A 2xx status. */
    public boolean successful() {
        return status >= 200 && status < 300;
    }

    /** The named header, or null. */
    public String header(String name) {
        return headers.get(name);
    }
}
