"""Real document text for the benchmarks: the public corpus copied into tests/fixtures, plus
../shared/corpus where it lies beside the repository. Read with the app's own decoder, so a
GBK file is read as what it is."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reviewer.core.documents.text import decode  # noqa: E402

FOLDERS = (ROOT / "tests" / "fixtures" / "corpus", ROOT.parent / "shared" / "corpus", Path("/work/shared/corpus"))


def corpus_files() -> list[Path]:
    seen, files = set(), []
    for folder in FOLDERS:
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else ():
            if not path.name.endswith(".source.txt") and path.name not in seen:
                seen.add(path.name)
                files.append(path)
    return files


def read(path: Path) -> str:
    return decode(Path(path).read_bytes())[0]


def corpus_paragraphs(min_chars: int = 11) -> list[str]:
    """Every non-trivial line of the real documents."""
    paras = [line.strip() for path in corpus_files() for line in read(path).splitlines()]
    paras = [p for p in paras if len(p) >= min_chars]
    if not paras:
        raise SystemExit("no corpus text found (tests/fixtures/corpus or ../shared/corpus)")
    return paras


def text_of(chars: int) -> list[str]:
    """Real paragraphs, repeated in order, until they hold at least `chars` characters."""
    paras, out, total, i = corpus_paragraphs(), [], 0, 0
    while total < chars:
        out.append(paras[i % len(paras)])
        total += len(out[-1])
        i += 1
    return out
