"""The team store: circuit, approvals, assignments, notes, saved searches, anchor copies.

Who may do what is decided here, by grants and row-level security, not by the app: three
group roles (clerk < manager < admin, each a member of the one below), persons are LOGIN roles
granted one of them (``invoice-desk team add-person``). Identity columns (requested_by,
decided_by, claimed_by, author, owner, uploaded_by, login) must equal ``current_user``;
decision times are the server's. ``team.change_log`` gets one row per change (trigger) and a
``NOTIFY invoice_desk_team`` wakes the desktops up.

Revision ID: t0001
Revises:
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "t0001"
down_revision = None
branch_labels = None
depends_on = None

CLERK, MANAGER, ADMIN = "invoice_desk_clerk", "invoice_desk_manager", "invoice_desk_admin"

ROLES = f"""
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{CLERK}') THEN
    CREATE ROLE {CLERK} NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{MANAGER}') THEN
    CREATE ROLE {MANAGER} NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{ADMIN}') THEN
    CREATE ROLE {ADMIN} NOLOGIN; END IF;
END $$;
GRANT {CLERK} TO {MANAGER};
GRANT {MANAGER} TO {ADMIN};
"""

TABLES = """
CREATE TABLE team.structures (
  structure_id bigint PRIMARY KEY,
  entity_kind text NOT NULL CHECK (length(entity_kind) BETWEEN 1 AND 30),
  name text
);
CREATE TABLE team.thresholds (
  structure_id bigint NOT NULL,
  service_code text NOT NULL CHECK (length(service_code) BETWEEN 1 AND 100),
  threshold numeric(18, 2) NOT NULL CHECK (threshold >= 0),
  PRIMARY KEY (structure_id, service_code)
);
CREATE TABLE team.approvers (
  structure_id bigint NOT NULL,
  login text NOT NULL,
  services text[] NOT NULL DEFAULT '{}',
  max_amount numeric(18, 2) CHECK (max_amount IS NULL OR max_amount >= 0),
  PRIMARY KEY (structure_id, login)
);
CREATE TABLE team.delegations (
  id bigserial PRIMARY KEY,
  structure_id bigint NOT NULL,
  delegator text NOT NULL,
  delegate text NOT NULL,
  starts date NOT NULL,
  ends date NOT NULL,
  CHECK (ends >= starts),
  CHECK (delegator <> delegate)
);
CREATE TABLE team.approval_requests (
  id bigserial PRIMARY KEY,
  request_key uuid NOT NULL UNIQUE,
  structure_id bigint NOT NULL,
  invoice_id bigint NOT NULL,
  invoice_number text,
  supplier_name text,
  action text NOT NULL CHECK (length(action) <= 40),
  payload text NOT NULL CHECK (length(payload) <= 100000),
  service_code text,
  amount_excl_vat numeric(18, 2) NOT NULL,
  threshold numeric(18, 2),
  previous_status text,
  requested_by text NOT NULL DEFAULT current_user,
  requested_at timestamptz NOT NULL DEFAULT now(),
  state text NOT NULL DEFAULT 'pending'
    CHECK (state IN ('pending', 'approved', 'refused', 'cancelled')),
  decided_by text,
  decided_at timestamptz,
  decision_mention text,
  comment text CHECK (length(comment) <= 4000),
  decision_key uuid UNIQUE,
  CHECK ((state = 'pending') = (decided_by IS NULL))
);
CREATE UNIQUE INDEX approval_requests_one_pending
  ON team.approval_requests (invoice_id) WHERE state = 'pending';
