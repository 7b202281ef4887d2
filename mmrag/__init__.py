"""mmrag: local multimodal RAG search over photos and PDFs."""

__version__ = "0.1.0"
