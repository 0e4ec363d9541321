"""Consistency check for the corpus: every truth.yaml against its source.txt and meta.yaml.

Checks that ids are unique, kinds are known, a dated deadline is given exactly when kind is
"deadline", each text_start / owner name / not_deadlines snippet occurs in the source (after
NFC, markdown-marker removal and whitespace folding), and meta.yaml's counts match.
Run: python3 tools/check_truth.py [slug ...]   (from the corpus folder)
"""
import datetime, pathlib, re, sys, unicodedata
import yaml

KINDS = {"deadline", "recurring", "ongoing", "per_schedule", "undated"}
HERE = pathlib.Path(__file__).resolve().parent.parent


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s)
    s = s.replace("**", "").replace("*", "").replace("\\", "")
    s = re.sub(r"[|#]", " ", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def names(v):
    if v is None:
        return []
    return [v] if isinstance(v, str) else list(v)


def check(slug: str) -> int:
    d = HERE / slug
    src = norm((d / "source.txt").read_text(encoding="utf-8"))
    truth = yaml.safe_load((d / "truth.yaml").read_text(encoding="utf-8"))
    meta = yaml.safe_load((d / "meta.yaml").read_text(encoding="utf-8"))
    problems = []
    ids = [x["id"] for x in truth["duties"]]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        problems.append(f"duplicate ids {sorted(dup)}")
    for x in truth["duties"]:
        i = x["id"]
        if x["kind"] not in KINDS:
            problems.append(f"{i}: kind {x['kind']!r}")
        if (x["deadline"] is not None) != (x["kind"] == "deadline"):
            problems.append(f"{i}: deadline {x['deadline']!r} with kind {x['kind']}")
        for dl in [x["deadline"], *x.get("other_deadlines", [])]:
            if dl is not None:
                datetime.date.fromisoformat(str(dl))
        if norm(x["text_start"]) not in src:
            problems.append(f"{i}: text_start not in source: {x['text_start']!r}")
        if x.get("timing") and norm(x["timing"]) not in src and not x["timing"].startswith(("(", "Thời hạn")):
            problems.append(f"{i}: timing not verbatim: {x['timing']!r}")
        for n in names(x.get("lead")) + names(x.get("partners")):
            expanded = "as_written" in x and norm(re.sub(r"^Đảng u[ỷỷ] ", "", n)) in norm(x["as_written"])
            if norm(n) not in src and not expanded:
                problems.append(f"{i}: owner not verbatim: {n!r}")
    for n in truth.get("not_deadlines", []):
        t = re.sub(r"…", " ", n["text"])
        parts = [p for p in t.split("  ") if p.strip()]
        if not all(norm(p) in src for p in parts):
            problems.append(f"not_deadline not in source: {n['text'][:70]!r}")
    c = meta.get("counts", {})
    if c.get("duties") != len(ids):
        problems.append(f"meta counts.duties {c.get('duties')} != {len(ids)}")
    dated = sum(1 for x in truth["duties"] if x["deadline"])
    if c.get("dated_deadlines") != dated:
        problems.append(f"meta counts.dated_deadlines {c.get('dated_deadlines')} != {dated}")
    for p in problems:
        print(f"{slug}: {p}")
    return len(problems)


if __name__ == "__main__":
    slugs = sys.argv[1:] or sorted(p.name for p in HERE.iterdir() if (p / "truth.yaml").exists())
    n = sum(check(s) for s in slugs)
    print(f"{len(slugs)} document(s), {n} problem(s)")
    sys.exit(1 if n else 0)
