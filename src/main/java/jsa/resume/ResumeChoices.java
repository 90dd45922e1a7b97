package jsa.resume;

import java.util.List;

/** The user's choices for every bullet and skills category of a resume, as an edit form gives them. */
record ResumeChoices(List<ItemChoice> bullets, List<ItemChoice> skills) {
    ResumeChoices {
        bullets = List.copyOf(bullets);
        skills = List.copyOf(skills);
    }
}
