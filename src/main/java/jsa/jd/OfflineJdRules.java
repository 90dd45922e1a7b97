package jsa.jd;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jsa.llm.offline.OfflineTask;

/** The offline engine's {@code parse-jd}: {@link OfflineJdParser} over the normalized text. */
public final class OfflineJdRules implements OfflineTask {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OfflineJdParser parser = new OfflineJdParser();

    @Override
    public JsonNode answer(Map<String, String> inputs) {
        return JSON.valueToTree(parser.parse(inputs.get(JdService.JD_INPUT)));
    }
}
