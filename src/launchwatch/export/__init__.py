"""Events out of the database: tables, JSONL, CSV, GeoJSON and the CNS column set."""
