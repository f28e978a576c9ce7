-- The contest read from a file of cast vote records (a CDF file may hold several): its name in the file.
ALTER TABLE area_papers ADD COLUMN cdf_contest VARCHAR(300) DEFAULT '' NOT NULL;
