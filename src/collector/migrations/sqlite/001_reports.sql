-- Reports as received. Timestamps are ISO 8601 UTC text (Date.toISOString),
-- which sorts chronologically and reads the same in both dialects.
CREATE TABLE reports (
  id TEXT PRIMARY KEY,
  idempotency_key TEXT NOT NULL UNIQUE,
  client_report_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  reported_at TEXT NOT NULL,
  reporter TEXT NOT NULL,
  category TEXT NOT NULL,
  comment TEXT,
  internet_message_id TEXT NOT NULL,
  subject TEXT NOT NULL,
  from_name TEXT NOT NULL,
  from_address TEXT NOT NULL,
  message_received_at TEXT,
  level TEXT NOT NULL,
  score REAL NOT NULL,
  search_text TEXT NOT NULL,
  client_json TEXT NOT NULL,
  eml_omitted_reason TEXT,
  eml_omitted_detail TEXT,
  status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'confirmed', 'benign')),
  status_changed_at TEXT
);
CREATE INDEX reports_created_at ON reports (created_at);
CREATE INDEX reports_status_created_at ON reports (status, created_at);

CREATE TABLE report_findings (
  report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  rule TEXT NOT NULL,
  category TEXT NOT NULL,
  severity TEXT NOT NULL,
  message_key TEXT NOT NULL,
  params_json TEXT NOT NULL,
  evidence_json TEXT NOT NULL,
  evidence_host TEXT,
  PRIMARY KEY (report_id, position)
);
CREATE INDEX report_findings_host ON report_findings (evidence_host);

CREATE TABLE report_headers (
  report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (report_id, position)
);

CREATE TABLE report_emls (
  report_id TEXT PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
  content BLOB NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL
);
