package jsa.bench;

import java.util.ArrayList;
import java.util.List;

import jsa.llm.LlmClient;
import jsa.llm.LlmReply;
import jsa.llm.LlmRequest;
import jsa.llm.offline.OfflineClient;

/**
 * The offline engine, keeping each request and its answer while recording, so that a benchmark
 * can count what the same calls would send to a provider.
 */
final class RecordingClient implements LlmClient {
    /** A call the recorder saw and the answer it got. */
    record Call(LlmRequest request, String answer) {}

    private final OfflineClient offline;
    // null between recordings: the timed rounds keep nothing
    private List<Call> calls;

    RecordingClient(OfflineClient offline) {
        this.offline = offline;
    }

    /** Keeps the calls from now on, until {@link #stop()}. */
    void start() {
        calls = new ArrayList<>();
    }

    /** The calls since {@link #start()}, in order; recording stops. */
    List<Call> stop() {
        List<Call> recorded = calls == null ? List.of() : calls;
        calls = null;
        return recorded;
    }

    @Override
    public String provider() {
        return offline.provider();
    }

    @Override
    public int countInputTokens(LlmRequest request) {
        return offline.countInputTokens(request);
    }

    @Override
    public LlmReply complete(LlmRequest request) {
        LlmReply reply = offline.complete(request);
        if (calls != null) {
            calls.add(new Call(request, reply.json().toString()));
        }
        return reply;
    }

    @Override
    public String structuredOutput() {
        return offline.structuredOutput();
    }
}
