package jsa.resume;

import static jsa.resume.ResumeFields.dates;
import static jsa.resume.ResumeFields.joined;
import static jsa.resume.ResumeFields.year;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A resume as plain text, in the order and with the content a rendering shows: overrides in place
 * of generated text, excluded bullets and skills left out (or, on request, marked), and ungrounded
 * facts flagged so that a person checks them before sending.
 */
public final class ResumeText {
    /** Marks an excluded bullet or skills category when excluded ones are shown. */
    private static final String EXCLUDED = "✗ ";

    private final boolean ids;
    private final boolean excluded;

    /** @param ids whether to show bullet and skills ids, for {@code jsa resume bullet} and {@code skills} */
    public ResumeText(boolean ids) {
        this(ids, false);
    }

    /**
     * @param ids whether to show bullet and skills ids, for {@code jsa resume bullet} and {@code skills}
     * @param excluded whether to show excluded bullets and skills categories too, marked "✗"
     */
    public ResumeText(boolean ids, boolean excluded) {
        this.ids = ids;
        this.excluded = excluded;
    }

    /** The text of {@code resume} headed by {@code profile}'s contact details and ending with its education. */
    public String render(Profile profile, Resume resume) {
        StringBuilder text = new StringBuilder();
        text.append(profile.name()).append('\n');
        line(text, joined(" · ", profile.location(), profile.email(), profile.phone()));
        line(text, profile.links().stream().map(ProfileLink::url).collect(Collectors.joining(" · ")));
        line(text, profile.headline());
        text.append("\nEXPERIENCE\n");
        for (ResumeRole role : resume.roles()) {
            text.append('\n')
                    .append(joined(
                            " · ",
                            role.title() + " — " + role.company(),
                            role.location(),
                            dates(role.startDate(), role.endDate())))
                    .append('\n');
            for (ResumeBullet bullet : excluded ? role.bullets() : role.shownBullets()) {
                String mark = bullet.exclude() ? EXCLUDED : ids ? "" : "• ";
                text.append("  ")
                        .append(mark)
                        .append(ids ? "[" + bullet.id() + "] " : "")
                        .append(bullet.shown());
                unverified(bullet).ifPresent(flags -> text.append("  ").append(flags));
                text.append('\n');
            }
        }
        List<ResumeSkills> skills =
                resume.skills().stream().filter(s -> excluded || !s.exclude()).toList();
        if (!skills.isEmpty()) {
            text.append("\nSKILLS\n\n");
            for (ResumeSkills category : skills) {
                text.append("  ")
                        .append(category.exclude() ? EXCLUDED : "")
                        .append(ids ? "[" + category.id() + "] " : "")
                        .append(category.category())
                        .append(": ")
                        .append(category.shown())
                        .append('\n');
            }
        }
        if (!profile.education().isEmpty()) {
            text.append("\nEDUCATION\n\n");
            for (Education education : profile.education()) {
                String degree = joined(" ", education.degree(), education.field());
                String years = joined(" – ", year(education.start()), year(education.end()));
                text.append("  ")
                        .append(joined(" · ", joined(", ", degree, education.school()), years))
                        .append('\n');
            }
        }
        return text.toString();
    }

    /**
     * "⚑ unverified: $2M, Kubernetes": the facts a bullet's generated text states that the profile
     * does not; empty when there are none or the user's own text is shown.
     */
    static Optional<String> unverified(ResumeBullet bullet) {
        if (bullet.overrideText() != null || bullet.flags().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                "⚑ unverified: " + bullet.flags().stream().map(Ungrounded::text).collect(Collectors.joining(", ")));
    }

    private static void line(StringBuilder text, String line) {
        if (!line.isEmpty()) {
            text.append(line).append('\n');
        }
    }
}
