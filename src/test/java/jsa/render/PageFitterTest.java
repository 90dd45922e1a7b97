package jsa.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntBiFunction;

import org.junit.jupiter.api.Test;

import jsa.resume.Resume;
import jsa.resume.ResumeBullet;
import jsa.resume.ResumeRole;
import jsa.resume.ResumeSummary;

class PageFitterTest {
    private static final String STANDARD = "css/standard.css";
    private static final String COMPACT = TemplateDirectory.COMPACT_STYLE;

    // role 1: four bullets, one excluded; role 2: three; role 3: one
    private final Resume resume = new Resume(
            new ResumeSummary(
                    7, 1L, 1, "t", 1, "Software Engineer", null, "offline", "rules", Instant.EPOCH, "Acme", "Engineer"),
            List.of(
                    role(
                            10,
                            0,
                            "Lead",
                            bullet(101, 0, 0.9, "aaaa"),
                            bullet(102, 1, 0.1, "bb"),
                            bullet(103, 2, null, "cc"),
                            excluded(104, 3)),
                    role(
                            20,
                            1,
                            "Engineer",
                            bullet(201, 0, 0.5, "dd"),
                            bullet(202, 1, 0.2, "ee"),
                            bullet(203, 2, 0.2, "ff")),
                    role(30, 2, "Intern", bullet(301, 0, 0.0, "gg"))),
            List.of());

    private final List<String> report = new ArrayList<>();
    private final List<String> layouts = new ArrayList<>();

    @Test
    void theDropOrderTakesTheLowestRelevanceBulletOfTheLongestRoleAndLeavesEachRoleOne() {
        assertThat(PageFitter.dropOrder(resume).stream().map(d -> d.bullet().id()))
                // role 1 and 2 have three shown bullets; role 1 has the longer text, then the later role wins ties
                .containsExactly(103L, 203L, 102L, 202L);
    }

    @Test
    void aResumeThatFitsIsLaidOutOnceAndNothingIsReported() {
        PageFitter.Fit<Pages> fit = fit(RenderStyle.AUTO, (style, dropped) -> 1);

        assertThat(fit.style()).isEqualTo(STANDARD);
        assertThat(fit.dropped()).isEmpty();
        assertThat(layouts).containsExactly(STANDARD + " -0");
        assertThat(report).isEmpty();
    }

    @Test
    void autoSwitchesToTheCompactStylesheetWhenThatFits() {
        PageFitter.Fit<Pages> fit = fit(RenderStyle.AUTO, (style, dropped) -> style.equals(COMPACT) ? 1 : 2);

        assertThat(fit.style()).isEqualTo(COMPACT);
        assertThat(fit.dropped()).isEmpty();
        assertThat(report)
                .containsExactly(
                        "resume 7: 2 pages with css/standard.css; trying css/compact.css",
                        "resume 7: fits on 1 page with css/compact.css");
    }

    @Test
    void autoThenDropsAsFewBulletsAsFitAndSaysWhich() {
        PageFitter.Fit<Pages> fit = fit(RenderStyle.AUTO, (style, dropped) -> dropped >= 3 ? 1 : 2);

        assertThat(fit.style()).isEqualTo(COMPACT);
        assertThat(fit.attempt().pages()).isEqualTo(1);
        assertThat(fit.dropped().stream().map(d -> d.bullet().id())).containsExactly(103L, 203L, 102L);
        assertThat(report)
                .containsExactly(
                        "resume 7: 2 pages with css/standard.css; trying css/compact.css",
                        "resume 7: 2 pages with css/compact.css too; dropping the lowest-relevance bullets of the"
                                + " longest roles:",
                        "resume 7: dropped bullet 103 of Lead, Acme (unknown relevance): \"cc\"",
                        "resume 7: dropped bullet 203 of Engineer, Acme (relevance 0.20): \"ff\"",
                        "resume 7: dropped bullet 102 of Lead, Acme (relevance 0.10): \"bb\"",
                        "resume 7: fits on 1 page with css/compact.css without 3 bullets; the stored resume keeps"
                                + " them");
        // standard, compact, all four dropped, then a binary search: not one layout per bullet
        assertThat(layouts).hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void whenEvenEveryDropDoesNotFitTheCompactResumeIsWrittenWhole() {
        PageFitter.Fit<Pages> fit = fit(RenderStyle.AUTO, (style, dropped) -> 3);

        assertThat(fit.style()).isEqualTo(COMPACT);
        assertThat(fit.dropped()).isEmpty();
        assertThat(report.get(report.size() - 1))
                .isEqualTo("resume 7: 3 pages with css/compact.css, still 3 pages without 4 bullets, over the budget"
                        + " of 1 page; wrote it without dropping any: exclude bullets or roles to shorten it");
    }

    @Test
    void aFixedStyleIsNeverChangedButOverrunningTheBudgetIsReported() {
        PageFitter.Fit<Pages> fit = fit(RenderStyle.COMPACT, (style, dropped) -> 2);

        assertThat(fit.style()).isEqualTo(COMPACT);
        assertThat(layouts).containsExactly(COMPACT + " -0");
        assertThat(report)
                .containsExactly("resume 7: 2 pages with css/compact.css, over the budget of 1 page; --style auto fits"
                        + " it to the budget");
    }

    private record Pages(int pages) implements PageFitter.Attempt {}

    private PageFitter.Fit<Pages> fit(RenderStyle style, ToIntBiFunction<String, Integer> pages) {
        return new PageFitter("resume 7", 1, report::add).fit(resume, style, STANDARD, (css, dropped) -> {
            layouts.add(css + " -" + dropped.size());
            return new Pages(pages.applyAsInt(css, dropped.size()));
        });
    }

    private static ResumeRole role(long id, int position, String title, ResumeBullet... bullets) {
        return new ResumeRole(
                id, "role" + id, "Acme", title, LocalDate.of(2020, 1, 1), null, null, position, List.of(bullets));
    }

    private static ResumeBullet bullet(long id, int position, Double relevance, String text) {
        return new ResumeBullet(id, position, text, null, false, relevance, List.of());
    }

    private static ResumeBullet excluded(long id, int position) {
        return new ResumeBullet(id, position, "hidden", null, true, 0.0, List.of());
    }
}
