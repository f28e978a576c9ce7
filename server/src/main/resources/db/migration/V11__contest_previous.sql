-- The previous contest's first preferences, as published (canonical JSON: title, polling day, system, each
-- candidate's name, party and votes), so that a declaration gives each candidate's change in share since.
ALTER TABLE contest ADD COLUMN previous VARCHAR(100000);
