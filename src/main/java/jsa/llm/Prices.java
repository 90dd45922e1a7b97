package jsa.llm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import jsa.JsaException;

/**
 * What tokens cost per model, from the data file {@code jsa/llm/prices.yaml} with the user's
 * {@code prices.yaml} laid over it. A model id matches the longest listed id it starts with.
 */
public final class Prices {
    private static final String BUILT_IN = "/jsa/llm/prices.yaml";
    private static final double PER_TOKEN = 1e-6;

    /** US dollars per million tokens of each kind. */
    record Rates(
            @JsonProperty(required = true) double input,
            double cacheWrite5m,
            double cacheWrite1h,
            double cacheRead,
            @JsonProperty(required = true) double output) {}

    /** A model's rates, and those for requests above a prompt size where there are such. */
    record ModelPrice(
            @JsonProperty(required = true) double input,
            @JsonProperty("cache_write_5m") double cacheWrite5m,
            @JsonProperty("cache_write_1h") double cacheWrite1h,
            double cacheRead,
            @JsonProperty(required = true) double output,
            LongContext longContext) {
        Rates rates(int totalInputTokens) {
            return longContext != null && totalInputTokens > longContext.aboveInputTokens()
                    ? new Rates(
                            longContext.input(),
                            longContext.cacheWrite5m(),
                            longContext.cacheWrite1h(),
                            longContext.cacheRead(),
                            longContext.output())
                    : new Rates(input, cacheWrite5m, cacheWrite1h, cacheRead, output);
        }
    }

    record LongContext(
            int aboveInputTokens,
            double input,
            @JsonProperty("cache_write_5m") double cacheWrite5m,
            @JsonProperty("cache_write_1h") double cacheWrite1h,
            double cacheRead,
            double output) {}

    // SNAKE_CASE would read cacheWrite5m as cache_write5m: the digit keys are named explicitly
    record PriceFile(Map<String, ModelPrice> models) {}

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Map<String, ModelPrice> models;

    private Prices(Map<String, ModelPrice> models) {
        this.models = Map.copyOf(models);
    }

    /**
     * The built-in prices, overlaid with {@code userFile} when it exists.
     *
     * @throws JsaException naming the user file when it is not a valid price file
     */
    public static Prices load(Path userFile) {
        Map<String, ModelPrice> models = new HashMap<>();
        try (InputStream in = Prices.class.getResourceAsStream(BUILT_IN)) {
            models.putAll(YAML.readValue(in, PriceFile.class).models());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the built-in " + BUILT_IN + " is broken", e);
        }
        if (userFile != null && Files.isRegularFile(userFile)) {
            try {
                PriceFile user = YAML.readValue(userFile.toFile(), PriceFile.class);
                if (user != null && user.models() != null) {
                    models.putAll(user.models());
                }
            } catch (IOException e) {
                throw JsaException.usage(
                        userFile + " is not a valid price file ("
                                + (e instanceof JsonProcessingException json
                                        ? json.getOriginalMessage()
                                        : e.getMessage())
                                + ")",
                        "fix it to the shape of the built-in prices: models: {<model id>: {input: 1.0, output: 5.0}}");
            }
        }
        return new Prices(models);
    }

    /** The cost in US dollars of {@code usage} on {@code model}; empty when the model has no price. */
    public Optional<Double> cost(String model, TokenUsage usage) {
        return price(model).map(price -> {
            Rates rates = price.rates(usage.totalInputTokens());
            return PER_TOKEN
                    * (usage.inputTokens() * rates.input()
                            + usage.cacheWrite5mTokens() * rates.cacheWrite5m()
                            + usage.cacheWrite1hTokens() * rates.cacheWrite1h()
                            + usage.cacheReadTokens() * rates.cacheRead()
                            + usage.outputTokens() * rates.output());
        });
    }

    /**
     * The most a call can cost: every input token at the dearer of the base and 5-minute cache-write rates,
     * and the whole output allowance. Empty when the model has no price.
     */
    public Optional<Double> ceiling(String model, int inputTokens, int maxOutputTokens) {
        return price(model).map(price -> {
            Rates rates = price.rates(inputTokens);
            // jsa's cache breakpoints use the 5-minute lifetime
            double input = Math.max(rates.input(), rates.cacheWrite5m());
            return PER_TOKEN * (inputTokens * input + maxOutputTokens * rates.output());
        });
    }

    private Optional<ModelPrice> price(String model) {
        if (model == null) {
            return Optional.empty();
        }
        return models.entrySet().stream()
                .filter(entry -> model.startsWith(entry.getKey()))
                .max(Comparator.comparingInt(entry -> entry.getKey().length()))
                .map(Map.Entry::getValue);
    }
}
