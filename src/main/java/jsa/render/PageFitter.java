package jsa.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import jsa.resume.Resume;
import jsa.resume.ResumeBullet;
import jsa.resume.ResumeRole;

/**
 * Fits a resume into a page budget ({@code --style auto}): the template's stylesheet; the compact
 * one when that runs over; then the compact one without the lowest-relevance bullets of the
 * longest roles, never a role's last bullet, until it fits. Each step is reported.
 */
final class PageFitter {
    /** A laid-out attempt. */
    interface Attempt {
        int pages();
    }

    /** Lays the resume out with a stylesheet and without some bullets. */
    interface Layouts<A extends Attempt> {
        A layout(String style, Set<Long> dropped);
    }

    /** The attempt to write, its stylesheet, and the bullets it leaves out. */
    record Fit<A>(A attempt, String style, List<Dropped> dropped) {}

    /** A bullet left out, with its role. */
    record Dropped(ResumeRole role, ResumeBullet bullet) {}

    private final String label;
    private final int budget;
    private final Consumer<String> report;

    /**
     * @param label names the resume in report lines, e.g. "resume 12"
     * @param report hears each step that changes what the resume looks like
     */
    PageFitter(String label, int budget, Consumer<String> report) {
        this.label = label;
        this.budget = budget;
        this.report = report;
    }

    <A extends Attempt> Fit<A> fit(Resume resume, RenderStyle style, String ownStyle, Layouts<A> layouts) {
        String first = style == RenderStyle.COMPACT ? TemplateDirectory.COMPACT_STYLE : ownStyle;
        A attempt = layouts.layout(first, Set.of());
        if (attempt.pages() <= budget) {
            return new Fit<>(attempt, first, List.of());
        }
        if (style != RenderStyle.AUTO) {
            report.accept(label + ": " + pages(attempt) + " with " + first + ", over the budget of " + pages(budget)
                    + "; --style auto fits it to the budget");
            return new Fit<>(attempt, first, List.of());
        }
        String compact = TemplateDirectory.COMPACT_STYLE;
        if (!first.equals(compact)) {
            report.accept(label + ": " + pages(attempt) + " with " + first + "; trying " + compact);
            attempt = layouts.layout(compact, Set.of());
            if (attempt.pages() <= budget) {
                report.accept(label + ": fits on " + pages(budget) + " with " + compact);
                return new Fit<>(attempt, compact, List.of());
            }
        }
        return drop(resume, compact, attempt, layouts);
    }

    // Binary search over the drop order, which is fixed in advance: fewer bullets never take
    // more pages, and each layout costs tens of milliseconds.
    private <A extends Attempt> Fit<A> drop(Resume resume, String compact, A full, Layouts<A> layouts) {
        List<Dropped> order = dropOrder(resume);
        A all = order.isEmpty() ? full : layouts.layout(compact, ids(order, order.size()));
        if (all.pages() > budget) {
            report.accept(label + ": " + pages(full) + " with " + compact
                    + (order.isEmpty() ? "" : ", still " + pages(all) + " without " + bullets(order.size()))
                    + ", over the budget of " + pages(budget) + "; wrote it without dropping any: exclude"
                    + " bullets or roles to shorten it");
            return new Fit<>(full, compact, List.of());
        }
        int low = 1;
        int high = order.size();
        A best = all;
        while (low < high) {
            int middle = (low + high) / 2;
            A attempt = layouts.layout(compact, ids(order, middle));
            if (attempt.pages() <= budget) {
                high = middle;
                best = attempt;
            } else {
                low = middle + 1;
            }
        }
        List<Dropped> dropped = order.subList(0, high);
        report.accept(label + ": " + pages(full) + " with " + compact
                + " too; dropping the lowest-relevance bullets of the longest roles:");
        dropped.forEach(d -> report.accept(label + ": dropped " + describe(d)));
        report.accept(label + ": fits on " + pages(budget) + " with " + compact + " without " + bullets(high)
                + "; the stored resume keeps them");
        return new Fit<>(best, compact, List.copyOf(dropped));
    }

    /**
     * Every bullet that may go, in the order they go: from the role with the most bullets left
     * (then the longer text, then the later role), its lowest-relevance one (unknown relevance
     * first, then the later bullet), until each role has one.
     */
    static List<Dropped> dropOrder(Resume resume) {
        Map<Long, List<ResumeBullet>> left = new HashMap<>();
        resume.roles().forEach(role -> left.put(role.id(), new ArrayList<>(role.shownBullets())));
        Comparator<ResumeRole> longest = Comparator.<ResumeRole>comparingInt(
                        role -> left.get(role.id()).size())
                .thenComparingInt(role -> left.get(role.id()).stream()
                        .mapToInt(b -> b.shown().length())
                        .sum())
                .thenComparingInt(ResumeRole::position);
        Comparator<ResumeBullet> weakest = Comparator.<ResumeBullet>comparingDouble(
                        b -> b.relevance() == null ? -1 : b.relevance())
                .thenComparing(Comparator.comparingInt(ResumeBullet::position).reversed());
        List<Dropped> order = new ArrayList<>();
        while (true) {
            ResumeRole role = resume.roles().stream()
                    .filter(r -> left.get(r.id()).size() > 1)
                    .max(longest)
                    .orElse(null);
            if (role == null) {
                return order;
            }
            ResumeBullet bullet = left.get(role.id()).stream().min(weakest).orElseThrow();
            left.get(role.id()).remove(bullet);
            order.add(new Dropped(role, bullet));
        }
    }

    private static Set<Long> ids(List<Dropped> order, int count) {
        Set<Long> ids = new LinkedHashSet<>();
        order.subList(0, count).forEach(d -> ids.add(d.bullet().id()));
        return ids;
    }

    private static String describe(Dropped d) {
        String text = d.bullet().shown().strip().replaceAll("\\s+", " ");
        String relevance = d.bullet().relevance() == null
                ? "unknown relevance"
                : String.format(Locale.ROOT, "relevance %.2f", d.bullet().relevance());
        return "bullet " + d.bullet().id() + " of " + d.role().title() + ", "
                + d.role().company() + " (" + relevance + "): \""
                + text + "\"";
    }

    private static String pages(Attempt attempt) {
        return pages(attempt.pages());
    }

    private static String pages(int count) {
        return count == 1 ? "1 page" : count + " pages";
    }

    private static String bullets(int count) {
        return count == 1 ? "1 bullet" : count + " bullets";
    }
}
