"""Where the data lives: opening and upgrading the database, backups and restore, PostgreSQL tools, bulk inserts."""
