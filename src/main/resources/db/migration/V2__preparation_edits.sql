-- interview-prep edit: when the user last edited a preparation in $EDITOR. NULL for text as the
-- provider wrote it; 'generate --force' says which edits it replaces.

ALTER TABLE interview_preparation_base ADD COLUMN edited_at TEXT
    CHECK (edited_at IS NULL OR edited_at IS strftime('%Y-%m-%dT%H:%M:%fZ', edited_at));

ALTER TABLE interview_preparation ADD COLUMN edited_at TEXT
    CHECK (edited_at IS NULL OR edited_at IS strftime('%Y-%m-%dT%H:%M:%fZ', edited_at));
