package jsa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.ClosedException;
import org.jline.utils.NonBlockingReader;

import jsa.JsaException;
import jsa.jobs.ListingRow;
import jsa.jobs.ListingService;
import jsa.jobs.ListingStatus;

/**
 * The interactive review of {@code jsa jobs review}: one listing at a time, one key per
 * decision, each committed at once; {@code u} undoes the last decision.
 */
final class ReviewScreen {
    static final String KEYS = "[i]nterested  [d]ismiss  [a]pplied  [o]pen  [s]kip  [u]ndo  [q]uit";

    /** A decision that can be undone. */
    private record Decision(int index, long id, ListingStatus from, ListingStatus to) {}

    private final Terminal terminal;
    private final ListingService listings;
    private final Consumer<String> opener;
    private final Deque<Decision> decisions = new ArrayDeque<>();

    ReviewScreen(Terminal terminal, ListingService listings, Consumer<String> opener) {
        this.terminal = terminal;
        this.listings = listings;
        this.opener = opener;
    }

    /** Walks {@code queue}; returns how many decisions stand at the end. */
    int run(List<ListingRow> queue) {
        PrintWriter out = terminal.writer();
        Attributes saved = terminal.enterRawMode();
        try {
            int index = 0;
            while (index < queue.size()) {
                show(out, queue.get(index), index, queue.size());
                int key = read();
                switch (key) {
                    case 'i' -> index = decide(out, queue, index, ListingStatus.INTERESTED);
                    case 'd' -> index = decide(out, queue, index, ListingStatus.DISMISSED);
                    case 'a' -> index = decide(out, queue, index, ListingStatus.APPLIED);
                    case 'o' -> open(out, queue.get(index));
                    case 's', ' ' -> index++;
                    case 'u' -> index = undo(out, index);
                    case 'q', 3, 4, -1 -> index = queue.size();
                    default -> out.println("  keys: " + KEYS);
                }
                out.flush();
            }
            out.println("done: " + decisions.size() + " decisions saved");
            out.flush();
            return decisions.size();
        } finally {
            terminal.setAttributes(saved);
        }
    }

    private int decide(PrintWriter out, List<ListingRow> queue, int index, ListingStatus to) {
        ListingRow listing = queue.get(index);
        ListingStatus from = ListingStatus.of(listing.status());
        try {
            listings.mark(List.of(listing.id()), to);
        } catch (JsaException e) {
            out.println("  " + e.getMessage());
            return index;
        }
        decisions.push(new Decision(index, listing.id(), from, to));
        out.println("  -> " + to.id());
        return index + 1;
    }

    private int undo(PrintWriter out, int index) {
        Decision last = decisions.peek();
        if (last == null) {
            out.println("  nothing to undo");
            return index;
        }
        if (!listings.undo(last.id(), last.to(), last.from())) {
            out.println("  cannot undo: "
                    + (last.to() == ListingStatus.APPLIED ? "applied is final" : "the listing changed since"));
            return index;
        }
        decisions.pop();
        out.println("  undone: back to " + last.from().id());
        return last.index();
    }

    private void open(PrintWriter out, ListingRow listing) {
        if (listing.url() == null) {
            out.println("  no URL for this listing");
        } else {
            opener.accept(listing.url());
        }
    }

    private static void show(PrintWriter out, ListingRow listing, int index, int total) {
        out.println();
        out.println("[" + (index + 1) + "/" + total + "] " + listing.title());
        out.println("  " + listing.company() + (listing.location() == null ? "" : "  ·  " + listing.location())
                + (listing.postedDate() == null ? "" : "  ·  posted " + listing.postedDate()));
        out.println("  " + (listing.url() == null ? "(no URL)" : listing.url()));
        out.print("  " + KEYS + " > ");
        out.flush();
    }

    private int read() {
        NonBlockingReader reader = terminal.reader();
        try {
            int key = reader.read();
            if (key >= 'A' && key <= 'Z') {
                return Character.toLowerCase(key);
            }
            return key;
        } catch (ClosedException e) {
            return -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
