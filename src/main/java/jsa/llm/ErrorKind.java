package jsa.llm;

import java.util.Locale;

/** Why a call failed, as the {@code llm_call.error_kind} column records it. */
public enum ErrorKind {
    /** No HTTP answer: connection refused, timeout, reset. */
    TRANSPORT,
    /** A 4xx the client should not retry: bad request, key, model, permission, spend limit. */
    HTTP_4XX,
    /** A 5xx (or 529) that outlasted the retries. */
    HTTP_5XX,
    /** 429 that outlasted the retries. */
    RATE_LIMITED,
    /** The answer was cut by the token limit or the context window. */
    TRUNCATED,
    /** The model declined to answer. */
    REFUSED,
    /** The answer is not the JSON asked for. */
    INVALID_JSON,
    /** The JSON breaks the record's constraints. */
    VALIDATION,
    /** The estimate exceeded {@code --budget}; nothing was sent. */
    BUDGET,
    /** The provider cannot do the task at all (the offline engine has no rules for it). */
    UNSUPPORTED;

    /** The ledger's name: {@code http_4xx}, {@code invalid_json}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
