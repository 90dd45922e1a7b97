package jsa.llm;

import java.time.Instant;
import java.util.List;

import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The {@code llm_call} ledger as {@link LlmCall} records. */
@RegisterConstructorMapper(LlmCall.class)
public interface LlmCallDao extends SqlObject {
    /** Appends {@code call} to the ledger and returns its new id. */
    @SqlUpdate("""
            INSERT INTO llm_call (task, provider, model, prompt_name, prompt_version, prompt_hash,
                                  estimated_input_tokens, input_tokens, output_tokens,
                                  cache_read_tokens, cache_write_tokens, cost_usd, latency_ms,
                                  ok, error_kind, job_id)
            VALUES (:task, :provider, :model, :promptName, :promptVersion, :promptHash,
                    :estimatedInputTokens, :inputTokens, :outputTokens,
                    :cacheReadTokens, :cacheWriteTokens, :costUsd, :latencyMs,
                    :ok, :errorKind, :jobId)
            """)
    @GetGeneratedKeys
    long insert(@BindMethods NewLlmCall call);

    /** The calls made at or after {@code from}, oldest first. */
    @SqlQuery("""
            SELECT * FROM llm_call
            WHERE created_at >= :from
            ORDER BY created_at, id
            """)
    List<LlmCall> since(Instant from);

    /** Links call {@code id} to the job its answer produced. */
    @SqlUpdate("UPDATE llm_call SET job_id = :jobId WHERE id = :id")
    void linkJob(long id, long jobId);
}
