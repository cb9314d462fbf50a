"""Write the EWT train/dev/test splits to training/data/ewt/ from a UD_English-EWT checkout.

The released split files are used where present. The train file can also be rebuilt from the per-document
sources in `not-to-release/sources/` in the order of `not-to-release/file-lists/files.train` (the way the
treebank's own build assembles it); dev and test are rebuilt the same way and compared with the released
files, token by token, to show that the rebuild matches.
"""

from __future__ import annotations

import argparse
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "data" / "ewt"


def rebuild(repo: Path, split: str) -> str:
    """Concatenate the split's source documents in the listed order."""
    names = (repo / "not-to-release" / "file-lists" / f"files.{split}").read_text(encoding="utf-8").split()
    parts = []
    for name in names:
        text = (repo / "not-to-release" / "sources" / name).read_text(encoding="utf-8").strip("\n")
        parts.append(text + "\n\n")
    return "".join(parts)


def token_rows(conllu: str) -> list[tuple[str, ...]]:
    """(form, lemma, upos, xpos) of every syntactic word, for comparing two versions of a split."""
    rows = []
    for line in conllu.splitlines():
        cols = line.split("\t")
        if len(cols) == 10 and cols[0].isdigit():
            rows.append((cols[1], cols[2], cols[3], cols[4]))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("repo", type=Path, help="checkout of UniversalDependencies/UD_English-EWT")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    for split in ("train", "dev", "test"):
        released = args.repo / f"en_ewt-ud-{split}.conllu"
        text = released.read_text(encoding="utf-8") if released.is_file() else ""
        if (args.repo / "not-to-release" / "sources").is_dir():
            rebuilt = rebuild(args.repo, split)
            if text:
                same = token_rows(text) == token_rows(rebuilt)
                print(f"{split}: rebuilt from sources matches the released file: {same}")
            else:
                print(f"{split}: released file absent, rebuilt from sources")
                text = rebuilt
        (OUT / f"{split}.conllu").write_text(text, encoding="utf-8")
        print(f"{split}: {len(token_rows(text))} tokens")


if __name__ == "__main__":
    main()
