"""Bundled model files: the tiny CLIP (config + fp16 weights)."""
