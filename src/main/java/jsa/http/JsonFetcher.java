package jsa.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;

import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * GETs and POSTs JSON and reads the answer into records (and fetches web pages), turning every way it can go wrong
 * (unreachable, error status, an HTML page, an empty, truncated, oversized or mistyped body)
 * into an {@link HttpFailure} that names what was asked for and the URL.
 */
public final class JsonFetcher {
    /** A board's whole listing is a few MB at most; more means something is wrong. */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    private static final MediaType JSON = MediaType.get("application/json");
    private static final ObjectMapper MAPPER =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final OkHttpClient client;
    private final long maxBytes;

    public JsonFetcher(OkHttpClient client, long maxBytes) {
        this.client = client;
        this.maxBytes = maxBytes;
    }

    /**
     * GETs {@code url} and reads the JSON answer as {@code type}.
     *
     * @param what what is fetched, for messages, e.g. "Stripe's Greenhouse board"
     * @throws HttpFailure when no usable answer came
     */
    public <T> T get(HttpUrl url, Class<T> type, String what) {
        return execute(request(url).get().build(), MAPPER.constructType(type), what);
    }

    /**
     * GETs a web page as text (for the JSON-LD that job pages embed), with the same size cap and
     * failure reports as {@link #get}.
     */
    public String page(HttpUrl url, String what) {
        Request request = new Request.Builder()
                .url(url)
                .header("Accept", "text/html,*/*")
                .get()
                .build();
        try (Response response = client.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new HttpFailure(
                        what + " answered HTTP " + response.code() + " for " + url,
                        "save the page from your browser and pass the file instead",
                        null);
            }
            return new String(read(response.body(), what, url.toString()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new HttpFailure(
                    what + " could not be fetched from " + url + " (" + NetworkProblems.describe(e) + ")",
                    "retry later",
                    e);
        }
    }

    /** POSTs {@code body} as JSON to {@code url}; otherwise as {@link #get}. */
    public <T> T post(HttpUrl url, Object body, Class<T> type, String what) {
        String json;
        try {
            json = MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the request body", e);
        }
        return execute(request(url).post(RequestBody.create(json, JSON)).build(), MAPPER.constructType(type), what);
    }

    private static Request.Builder request(HttpUrl url) {
        return new Request.Builder().url(url).header("Accept", "application/json");
    }

    private <T> T execute(Request request, JavaType type, String what) {
        String url = request.url().toString();
        try (Response response = client.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new HttpFailure(
                        what + " answered HTTP " + response.code() + " for " + url,
                        response.code() == 404 || response.code() == 422
                                ? "check the board settings with 'jsa company show'"
                                : "retry later",
                        null);
            }
            byte[] body = read(response.body(), what, url);
            if (body.length == 0) {
                throw new HttpFailure(what + " sent an empty answer for " + url, "retry later", null);
            }
            if (looksLikeHtml(response, body)) {
                throw new HttpFailure(
                        what + " sent an HTML page instead of JSON for " + url,
                        "the site may be down or blocking; retry later",
                        null);
            }
            return MAPPER.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new HttpFailure(
                    what + " sent JSON that jsa cannot read for " + url + " (" + e.getOriginalMessage() + ")",
                    "the API may have changed; retry later or report it",
                    e);
        } catch (IOException e) {
            throw new HttpFailure(
                    what + " could not be fetched from " + url + " (" + NetworkProblems.describe(e) + ")",
                    "retry later",
                    e);
        }
    }

    private byte[] read(ResponseBody body, String what, String url) throws IOException {
        long declared = body.contentLength();
        if (declared > maxBytes) {
            throw tooLarge(what, url);
        }
        try (InputStream in = body.byteStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooLarge(what, url);
            }
            return bytes;
        }
    }

    private HttpFailure tooLarge(String what, String url) {
        return new HttpFailure(
                what + " sent more than " + maxBytes / (1024 * 1024) + " MB for " + url, "report it", null);
    }

    private static boolean looksLikeHtml(Response response, byte[] body) {
        String type = response.header("Content-Type", "");
        if (type.toLowerCase(Locale.ROOT).contains("html")) {
            return true;
        }
        String start = new String(body, 0, Math.min(body.length, 64), StandardCharsets.UTF_8).stripLeading();
        return start.startsWith("<");
    }
}
