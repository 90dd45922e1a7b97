package jsa.jobs.source;

import java.util.List;

import jsa.http.HttpFailure;

/** One company's job board on one platform. */
public interface JobSource {
    /**
     * Every posting of the board that matches {@code query}: the complete answer or nothing.
     *
     * @throws HttpFailure when the fetch failed or was cut short (a missing page, a malformed
     *     answer); a partial list is never returned, so no listing is wrongly taken as gone
     */
    List<Posting> fetch(BoardQuery query);
}
