-- What an uploaded file is: ballot papers (one row a paper), or a ranked tally (one row a ranking and the
-- papers that give it, as e-counting exports), whose rejected papers are stated with it (in its figures).
ALTER TABLE area_papers ADD COLUMN format VARCHAR(20) DEFAULT 'ballot-papers' NOT NULL;
