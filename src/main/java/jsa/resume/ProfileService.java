package jsa.resume;

import java.nio.file.Path;

import org.jdbi.v3.core.Jdbi;

import jsa.JsaException;

/** The user's master profile: contact details, experience roles with projects, and resume templates. */
public final class ProfileService {
    private final Jdbi jdbi;

    public ProfileService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Imports a profile file (jsa's YAML or a JSON Resume) in one transaction: the profile is
     * replaced, roles are added or updated by key with their projects replaced, templates are
     * added or updated by name with their roles replaced. Stored roles missing from the file are
     * deleted unless a stored resume uses them; stored templates missing from it stay.
     *
     * @throws JsaException naming the file and the field at fault; nothing is imported then
     */
    public ProfileImportReport importFile(Path file) {
        ProfileDocument document = ProfileFile.read(file);
        return jdbi.inTransaction(handle -> new ProfileWrites(handle, file).apply(document));
    }

    /**
     * The stored profile, roles and templates.
     *
     * @throws JsaException when no profile was imported yet
     */
    public ProfileDocument document() {
        return jdbi.withHandle(StoredProfile::document)
                .orElseThrow(() -> JsaException.failure(
                        "no profile is stored yet",
                        "import one with 'jsa profile import FILE' (examples/profile.yaml shows the format)"));
    }

    /**
     * The stored profile as a profile file in jsa's YAML format, which imports back unchanged.
     *
     * @throws JsaException when no profile was imported yet
     */
    public String export() {
        return ProfileFile.yaml(document());
    }
}
