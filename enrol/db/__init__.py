"""Storage: typed SQLAlchemy models, the engine for SQLite or PostgreSQL, Alembic migrations."""
