-- The rules a contest is declared under (the statute its declaration cites and the heads of its statement of
-- rejected papers): London's mayor, a police and crime commissioner and a council's mayor are all SV, each
-- under its own rules. Contests made before this migration keep their system's first rules.
ALTER TABLE contest ADD COLUMN rules VARCHAR(40);
UPDATE contest SET rules = CASE system
    WHEN 'supplementary-vote' THEN 'council-mayor'
    WHEN 'first-past-the-post' THEN 'uk-first-past-the-post'
    WHEN 'contingent-vote' THEN 'sri-lanka-president'
    ELSE 'uk-alternative-vote' END;
ALTER TABLE contest ALTER COLUMN rules SET NOT NULL;

-- The papers issued, as the ballot paper account said, when the area was verified: an explanation of a
-- discrepancy explains that one, not one a later account makes.
ALTER TABLE verification ADD COLUMN issued_when_verified BIGINT;
