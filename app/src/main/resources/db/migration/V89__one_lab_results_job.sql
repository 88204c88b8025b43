-- Jobs asked for before these changes keep running and being shown:
-- the registry's and the remains register's autosomal lab-results imports are one kind,
-- genetics.lab-results, whose parameters name the side; a haplotype database upload keeps its lineage
-- as the value itself; a claims export keeps its format in a record, as every export does.
UPDATE background_job SET kind = 'genetics.lab-results', parameters = '{"side":"references","strictness":"STRICT"}'
 WHERE kind = 'registry.lab-results';
UPDATE background_job SET kind = 'genetics.lab-results',
       parameters = jsonb_build_object('side', 'remains', 'strictness', coalesce(parameters::jsonb ->> 'strictness', 'STRICT'))::text
 WHERE kind = 'remains.lab-results';
UPDATE background_job SET parameters = to_jsonb(parameters::jsonb ->> 'lineage')::text
 WHERE kind = 'identification.haplotype-database' AND parameters LIKE '{%';
UPDATE background_job SET parameters = jsonb_build_object('format', parameters)::text
 WHERE kind = 'ledger.claims-export' AND parameters NOT LIKE '{%';
