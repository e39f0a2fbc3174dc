"""The event database: one interface over SQLite (default) and PostgreSQL, with migrations."""
