package jsa.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.JsaException;

class PricesTest {
    @TempDir
    Path dir;

    @Test
    void everyUsageBucketIsCostedAtItsOwnRate() {
        Prices prices = Prices.load(null);
        // Sonnet 4.5: input 3, 5m write 3.75, 1h write 6, read 0.30, output 15 per million
        TokenUsage usage = new TokenUsage(1_000, 2_000, 10_000, 4_000, 1_000);

        double cost = prices.cost("claude-sonnet-4-5-20250929", usage).orElseThrow();

        assertThat(cost)
                .isCloseTo((1_000 * 3 + 2_000 * 15 + 10_000 * 0.30 + 4_000 * 3.75 + 1_000 * 6) / 1e6, within(1e-12));
    }

    @Test
    void haikuFivePointFiveCostsMoreAboveAHundredThousandInputTokens() {
        Prices prices = Prices.load(null);

        double small = prices.cost("claude-haiku-5-5", new TokenUsage(100_000, 1_000, 0, 0, 0))
                .orElseThrow();
        double large = prices.cost("claude-haiku-5-5", new TokenUsage(100_001, 1_000, 0, 0, 0))
                .orElseThrow();

        assertThat(small).isCloseTo((100_000 * 0.10 + 1_000 * 0.50) / 1e6, within(1e-12));
        assertThat(large).isCloseTo((100_001 * 0.50 + 1_000 * 2.50) / 1e6, within(1e-12));
    }

    @Test
    void theCeilingTakesTheDearerInputRateAndTheWholeOutputAllowance() {
        double ceiling =
                Prices.load(null).ceiling("claude-sonnet-5-5", 1_000, 4_096).orElseThrow();

        assertThat(ceiling).isCloseTo((1_000 * 2.50 + 4_096 * 10.00) / 1e6, within(1e-12));
    }

    @Test
    void unknownModelsHaveNoPriceUntilTheUserGivesOne() throws IOException {
        Path file = Files.writeString(
                dir.resolve("prices.yaml"), "models:\n  gpt-4.1-mini: {input: 0.40, cache_read: 0.10, output: 1.60}\n");

        assertThat(Prices.load(null).cost("gpt-4.1-mini", TokenUsage.NONE)).isEmpty();
        assertThat(Prices.load(file).cost("gpt-4.1-mini-2025-04-14", new TokenUsage(1_000_000, 0, 0, 0, 0)))
                .hasValueSatisfying(cost -> assertThat(cost).isCloseTo(0.40, within(1e-12)));
        assertThat(Prices.load(dir.resolve("missing.yaml")).cost("claude-haiku-4-5", TokenUsage.NONE))
                .hasValue(0.0);
    }

    @Test
    void aBrokenUserFileIsAUsageErrorNamingIt() throws IOException {
        Path file = Files.writeString(dir.resolve("prices.yaml"), "models:\n  x: {output: 1}\n");

        assertThatThrownBy(() -> Prices.load(file))
                .isInstanceOf(JsaException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("input");
    }
}
