"""Exports of the event database: JSONL, CSV, Parquet tables and the GDELT 2.0 event table."""

from __future__ import annotations

from .gdelt import GDELT_EVENT_COLUMNS, export_gdelt, gdelt_rows
from .shape import export_columns, export_rows
from .tables import ALL_TABLES, DEFAULT_TABLES, FORMATS, csv_read_options, decode_json_columns, export_tables

__all__ = ["ALL_TABLES", "DEFAULT_TABLES", "FORMATS", "GDELT_EVENT_COLUMNS", "csv_read_options",
           "decode_json_columns", "export_columns", "export_gdelt", "export_rows", "export_tables", "gdelt_rows"]
