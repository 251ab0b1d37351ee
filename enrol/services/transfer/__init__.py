"""Spreadsheets in and out: the children's import with its row checks, and the exports."""
