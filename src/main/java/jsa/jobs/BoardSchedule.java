package jsa.jobs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Hands the boards of a sync to the fetcher threads, at most {@code perHost} at once per API
 * host. A fetcher never waits for a busy host while another host's board could start: a
 * thread blocked on one host's limit would leave a concurrency slot idle. Of the hosts with
 * room, the one with the most boards left goes first, since it bounds when the sync can end.
 */
final class BoardSchedule {
    /** One board to fetch: its place in the sync's company list, its company and host. */
    record Board(int index, CompanySpec company, String host) {}

    private final int perHost;
    private final Map<String, Deque<Board>> waiting = new LinkedHashMap<>();
    private final Map<String, Integer> running = new HashMap<>();

    BoardSchedule(List<CompanySpec> companies, Function<CompanySpec, String> hostKey, int perHost) {
        this.perHost = perHost;
        for (int i = 0; i < companies.size(); i++) {
            CompanySpec company = companies.get(i);
            String host = hostKey.apply(company);
            waiting.computeIfAbsent(host, h -> new ArrayDeque<>()).add(new Board(i, company, host));
        }
    }

    /**
     * The next board to fetch, waiting until some host has room.
     *
     * @return null once every board has been handed out
     */
    synchronized Board take() throws InterruptedException {
        while (!waiting.isEmpty()) {
            Deque<Board> next = null;
            for (Map.Entry<String, Deque<Board>> host : waiting.entrySet()) {
                if (running.getOrDefault(host.getKey(), 0) < perHost
                        && (next == null || host.getValue().size() > next.size())) {
                    next = host.getValue();
                }
            }
            if (next != null) {
                Board board = next.poll();
                if (next.isEmpty()) {
                    waiting.remove(board.host());
                }
                running.merge(board.host(), 1, Integer::sum);
                return board;
            }
            wait();
        }
        return null;
    }

    /** Frees {@code board}'s place on its host. */
    synchronized void done(Board board) {
        running.merge(board.host(), -1, Integer::sum);
        notifyAll();
    }
}
