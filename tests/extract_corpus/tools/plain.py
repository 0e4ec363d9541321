"""Write source.plain.txt beside each source.txt: the same text with markdown markers removed.

Only markers are removed ('**', '*' italics around a line, leading '#'s, '*   ' list markers turned into '- ',
the '\\' escapes of the markdown copies); words, numbering, line breaks and order are untouched, so truth.yaml
applies unchanged. Run from the corpus folder: python3 tools/plain.py
"""
import pathlib, re

HERE = pathlib.Path(__file__).resolve().parent.parent

for src in sorted(HERE.glob("*/source.txt")):
    out = []
    for line in src.read_text(encoding="utf-8").split("\n"):
        line = re.sub(r"^\s*#{1,6}\s+", "", line)
        line = re.sub(r"^\*\s{1,3}(?=\S)", "- ", line)
        line = line.replace("**", "").replace("\\-", "-").replace("\\", "")
        line = re.sub(r"^\*(.*)\*\s*$", r"\1", line)
        out.append(line)
    (src.parent / "source.plain.txt").write_text("\n".join(out), encoding="utf-8")
    print(src.parent.name)
