package jsa.resume;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Jdbi;

import jsa.JsaException;
import jsa.llm.Answer;
import jsa.llm.LlmService;

/**
 * Writes one resume (the seed's Orchestrator after parsing): chooses the template, asks for each
 * of its roles' bullets and for the skills section, validates and grounding-checks every answer,
 * and only then stores the resume as a new version in one transaction. A failed call stores
 * nothing but its ledger row.
 */
public final class ResumeGenerator {
    private final Jdbi jdbi;
    private final ResumeWriter writer;
    private final GroundingCheck grounding = new GroundingCheck();

    public ResumeGenerator(Jdbi jdbi, ResumeWriter writer) {
        this.jdbi = jdbi;
        this.writer = writer;
    }

    /**
     * Writes and stores a resume for {@code target}.
     *
     * @param template the template's id or name, or null to choose one by the target's role, level
     *     and specialization
     * @param progress hears of each call before it is made ("bullets for lumenfield_swe, 1 of 3")
     * @throws JsaException when there is no profile, no template fits, or a call fails (then
     *     nothing is stored)
     */
    public GeneratedResume generate(ResumeTarget target, String template, Consumer<String> progress) {
        ProfileDocument profile = jdbi.withHandle(StoredProfile::document)
                .orElseThrow(() -> JsaException.failure(
                        "no profile is stored yet",
                        "import one with 'jsa profile import FILE' (examples/profile.yaml shows the format)"));
        TemplateSelector.Selection selection = choose(target, template, new TemplateService(jdbi).list());
        Map<String, ExperienceRole> roles =
                profile.experience().stream().collect(Collectors.toMap(ExperienceRole::key, Function.identity()));
        ResumeSpend spend = ResumeSpend.NONE;
        List<Long> calls = new ArrayList<>();
        List<ResumeDraft.Role> drafted = new ArrayList<>();
        String model = null;
        List<TemplateRoleConfig> configs = selection.template().roles();
        for (TemplateRoleConfig config : configs) {
            ExperienceRole role = roles.get(config.experience());
            progress.accept("bullets for " + role.key() + ", " + (drafted.size() + 1) + " of " + configs.size());
            Answer<BulletsAnswer> answer = writer.bullets(target, role, config.maxBulletCount());
            spend = spend.plus(answer);
            calls.add(answer.callId());
            model = model == null ? answer.model() : model;
            List<ResumeDraft.Bullet> bullets = answer.value().bullets().stream()
                    .map(b -> new ResumeDraft.Bullet(b.text(), b.relevance(), grounding.check(b.text(), role)))
                    .toList();
            String title = config.titleOverride() != null ? config.titleOverride() : role.title();
            drafted.add(new ResumeDraft.Role(role.key(), title, bullets));
        }
        // without a single tool in the projects a skills section could only invent one
        List<String> tools = tools(selection.template(), roles);
        List<SkillsAnswer.Category> skills = List.of();
        if (!tools.isEmpty()) {
            progress.accept("skills");
            Answer<SkillsAnswer> answer = writer.skills(target, tools);
            spend = spend.plus(answer);
            calls.add(answer.callId());
            model = model == null ? answer.model() : model;
            skills = answer.value().categories();
        }
        ResumeDraft draft =
                new ResumeDraft(target, selection.template().id(), writer.provider(), model, drafted, skills);
        Resume resume = jdbi.inTransaction(handle -> {
            long id = ResumeStore.insert(handle, draft);
            if (target.job() != null) {
                calls.forEach(
                        call -> LlmService.linkJob(handle, call, target.job().id()));
            }
            return ResumeStore.load(handle, id);
        });
        return new GeneratedResume(resume, selection.reason(), spend);
    }

    private static TemplateSelector.Selection choose(
            ResumeTarget target, String template, List<TemplateSummary> templates) {
        if (template != null) {
            return templates.stream()
                    .filter(t -> template.equals(Long.toString(t.id())) || template.equals(t.name()))
                    .findFirst()
                    .map(t -> new TemplateSelector.Selection(t, "chosen with --template"))
                    .orElseThrow(() -> JsaException.usage(
                            "no template '" + template + "'", "'jsa template list' shows the templates"));
        }
        if (target.role() == null || target.role().isBlank()) {
            long job = target.job().id();
            throw JsaException.failure(
                    "job " + job + " has no role to choose a template by",
                    "set it with 'jsa job edit " + job + "', or pass --template ID ('jsa template list' shows them)");
        }
        return new TemplateSelector(templates).select(target.role(), target.level(), target.specialization());
    }

    /** Every tool of the template's roles' projects, once each, in the order they are listed. */
    private static List<String> tools(TemplateSummary template, Map<String, ExperienceRole> roles) {
        Set<String> tools = new LinkedHashSet<>();
        for (TemplateRoleConfig config : template.roles()) {
            roles.get(config.experience()).projects().forEach(project -> tools.addAll(project.tools()));
        }
        return List.copyOf(tools);
    }
}
