-- CareerKB schema v2: synonyms and abbreviations of the field, kept in the database so users
-- and other tools can read and extend them. The index stays stock FTS5; search expands a
-- query term with its synonyms at query time. Each pair is listed in both directions where
-- both directions hold.

CREATE TABLE synonyms (
  id         INTEGER PRIMARY KEY,
  term       TEXT NOT NULL,  -- lowercase word or phrase as a user types it
  expands_to TEXT NOT NULL,  -- lowercase word or phrase searched as well
  UNIQUE (term, expands_to)
);

INSERT INTO synonyms (term, expands_to) VALUES
  ('ekg', 'ecg'), ('ekg', 'electrocardiogram'),
  ('ecg', 'ekg'), ('ecg', 'electrocardiogram'),
  ('electrocardiogram', 'ekg'), ('electrocardiogram', 'ecg'),
  ('ct', 'computed tomography'), ('computed tomography', 'ct'),
  ('mri', 'magnetic resonance imaging'), ('magnetic resonance imaging', 'mri'),
  ('venipuncture', 'phlebotomy'), ('phlebotomy', 'venipuncture'),
  ('drawing blood', 'venipuncture'), ('draw blood', 'venipuncture'),
  ('ehr', 'electronic health record'), ('electronic health record', 'ehr'),
  ('emr', 'electronic medical record'), ('electronic medical record', 'emr'),
  ('lis', 'lims'), ('lims', 'lis'),
  ('lis', 'laboratory information system'), ('laboratory information system', 'lis'),
  ('cna', 'certified nursing assistant'), ('certified nursing assistant', 'cna'),
  ('emt', 'emergency medical technician'), ('emergency medical technician', 'emt'),
  ('cpr', 'cardiopulmonary resuscitation'), ('cardiopulmonary resuscitation', 'cpr'),
  ('ppe', 'personal protective equipment'), ('personal protective equipment', 'ppe'),
  ('qc', 'quality control'), ('quality control', 'qc'),
  ('bls', 'basic life support'), ('basic life support', 'bls'),
  ('heart monitor', 'holter'), ('holter', 'heart monitor'),
  ('sterilize', 'autoclave'), ('autoclave', 'sterilize'),
  ('sterilize', 'decontaminate'), ('cleaning surgical tools', 'sterilize'),
  ('x-ray', 'radiography'), ('radiography', 'x-ray'),
  ('ultrasound', 'sonography'), ('sonography', 'ultrasound'),
  ('lpn', 'licensed practical nurse'), ('licensed practical nurse', 'lpn'),
  ('rn', 'registered nurse'), ('registered nurse', 'rn'),
  ('vital signs', 'blood pressure'), ('hipaa', 'patient privacy');
