package jsa.render;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

import jsa.ExitStatus;
import jsa.JsaException;
import jsa.resume.Profile;
import jsa.resume.ProfileService;
import jsa.resume.Resume;
import jsa.resume.ResumeService;
import jsa.resume.ResumeSummary;
import jsa.resume.ResumeTemplate;
import jsa.resume.TemplateService;
import jsa.tracker.JobService;

/**
 * Renders stored resumes (the seed's {@code Resume.render_to_pdf}): fills the resume's template
 * with its content and the profile's, fits it into the page budget, and writes it under its
 * job's name. One renderer serves a whole batch, loading the fonts and templates once.
 */
public final class ResumeRenderer {
    /** What to render. */
    public sealed interface Target {}

    /** The newest resume of a job. */
    public record JobResume(long jobId) implements Target {}

    /** One resume by id. */
    public record OneResume(long resumeId) implements Target {}

    /**
     * The newest resume of every job that has one and that {@code jobs} lets through.
     *
     * @param which the jobs {@code jobs} lets through, in words ("not applied to"), or "" for all
     */
    public record EveryJob(LongPredicate jobs, String which) implements Target {}

    /** What became of one resume of {@code total}: its file, or why there is none. */
    public record Outcome(int index, int total, long resumeId, Path file, JsaException failure) {}

    private final ProfileService profiles;
    private final ResumeService resumes;
    private final JobService jobs;
    private final TemplateService templates;
    private final TemplateDirectory directory;
    private final FontCatalog fonts;
    private final Map<Long, ResumeTemplate> templateById = new HashMap<>();
    private CompletableFuture<PdfEngine> engine;
    private CompletableFuture<XhtmlTemplates> xhtml;
    private Profile profile;

    public ResumeRenderer(
            ProfileService profiles,
            ResumeService resumes,
            JobService jobs,
            TemplateService templates,
            TemplateDirectory directory,
            FontCatalog fonts) {
        this.profiles = profiles;
        this.resumes = resumes;
        this.jobs = jobs;
        this.templates = templates;
        this.directory = directory;
        this.fonts = fonts;
    }

    /**
     * Renders the resumes {@code target} names one after another, telling {@code done} of each
     * as it is written; one failure does not stop the others.
     *
     * @param notes hears how a resume was fitted and which characters no font has
     * @return OK when every resume was written; UNAVAILABLE when some of several failed,
     *     FAILURE when all did
     * @throws JsaException when there is nothing to render, or the only resume fails
     */
    public ExitStatus render(Target target, RenderOptions options, Consumer<String> notes, Consumer<Outcome> done) {
        if (engine == null) {
            // parsing the fonts and loading the template engine take as long as the first database
            // reads: do them meanwhile
            engine = CompletableFuture.supplyAsync(() -> new PdfEngine(fonts));
            xhtml = CompletableFuture.supplyAsync(() -> new XhtmlTemplates(directory));
        }
        List<Long> ids = resumeIds(target);
        engine();
        int failed = 0;
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            try {
                done.accept(new Outcome(i + 1, ids.size(), id, renderOne(id, options, notes), null));
            } catch (JsaException e) {
                if (ids.size() == 1) {
                    throw e;
                }
                failed++;
                done.accept(new Outcome(i + 1, ids.size(), id, null, e));
            }
        }
        if (failed == 0) {
            return ExitStatus.OK;
        }
        return failed == ids.size() ? ExitStatus.FAILURE : ExitStatus.UNAVAILABLE;
    }

    private Path renderOne(long id, RenderOptions options, Consumer<String> notes) {
        Resume resume = resumes.show(id);
        ResumeTemplate template = template(resume.summary());
        String label = "resume " + id;
        SafeText text = new SafeText(engine().coverage());
        PageFitter.Fit<PdfEngine.Layout> fit = new PageFitter(label, options.pages(), notes)
                .fit(resume, options.style(), template.stylePath(), (style, dropped) -> engine().layout(
                                page(
                                        template,
                                        view(resume, dropped, text),
                                        directory.url(style).toString()),
                                directory.baseUrl(),
                                template.templatePath()));
        Set<Long> dropped = fit.dropped().stream().map(d -> d.bullet().id()).collect(Collectors.toSet());
        OutputFiles files = new OutputFiles(options.outputDir());
        String stem = stem(resume.summary());
        DocumentId document = DocumentId.resume(id);
        if (options.html()) {
            // the bullets that fit the PDF, as a browser shows text
            ResumeView view = view(resume, dropped, SafeText.forBrowser());
            return files.html(stem, document, css -> page(template, view, css), directory.read(fit.style()));
        }
        text.warning(label).ifPresent(notes);
        ResumeView view = view(resume, dropped, text);
        return files.pdf(stem, document, out -> fit.attempt().write(out, view.meta(), document));
    }

    private List<Long> resumeIds(Target target) {
        if (target instanceof OneResume one) {
            return List.of(one.resumeId());
        }
        if (target instanceof JobResume job) {
            return List.of(resumes.latestForJob(job.jobId()).orElseThrow(() -> {
                jobs.show(job.jobId());
                return JsaException.failure(
                        "job " + job.jobId() + " has no resume yet",
                        "write one with 'jsa gen-resume --job " + job.jobId() + "'");
            }));
        }
        EveryJob every = (EveryJob) target;
        List<Long> all = resumes.latestPerJob(every.jobs());
        if (all.isEmpty()) {
            throw JsaException.failure(
                    "no job" + (every.which().isEmpty() ? "" : " " + every.which()) + " has a resume yet",
                    "write them with 'jsa gen-resume FILE...' or 'jsa gen-resume --job ID'");
        }
        return all;
    }

    private String page(ResumeTemplate template, ResumeView view, String stylesheet) {
        return xhtml().render(template.templatePath(), view.withStylesheet(stylesheet));
    }

    private ResumeView view(Resume resume, Set<Long> dropped, SafeText text) {
        if (profile == null) {
            profile = profiles.document().profile();
        }
        return ResumeViews.build(profile, resume, dropped, text);
    }

    private ResumeTemplate template(ResumeSummary summary) {
        return templateById.computeIfAbsent(
                summary.templateId(), templateId -> templates.show(Long.toString(templateId)));
    }

    private PdfEngine engine() {
        return Futures.join(engine);
    }

    private XhtmlTemplates xhtml() {
        return Futures.join(xhtml);
    }

    private static String stem(ResumeSummary summary) {
        return summary.jobId() != null
                ? PdfFileName.stem(summary.company(), summary.listingJobTitle(), summary.targetLevel())
                : PdfFileName.stem(summary.targetRole(), summary.targetLevel());
    }
}
