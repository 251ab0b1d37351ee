"""What the administration reads and prints: documents, coverage, utilisation and attendance reports as files."""
