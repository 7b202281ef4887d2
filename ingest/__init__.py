"""Ingestion: discover files, decode images and PDFs, describe, and index (installed as mmrag.ingest)."""
