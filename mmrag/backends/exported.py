"""The text side of a model with a torch-free export (onnx_text.py), shared by the CLIP text tower and the sentence
model."""

from __future__ import annotations


class ExportedText:
    """Text embedding through the torch-free export while the torch model is not loaded, else through torch (which
    then writes the export once for next time). For a model with ``_model`` (None until loaded), ``_text_export``
    (a TextExport), ``_torch_texts(texts)``, ``_write_text_export(key)`` and ``load()``."""

    def embed_texts(self, texts):
        fast = self._text_export.encoder() if self._model is None else None
        if fast is not None:
            return fast.embed_texts(texts)
        vectors = self._torch_texts(texts)
        self._text_export.export(self._write_text_export)
        return vectors

    def export_text(self) -> None:
        """Write the torch-free text export now if there is none (ingest does, so the next search starts fast)."""
        self.load()
        self._text_export.export(self._write_text_export)
