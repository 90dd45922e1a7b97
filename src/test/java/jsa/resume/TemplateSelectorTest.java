package jsa.resume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import jsa.ExitStatus;
import jsa.JsaException;
import jsa.resume.TemplateSelector.Selection;

class TemplateSelectorTest {
    // the four templates of examples/profile.yaml, with the ids an import gives them
    private static final List<TemplateSummary> EXAMPLE = List.of(
            template(1, "Software Engineer", "II", null),
            template(2, "Software Engineer", "Senior", "Backend"),
            template(3, "Data Engineer", null, null),
            template(4, "Data Analyst", null, null));

    private static TemplateSummary template(long id, String role, String level, String specialization) {
        return new TemplateSummary(id, "t" + id, role, level, specialization, List.of());
    }

    private static Selection select(List<TemplateSummary> templates, String role, String level, String specialization) {
        return new TemplateSelector(templates).select(role, level, specialization);
    }

    private static List<TemplateSummary> exampleAnd(TemplateSummary... more) {
        List<TemplateSummary> all = new ArrayList<>(EXAMPLE);
        all.addAll(List.of(more));
        return all;
    }

    @Test
    void anExactTargetIsChosenAndNamedInTheReason() {
        Selection selection = select(EXAMPLE, "Software Engineer", "Senior", "Backend");

        assertThat(selection.template().id()).isEqualTo(2);
        assertThat(selection.reason()).isEqualTo("exact: role Software Engineer, level Senior, specialization Backend");
        assertThat(select(EXAMPLE, "Data Engineer", null, null).reason()).isEqualTo("exact: role Data Engineer");
    }

    @Test
    void caseSpacesPunctuationAndLevelSynonymsStillMatchExactly() {
        Selection selection = select(EXAMPLE, "  software-ENGINEER ", "Sr.", "backend");

        assertThat(selection.template().id()).isEqualTo(2);
        assertThat(selection.reason())
                .isEqualTo("exact: role Software Engineer, level Sr. as Senior, specialization Backend");
    }

    @Test
    void levelSynonymsShareOneRung() {
        for (String level : List.of("II", "2", "mid", "Mid-Level", "Software Engineer II", "intermediate")) {
            assertThat(select(EXAMPLE, "Software Engineer", level, null)
                            .template()
                            .id())
                    .as(level)
                    .isEqualTo(1);
        }
        assertThat(Seniority.in(TargetWords.of("Senior Staff Engineer"))).contains(Seniority.STAFF);
        assertThat(Seniority.in(TargetWords.of("Jr."))).contains(Seniority.JUNIOR);
        assertThat(Seniority.in(TargetWords.of("Engineering Manager"))).isEmpty();
    }

    @Test
    void aMissingSpecializationFallsBackToTheLevelsTemplateWithoutOneThenToAnother() {
        List<TemplateSummary> withGeneralSenior = exampleAnd(template(5, "Software Engineer", "Senior", null));

        Selection general = select(withGeneralSenior, "Software Engineer", "Senior", "Payments");
        Selection other = select(EXAMPLE, "Software Engineer", "Senior", "Payments");
        Selection noneAsked = select(EXAMPLE, "Software Engineer", "Senior", null);

        assertThat(general.template().id()).isEqualTo(5);
        assertThat(general.reason())
                .isEqualTo("fallback: role Software Engineer, level Senior,"
                        + " specialization Payments has no template, used one without a specialization");
        assertThat(other.template().id()).isEqualTo(2);
        assertThat(other.reason())
                .isEqualTo("fallback: role Software Engineer, level Senior,"
                        + " specialization Payments has no template, used specialization Backend");
        assertThat(noneAsked.reason())
                .isEqualTo("fallback: role Software Engineer, level Senior,"
                        + " no specialization asked, used specialization Backend");
    }

    @Test
    void aLevelWithoutTemplateFallsBackToTheRolesTemplateWithoutALevelBeforeTheNearestLevel() {
        List<TemplateSummary> withGeneral = exampleAnd(template(5, "Software Engineer", null, null));

        Selection selection = select(withGeneral, "Software Engineer", "Staff", null);

        assertThat(selection.template().id()).isEqualTo(5);
        assertThat(selection.reason())
                .isEqualTo("fallback: role Software Engineer,"
                        + " level Staff has no template, used the role's template without a level");
        assertThat(select(EXAMPLE, "Data Engineer", "senior", null).template().id())
                .isEqualTo(3);
    }

    @Test
    void withoutAGeneralTemplateTheNearestLevelIsUsedAndATieGoesToTheLowerLevel() {
        Selection staff = select(EXAMPLE, "Software Engineer", "staff", null);
        Selection intern = select(EXAMPLE, "Software Engineer", "intern", null);
        List<TemplateSummary> seniorAndPrincipal = List.of(
                template(7, "Software Engineer", "Principal", null), template(8, "Software Engineer", "Senior", null));

        assertThat(staff.template().id()).isEqualTo(2);
        assertThat(staff.reason())
                .isEqualTo("fallback: role Software Engineer, level staff has no template,"
                        + " used the nearest level Senior, no specialization asked, used specialization Backend");
        assertThat(intern.template().id()).isEqualTo(1);
        assertThat(select(seniorAndPrincipal, "Software Engineer", "Staff", null)
                        .template()
                        .id())
                .isEqualTo(8);
    }

