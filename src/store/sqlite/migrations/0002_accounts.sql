-- Accounts: users, their roles per body, sessions, API tokens and sign-in attempts (store/account_store.h).
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1,
  email TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(email) > 0),
  name TEXT NOT NULL,
  password_hash TEXT NOT NULL DEFAULT '',
  hash_params TEXT NOT NULL DEFAULT '',
  disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  created_at INTEGER NOT NULL
);

CREATE TABLE role_grants (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id),
  body_id INTEGER REFERENCES bodies (id),
  role TEXT NOT NULL CHECK (role IN ('member', 'author', 'clerk', 'admin')),
  granted_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX role_grants_unique ON role_grants (user_id, ifnull(body_id, 0), role);

CREATE TABLE sessions (
  id INTEGER PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  user_id INTEGER NOT NULL REFERENCES users (id),
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  idle_expires_at INTEGER NOT NULL,
  absolute_expires_at INTEGER NOT NULL,
  csrf_token TEXT NOT NULL,
  address TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_by_user ON sessions (user_id);

CREATE TABLE api_tokens (
  id INTEGER PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  user_id INTEGER NOT NULL REFERENCES users (id),
  label TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  revoked_at INTEGER
);
CREATE INDEX api_tokens_by_user ON api_tokens (user_id);

CREATE TABLE sign_in_attempts (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  email TEXT NOT NULL COLLATE NOCASE,
  address TEXT NOT NULL,
  succeeded INTEGER NOT NULL CHECK (succeeded IN (0, 1))
);
CREATE INDEX sign_in_attempts_by_email ON sign_in_attempts (email, at);
CREATE INDEX sign_in_attempts_by_address ON sign_in_attempts (address, at);
