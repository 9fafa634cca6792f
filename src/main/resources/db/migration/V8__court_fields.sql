-- The free-text values a court sent with a judgment, as sent (JSON, never public): a free-text cause,
-- the withholding reason, the correction note and the withdrawal reason. The public columns
-- (cause, stub_reason, correction_note, withdraw_reason) hold their de-identified forms (issue 9).
alter table judgment add column court_fields text;