    @Test
    void anAbsentOrOffLadderLevelFallsBackToTheRolesFirstTemplate() {
        Selection absent = select(EXAMPLE, "Software Engineer", null, null);
        Selection manager = select(EXAMPLE, "Software Engineer", "Manager", null);
        List<TemplateSummary> withLead = exampleAnd(template(5, "Software Engineer", "Lead", null));

        assertThat(absent.template().id()).isEqualTo(1);
        assertThat(absent.reason())
                .isEqualTo(
                        "fallback: role Software Engineer, no level asked, used the role's first template, level II");
        assertThat(manager.template().id()).isEqualTo(1);
        assertThat(manager.reason())
                .isEqualTo("fallback: role Software Engineer,"
                        + " level Manager has no template, used the role's first template, level II");
        assertThat(select(withLead, "Software Engineer", "lead", null).reason())
                .isEqualTo("exact: role Software Engineer, level Lead");
    }

    @Test
    void aTemplateRoleInsideTheJobRoleMatchesAndTheLevelAroundItCounts() {
        Selection seniorData = select(EXAMPLE, "Senior Data Engineer", null, null);
        Selection numbered = select(EXAMPLE, "Software Engineer II", null, null);

        assertThat(seniorData.template().id()).isEqualTo(3);
        assertThat(seniorData.reason())
                .isEqualTo("fallback: role Senior Data Engineer as Data Engineer,"
                        + " level senior (from the role) has no template, used the role's template without a level");
        assertThat(select(EXAMPLE, "Senior Backend Software Engineer", null, null)
                        .reason())
                .startsWith("fallback: role Senior Backend Software Engineer as Software Engineer,"
                        + " level senior (from the role) as Senior");
        assertThat(numbered.template().id()).isEqualTo(1);
        assertThat(numbered.reason())
                .isEqualTo("fallback: role Software Engineer II as Software Engineer, level ii (from the role) as II");
    }

    @Test
    void theTemplateRoleWithMoreWordsWinsAndOnlyWholeWordsMatch() {
        List<TemplateSummary> templates =
                List.of(template(1, "Engineer", null, null), template(2, "Data Engineer", null, null));

        assertThat(select(templates, "Big Data Engineer", null, null).template().id())
                .isEqualTo(2);
        assertThat(select(templates, "Site Reliability Engineer", null, null)
                        .template()
                        .id())
                .isEqualTo(1);
        assertThatThrownBy(() -> select(EXAMPLE, "Data Engineering Lead", null, null))
                .isInstanceOf(JsaException.class);
    }

    @Test
    void aRoleNamedByItsSpecializationMatchesTheSpecializedTemplate() {
        Selection backend = select(EXAMPLE, "Backend Engineer", "senior", "Payments");
        Selection noLevel = select(EXAMPLE, "Backend Engineer", null, null);

        assertThat(backend.template().id()).isEqualTo(2);
        assertThat(backend.reason())
                .isEqualTo(
                        "fallback: role Backend Engineer as Software Engineer, level Senior, specialization Backend");
        // the specialization the role names outranks the level-less order of the templates
        assertThat(noLevel.template().id()).isEqualTo(2);
        // a role word alone is not a specialization: "Frontend Engineer" has no template
        assertThatThrownBy(() -> select(EXAMPLE, "Frontend Engineer", null, null))
                .isInstanceOf(JsaException.class);
    }

    @Test
    void aJobRoleMoreGeneralThanEveryTemplateRoleIsNotGuessed() {
        assertThatThrownBy(() -> select(EXAMPLE, "Engineer", null, null))
                .hasMessageStartingWith("no template for role 'Engineer'");
    }

    @Test
    void tiesGoToTheLowestIdWhateverTheListOrder() {
        List<TemplateSummary> templates = List.of(
                template(9, "Software Engineer", "Senior", "Payments"),
                template(3, "Software Engineer", "Senior", "Backend"),
                template(6, "Software Engineer", "Senior", "Mobile"));

        assertThat(select(templates, "Software Engineer", "Senior", null)
                        .template()
                        .id())
                .isEqualTo(3);
        assertThat(select(templates, "Software Engineer", "Senior", "Data")
                        .template()
                        .id())
                .isEqualTo(3);
    }

    @Test
    void noMatchingRoleFailsNamingWhatWasAskedTheTemplatesRolesAndTheFix() {
        assertThatThrownBy(() -> select(EXAMPLE, "Product Manager", "Senior", null))
                .isInstanceOfSatisfying(
                        JsaException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.FAILURE))
                .hasMessage("no template for role 'Product Manager' at level 'Senior';"
                        + " the templates are for Software Engineer, Data Engineer, Data Analyst;"
                        + " add a template for it to your profile file, or pass --template ID");
    }

    @Test
    void noRoleOrNoTemplatesFailWithTheirOwnFix() {
        assertThatThrownBy(() -> select(EXAMPLE, " ", "Senior", null))
                .hasMessage("the job names no role, so no template can be chosen for it;"
                        + " pass --template ID ('jsa template list' shows them)");
        assertThatThrownBy(() -> select(List.of(), "Data Engineer", null, null))
                .hasMessage("no template for role 'Data Engineer': there are no templates;"
                        + " add templates to your profile file and run 'jsa profile import FILE'");
    }
}
