package jsa.jobs.source;

import jsa.http.HttpFailure;
import jsa.http.JsonFetcher;

import okhttp3.HttpUrl;

/** A client of one board on a platform with a public JSON API at {@code apiBase}. */
public abstract class BoardClient implements JobSource {
    protected final JsonFetcher fetcher;
    protected final HttpUrl apiBase;
    protected final String board;
    /** The board in messages: "Stripe's Greenhouse board 'stripe'". */
    protected final String what;

    protected BoardClient(JsonFetcher fetcher, HttpUrl apiBase, String board, String company, String platform) {
        this.fetcher = fetcher;
        this.apiBase = apiBase;
        this.board = board;
        this.what = company + "'s " + platform + " board '" + board + "'";
    }

    /** The board sent something unusable from {@code url}: {@code what} names the board. */
    protected HttpFailure unusable(String problem, HttpUrl url) {
        return new HttpFailure(what + " " + problem + " for " + url, "retry later", null);
    }
}
