"""Reading and writing CSV and XLSX tables for imports and exports."""
