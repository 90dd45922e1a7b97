package jsa.render;

import static jsa.resume.ResumeFields.dates;
import static jsa.resume.ResumeFields.joined;
import static jsa.resume.ResumeFields.year;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jsa.resume.Profile;
import jsa.resume.ProfileLink;
import jsa.resume.Resume;
import jsa.resume.ResumeBullet;
import jsa.resume.ResumeRole;
import jsa.resume.ResumeSkills;
import jsa.resume.ResumeSummary;

import freemarker.core.TemplateHTMLOutputModel;

/**
 * Builds a template's view of a stored resume, with the content rules of {@code ResumeText}:
 * roles and bullets in their order, the frozen role titles, overrides in place of generated
 * text, excluded bullets and skills left out; and the profile's static content.
 */
final class ResumeViews {

    private ResumeViews() {}

    /** The view of {@code resume} without the bullets in {@code dropped}, its text set by {@code text}. */
    static ResumeView build(Profile profile, Resume resume, Set<Long> dropped, SafeText text) {
        List<ResumeView.Role> roles = resume.roles().stream()
                .sorted(Comparator.comparingInt(ResumeRole::position))
                .map(role -> new ResumeView.Role(
                        text.markup(role.title()),
                        text.markup(role.company()),
                        text.markup(role.location()),
                        text.markup(dates(role.startDate(), role.endDate())),
                        role.shownBullets().stream()
                                .filter(bullet -> !dropped.contains(bullet.id()))
                                .sorted(Comparator.comparingInt(ResumeBullet::position))
                                .map(bullet -> text.markup(bullet.shown()))
                                .filter(Objects::nonNull)
                                .toList()))
                .toList();
        List<ResumeView.SkillGroup> skills = shownSkills(resume).stream()
                .map(group -> new ResumeView.SkillGroup(text.markup(group.category()), text.markup(group.shown())))
                .toList();
        List<ResumeView.School> education = profile.education().stream()
                .map(school -> new ResumeView.School(
                        text.markup(joined(" ", school.degree(), school.field())),
                        text.markup(school.school()),
                        text.markup(joined(" \u2013 ", year(school.start()), year(school.end()))),
                        markups(text, school.details())))
                .toList();
        ResumeView.Person person = new ResumeView.Person(
                text.markup(profile.name()),
                text.markup(profile.headline()),
                markups(
                        text,
                        Stream.of(profile.location(), profile.email(), profile.phone())
                                .filter(Objects::nonNull)
                                .toList()),
                profile.links().stream()
                        .map(link -> new ResumeView.Link(plain(link.url()), text.markup(shown(link))))
                        .toList());
        return new ResumeView(meta(profile, resume), "", person, roles, skills, education);
    }

    /** The skills categories a rendering shows, in order. */
    static List<ResumeSkills> shownSkills(Resume resume) {
        return resume.skills().stream()
                .filter(group -> !group.exclude())
                .sorted(Comparator.comparingInt(ResumeSkills::position))
                .toList();
    }

    private static ResumeView.Meta meta(Profile profile, Resume resume) {
        ResumeSummary summary = resume.summary();
        String target = summary.jobId() != null
                ? summary.listingJobTitle() + ", " + summary.company()
                : joined(" ", summary.targetLevel(), summary.targetRole());
        String subject = summary.jobId() != null
                ? "Resume for " + summary.listingJobTitle() + " at " + summary.company()
                : "Resume for " + joined(" ", summary.targetLevel(), summary.targetRole()) + " roles";
        String keywords = shownSkills(resume).stream().map(ResumeSkills::shown).collect(Collectors.joining(", "));
        return new ResumeView.Meta(
                plain(profile.name() + " \u2014 " + target), plain(profile.name()), plain(subject), plain(keywords));
    }

    private static List<TemplateHTMLOutputModel> markups(SafeText text, List<String> values) {
        return values.stream().map(text::markup).filter(Objects::nonNull).toList();
    }

    // attribute and metadata text: any character is fine there but controls, which XML refuses
    private static String plain(String value) {
        return TextNormalizer.normalize(value, cp -> true);
    }

    private static String shown(ProfileLink link) {
        return link.url().replaceFirst("^https?://(www\\.)?", "").replaceFirst("/$", "");
    }
}
