-- Version 4: a final declaration kept also as text, as teller count writes it (the printable declaration's words).
ALTER TABLE stage_declaration ADD COLUMN text_declaration VARCHAR(1000000);
