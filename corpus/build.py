"""Build the demo corpus: python corpus/build.py [DEST] (default: corpus/demo)."""

import sys
from pathlib import Path

from mmrag.corpus import build_demo_corpus

if __name__ == "__main__":
    dest = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "demo"
    records = build_demo_corpus(dest)
    print(f"{len(records)} images and 1 PDF written to {dest}")
