-- A candidate's short label (a party's initials, say), as a contest file's "short": a ballot-paper file may
-- name the candidate by it.
ALTER TABLE candidate ADD COLUMN short_label VARCHAR(40) DEFAULT '' NOT NULL;
