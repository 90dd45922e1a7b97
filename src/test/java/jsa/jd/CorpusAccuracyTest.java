package jsa.jd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The offline parser against the 26 real postings of {@code jd-corpus}, scored by the corpus
 * README's rule. The goals are the issue's; the table and the misses go to the test log.
 */
class CorpusAccuracyTest {
    private static final OfflineJdParser PARSER = new OfflineJdParser();
    private static CorpusScore.Result result;

    @BeforeAll
    static void scoreCorpus() {
        List<CorpusScore.Posting> postings = CorpusScore.load();
        assertThat(postings).hasSize(26);
        result = CorpusScore.score(postings, text -> PARSER.parse(JdText.normalize(text)));
        System.out.print(result.report());
    }

    @Test
    void salaryBoundsAreRightInAtLeast95Percent() {
        assertThat(result.accuracy("min_salary")).isGreaterThanOrEqualTo(0.95);
        assertThat(result.accuracy("max_salary")).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void requiredYearsAreRightInAtLeast90Percent() {
        assertThat(result.accuracy("min_experience_years")).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void workSettingIsRightInAtLeast90Percent() {
        assertThat(result.accuracy("work_setting")).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void companyAndTitleAreRightInAtLeast90PercentWhereTheTextStatesThem() {
        assertThat(result.accuracy("company")).isGreaterThanOrEqualTo(0.90);
        assertThat(result.accuracy("listing_job_title")).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void everyFieldWasCompared() {
        CorpusScore.FIELDS.forEach(
                field -> assertThat(result.counts().get(field)[1]).as(field).isGreaterThan(10));
    }
}
