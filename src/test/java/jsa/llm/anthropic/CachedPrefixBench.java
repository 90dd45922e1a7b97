package jsa.llm.anthropic;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;

import jsa.jd.CorpusScore;
import jsa.jd.JdService;
import jsa.jd.JdText;
import jsa.llm.LlmRequest;
import jsa.llm.Prompts;
import jsa.llm.StructuredTask;

/**
 * The input of an Anthropic {@code parse-jd} request for every corpus posting, counted locally,
 * with and without the cached prefix: the system block carries the cache breakpoint, so on a
 * cache hit only the user message (the posting) is billed at the base rate. Counts use OpenAI's
 * cl100k encoding: an estimate for Claude, whose newer tokenizers give about 30% more tokens.
 */
public final class CachedPrefixBench {
    /** The smallest prompt Haiku 5.5 and Sonnet 5.5 cache; a shorter prefix is sent uncached, silently. */
    private static final int MIN_CACHEABLE = 512;

    private CachedPrefixBench() {}

    public static void main(String[] args) {
        Encoding tokens = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);
        StructuredTask<?> task = JdService.PARSE;
        List<CorpusScore.Posting> postings = CorpusScore.load();
        long prefixTotal = 0;
        long userTotal = 0;
        int prefix = 0;
        for (CorpusScore.Posting posting : postings) {
            Map<String, String> inputs = Map.of("jd", JdText.normalize(posting.text()));
            LlmRequest request = new LlmRequest(
                    task.name(),
                    "claude-haiku-5-5",
                    task.prompt(),
                    "",
                    Prompts.render(task.prompt(), task.prompt().userTemplate(), inputs),
                    inputs,
                    task.schemaName(),
                    task.schema(),
                    task.maxOutputTokens());
            JsonNode body = AnthropicRequests.message(request, OutputMode.NATIVE_FORMAT);
            // the cached prefix: the system block (with the breakpoint) and the output schema
            prefix = tokens.countTokens(body.get("system").get(0).get("text").asText())
                    + tokens.countTokens(body.get("output_config").toString());
            prefixTotal += prefix;
            userTotal += tokens.countTokens(
                    body.get("messages").get(0).get("content").asText());
        }
        double userMean = (double) userTotal / postings.size();
        double withoutCache = (double) (prefixTotal + userTotal) / postings.size();
        System.out.printf(
                Locale.ROOT, "%nAnthropic parse-jd input, %d corpus postings, local cl100k counts%n", postings.size());
        System.out.printf(
                Locale.ROOT, "stable prefix (system + schema)  %6d tokens  (cached from %d)%n", prefix, MIN_CACHEABLE);
        System.out.printf(Locale.ROOT, "posting (user message), mean     %8.0f tokens%n", userMean);
        System.out.printf(
                Locale.ROOT,
                "billed at the input rate: without cache %.0f, with a cache hit %.0f (%.0f%% of it;"
                        + " the prefix is read at 0.1x)%n",
                withoutCache,
                userMean,
                100 * userMean / withoutCache);
        if (prefix < MIN_CACHEABLE) {
            System.out.printf(
                    Locale.ROOT, "NOTE: the prefix is below the %d-token minimum: it is not cached%n", MIN_CACHEABLE);
        }
    }
}
