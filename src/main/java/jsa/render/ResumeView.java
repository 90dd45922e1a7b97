package jsa.render;

import java.util.List;

import freemarker.core.TemplateHTMLOutputModel;

/**
 * What a resume template sees (listed in {@code html/base.ftlh}). Text is markup that is already
 * escaped and safe to set; a value the profile leaves out is null.
 *
 * @param stylesheet the address of the CSS file the page links to
 */
public record ResumeView(
        Meta meta,
        String stylesheet,
        Person person,
        List<Role> roles,
        List<SkillGroup> skills,
        List<School> education) {
    /** The document's title, author and subject: plain text, for the head and the PDF's properties. */
    public record Meta(String title, String author, String subject, String keywords) {}

    public record Person(
            TemplateHTMLOutputModel name,
            TemplateHTMLOutputModel headline,
            List<TemplateHTMLOutputModel> contact,
            List<Link> links) {}

    /** A link: {@code url} for the href, {@code text} to show. */
    public record Link(String url, TemplateHTMLOutputModel text) {}

    public record Role(
            TemplateHTMLOutputModel title,
            TemplateHTMLOutputModel company,
            TemplateHTMLOutputModel location,
            TemplateHTMLOutputModel dates,
            List<TemplateHTMLOutputModel> bullets) {}

    public record SkillGroup(TemplateHTMLOutputModel category, TemplateHTMLOutputModel skills) {}

    public record School(
            TemplateHTMLOutputModel degree,
            TemplateHTMLOutputModel school,
            TemplateHTMLOutputModel years,
            List<TemplateHTMLOutputModel> details) {}

    /** The same view linking {@code href} as its stylesheet. */
    ResumeView withStylesheet(String href) {
        return new ResumeView(meta, href, person, roles, skills, education);
    }
}
