-- An account the returning officer has withdrawn (a teller sent home, a password seen): it can no longer
-- sign in, and its sessions end. Kept, not deleted: the audit log and the entries it made still name it.
ALTER TABLE app_user ADD COLUMN disabled BOOLEAN DEFAULT FALSE NOT NULL;