CREATE TABLE team.assignments (
  invoice_id bigint PRIMARY KEY,
  claimed_by text NOT NULL DEFAULT current_user,
  claimed_at timestamptz NOT NULL DEFAULT now(),
  claim_key uuid NOT NULL
);
CREATE TABLE team.notes (
  id bigserial PRIMARY KEY,
  note_key uuid NOT NULL UNIQUE,
  invoice_id bigint NOT NULL,
  author text NOT NULL DEFAULT current_user,
  created_at timestamptz NOT NULL DEFAULT now(),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000)
);
CREATE INDEX notes_invoice ON team.notes (invoice_id, id);
CREATE TABLE team.saved_searches (
  id bigserial PRIMARY KEY,
  owner text NOT NULL DEFAULT current_user,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  query text NOT NULL CHECK (length(query) <= 20000),
  shared boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (owner, name)
);
CREATE TABLE team.anchor_copies (
  desktop_id text NOT NULL CHECK (length(desktop_id) <= 64),
  anchor_id integer NOT NULL,
  last_event_id bigint NOT NULL,
  last_hash text NOT NULL,
  event_count bigint NOT NULL,
  signed_at text NOT NULL,
  signer_fingerprint text NOT NULL,
  signature text NOT NULL,
  uploaded_by text NOT NULL DEFAULT current_user,
  uploaded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (desktop_id, anchor_id)
);
CREATE TABLE team.applied_ops (
  op_key uuid PRIMARY KEY,
  login text NOT NULL DEFAULT current_user,
  kind text NOT NULL,
  result text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE team.change_log (
  seq bigserial PRIMARY KEY,
  table_name text NOT NULL,
  invoice_id bigint,
  changed_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
"""

FUNCTIONS = f"""
CREATE FUNCTION team.may_decide(p_structure bigint, p_service text, p_amount numeric)
RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT pg_has_role(current_user, '{ADMIN}', 'MEMBER')
    OR (pg_has_role(current_user, '{MANAGER}', 'MEMBER') AND (
      NOT EXISTS (SELECT 1 FROM team.approvers a WHERE a.structure_id = p_structure)
      OR EXISTS (
        SELECT 1 FROM team.approvers a
        WHERE a.structure_id = p_structure
          AND (cardinality(a.services) = 0 OR p_service = ANY (a.services))
          AND (a.max_amount IS NULL OR p_amount <= a.max_amount)
          AND (a.login = current_user OR EXISTS (
            SELECT 1 FROM team.delegations d
            WHERE d.structure_id = p_structure AND d.delegator = a.login
              AND d.delegate = current_user AND current_date BETWEEN d.starts AND d.ends)))))
$$;

CREATE FUNCTION team.stamp_decision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.decided_by := current_user;
  NEW.decided_at := now();
  RETURN NEW;
END $$;
CREATE TRIGGER approval_requests_stamp BEFORE UPDATE ON team.approval_requests
  FOR EACH ROW EXECUTE FUNCTION team.stamp_decision();

CREATE FUNCTION team.log_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, team AS $$
DECLARE
  row_data jsonb := to_jsonb(COALESCE(NEW, OLD));
  next_seq bigint;
BEGIN
  INSERT INTO team.change_log (table_name, invoice_id)
    VALUES (TG_TABLE_NAME, (row_data ->> 'invoice_id')::bigint) RETURNING seq INTO next_seq;
  PERFORM pg_notify('invoice_desk_team', TG_TABLE_NAME || ':' || next_seq);
  RETURN NULL;
END $$;
"""

LOGGED = (
    "approval_requests",
    "assignments",
    "notes",
    "saved_searches",
    "structures",
    "thresholds",
    "approvers",
    "delegations",
)

CIRCUIT = ("structures", "thresholds", "approvers", "delegations")

POLICIES = f"""
ALTER TABLE team.approval_requests ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON team.approval_requests FOR SELECT USING (true);
CREATE POLICY request_as_self ON team.approval_requests FOR INSERT
  WITH CHECK (requested_by = current_user AND state = 'pending' AND decided_by IS NULL
              AND decision_key IS NULL);
CREATE POLICY decide_within_circuit ON team.approval_requests FOR UPDATE
  USING (state = 'pending' AND team.may_decide(structure_id, service_code, amount_excl_vat))
  WITH CHECK (state IN ('approved', 'refused') AND decided_by = current_user
              AND team.may_decide(structure_id, service_code, amount_excl_vat));

ALTER TABLE team.assignments ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON team.assignments FOR SELECT USING (true);
CREATE POLICY claim_as_self ON team.assignments FOR INSERT
  WITH CHECK (claimed_by = current_user);
CREATE POLICY release_own_or_manager ON team.assignments FOR DELETE
  USING (claimed_by = current_user OR pg_has_role(current_user, '{MANAGER}', 'MEMBER'));

ALTER TABLE team.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON team.notes FOR SELECT USING (true);
CREATE POLICY write_as_self ON team.notes FOR INSERT WITH CHECK (author = current_user);

ALTER TABLE team.saved_searches ENABLE ROW LEVEL SECURITY;
CREATE POLICY shared_or_own ON team.saved_searches FOR SELECT
  USING (shared OR owner = current_user);
CREATE POLICY write_own ON team.saved_searches FOR INSERT WITH CHECK (owner = current_user);
CREATE POLICY change_own ON team.saved_searches FOR UPDATE
  USING (owner = current_user) WITH CHECK (owner = current_user);
CREATE POLICY delete_own ON team.saved_searches FOR DELETE USING (owner = current_user);

ALTER TABLE team.anchor_copies ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON team.anchor_copies FOR SELECT USING (true);
CREATE POLICY upload_as_self ON team.anchor_copies FOR INSERT
  WITH CHECK (uploaded_by = current_user);

ALTER TABLE team.applied_ops ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_ops ON team.applied_ops FOR SELECT USING (login = current_user);
CREATE POLICY record_own ON team.applied_ops FOR INSERT WITH CHECK (login = current_user);
"""

GRANTS = f"""
REVOKE ALL ON SCHEMA team FROM PUBLIC;
GRANT USAGE ON SCHEMA team TO {CLERK};
GRANT SELECT ON ALL TABLES IN SCHEMA team TO {CLERK};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA team TO {CLERK};
GRANT INSERT (request_key, structure_id, invoice_id, invoice_number, supplier_name, action,
              payload, service_code, amount_excl_vat, threshold, previous_status, requested_by)
  ON team.approval_requests TO {CLERK};
GRANT INSERT (invoice_id, claimed_by, claim_key), DELETE ON team.assignments TO {CLERK};
GRANT INSERT (note_key, invoice_id, author, body) ON team.notes TO {CLERK};
GRANT INSERT, UPDATE (name, query, shared, updated_at), DELETE ON team.saved_searches
  TO {CLERK};
GRANT INSERT ON team.anchor_copies TO {CLERK};
GRANT INSERT ON team.applied_ops TO {CLERK};
GRANT UPDATE (state, decision_mention, comment, decision_key)
  ON team.approval_requests TO {MANAGER};
GRANT INSERT, UPDATE, DELETE ON team.structures, team.thresholds, team.approvers,
  team.delegations TO {ADMIN};
REVOKE ALL ON FUNCTION team.log_change() FROM PUBLIC;
"""


def upgrade() -> None:
    op.execute(ROLES)
    op.execute(TABLES)
    op.execute(FUNCTIONS)
    for table in LOGGED:
        op.execute(
            f"CREATE TRIGGER {table}_logged AFTER INSERT OR UPDATE OR DELETE ON team.{table} "
            "FOR EACH ROW EXECUTE FUNCTION team.log_change()"
        )
    op.execute(POLICIES)
    op.execute(GRANTS)


def downgrade() -> None:
    for table in (*LOGGED, "anchor_copies", "applied_ops", "change_log"):
        op.execute(f"DROP TABLE IF EXISTS team.{table} CASCADE")
    op.execute("DROP FUNCTION IF EXISTS team.may_decide, team.stamp_decision, team.log_change")
