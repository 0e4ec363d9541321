"""`nq42 extract`: a plan text becomes a valid draft plan; the seed reproduces data/plan.yaml."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from nq42cli.core.extract import extract
from nq42cli.core.loader import load_plan, load_plan_text
from nq42cli.core.windows import parse_window
from tests.conftest import PLAN, SEED, run

PLANS = Path(__file__).parent / "plans"
TINH = PLANS / "tinh-uy-chuong-trinh.txt"
BO = PLANS / "bo-ke-hoach.txt"


def _duties(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {d["id"]: d for d in data["duties"]}


def _roles(duty: dict[str, Any]) -> list[tuple[str, str]]:
    return [(o["owner"], o["role"]) for o in duty["owners"]]


@pytest.fixture(scope="module")
def seed_draft(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seed") / "draft.yaml"
    run("extract", str(SEED), "--issued", "2023-11-27", "--number", "19-KH/TW", "-o", str(out))
    return out


def test_seed_draft_reproduces_the_plans_duties(seed_draft: Path) -> None:
    """On the seed text the draft has plan.yaml's duty ids, owners with roles, and windows."""
    want, got = _duties(PLAN), _duties(seed_draft)
    assert list(got) == list(want)
    for ident, duty in want.items():
        assert _roles(got[ident]) == _roles(duty), ident
        read = [parse_window(w) for w in got[ident]["windows"]]
        assert read == [parse_window(w) for w in duty["windows"]], ident
        assert got[ident]["text"] == duty["text"], ident
        assert got[ident].get("timing") == duty.get("timing"), ident
        assert got[ident].get("group") == duty.get("group"), ident


def test_seed_draft_metadata_and_validity(seed_draft: Path) -> None:
    """The draft validates, and its metadata block matches the plan's."""
    draft = load_plan(seed_draft).plan
    real = load_plan(PLAN).plan
    assert draft.meta == real.meta
    assert [(s.id, s.title, s.groups) for s in draft.sections] == [
        (s.id, s.title, s.groups) for s in real.sections
    ]
    assert {o.key: o.name for o in draft.owners} == {o.key: o.name for o in real.owners}


def test_seed_page_breaks_are_joined() -> None:
    """II.3 and IV.5.a, split by page breaks in the text, are one paragraph each."""
    draft = extract(SEED.read_text(encoding="utf-8"), issued=date(2023, 11, 27))
    by_id = {d["id"]: d for d in draft.duties}
    assert "ban cán sự đảng, đảng uỷ trực thuộc" in by_id["II.3"]["text"]
    assert "trợ giúp xã hội, giảm nghèo bền vững" in by_id["IV.5.a"]["text"]


def test_seed_without_number_or_date_is_noted() -> None:
    """Without --issued/--number the draft stands in the resolution's date and DRAFT, noted."""
    draft = extract(SEED.read_text(encoding="utf-8"))
    assert draft.data["plan"]["number"] == "DRAFT"
    assert draft.data["plan"]["date"] == "2023-11-24"
    assert any("no date" in n for n in draft.notes)
    assert any("no number" in n for n in draft.notes)


def test_provincial_programme(tmp_path: Path) -> None:
    """Another shape: header number and date, a) points, unknown bodies kept for review."""
    out = tmp_path / "tinh.yaml"
    run("extract", str(TINH), "-o", str(out))
    loaded = load_plan(out).plan
    assert loaded.meta.number == "45-CTr/TU"
    assert loaded.meta.date == date(2026, 3, 15)
    assert loaded.meta.signer is not None
    assert loaded.meta.signer.name == "Nguyễn Văn A"
    d = _duties(out)
    assert list(d) == [
        "II.1", "II.2.a", "II.2.b", "II.2.c", "II.2.d", "II.3.a", "II.3.b",
        "II.x1", "III.1", "III.a",
    ]  # fmt: skip
    assert _roles(d["II.1"]) == [
        ("ban_tuyen_giao_va_dan_van_tinh_uy", "lead"),
        ("so_van_hoa_the_thao_va_du_lich", "partner"),
    ]
    assert _roles(d["II.2.a"]) == [
        ("uy_ban_nhan_dan_tinh", "lead"),
        ("so_noi_vu", "partner"),
        ("so_tai_chinh", "partner"),
    ]
    assert _roles(d["II.2.c"]) == [
        ("mat_tran_to_quoc_viet_nam_tinh", "lead"),
        ("uy_ban_nhan_dan_tinh", "partner"),
    ]
    assert [o for o, _ in _roles(d["II.3.a"])] == [
        "so_y_te",
        "bao_hiem_xa_hoi_tinh",
        "lien_doan_lao_dong_tinh",
    ]
    assert d["II.2.a"]["windows"] == ["quý III/2026", "phấn đấu trong tháng 8/2026"]
    assert d["II.2.b"]["windows"] == ["trước ngày 20/10 hằng năm"]
    assert d["II.2.c"]["text"].endswith("giám sát việc thực hiện chính sách đối với người có công.")
    assert d["II.3.b"]["windows"] == ["định kỳ 6 tháng", "hằng năm"]
    # What the draft cannot place is kept and marked, not dropped.
    assert "sau khi Đề án được phê duyệt" in d["II.2.d"]["review"]
    assert "not numbered" in d["II.x1"]["review"]
    assert "outside a numbered item" in d["III.a"]["review"]


def test_ministry_plan_with_options() -> None:
    """A plan without a header takes --issued/--number; 'năm sau' reads from --issued."""
    draft = extract(BO.read_text(encoding="utf-8"), issued=date(2025, 3, 10), number="12/KH-BTC")
    text = yaml.safe_dump(draft.data, allow_unicode=True, sort_keys=False)
    plan = load_plan_text(text, "<bo>").plan
    assert plan.meta.issuer == "Bộ Tài chính"
    assert [p.id for p in plan.meta.purposes] == ["I.1", "I.2"]
    d = {x["id"]: x for x in draft.duties}
    assert _roles(d["II.1.b"]) == [("bo_khcn", "lead"), ("van_phong_bo", "partner")]
    assert _roles(d["II.2.a"])[-2:] == [("nhnn", "partner"), ("co_quan_lien_quan", "partner")]
    assert [o for o, _ in _roles(d["II.2.a"])][:2] == [
        "cuc_tin_hoc_va_thong_ke_tai_chinh",
        "kho_bac_nha_nuoc",
    ]
    assert d["II.2.a"]["windows"] == ["quý IV/2026", "từ năm 2027"]
    assert d["III.2"]["windows"] == ["trước ngày 31/1/2026"]
    assert _roles(d["III.1"]) == [("bo_noi_vu", "responsible"), ("bo_tu_phap", "responsible")]


def test_extract_cli_guards(tmp_path: Path) -> None:
    """No overwrite without --force; '-' prints YAML; a text without sections exits 1."""
    out = tmp_path / "x.yaml"
    out.write_text("keep", encoding="utf-8")
    run("extract", str(TINH), "-o", str(out), code=2)
    assert out.read_text(encoding="utf-8") == "keep"
    run("extract", str(TINH), "-o", str(out), "--force")
    assert load_plan(out).plan.meta.number == "45-CTr/TU"
    printed = run("extract", str(TINH), "-o", "-").stdout
    assert printed.startswith("# Bản dự thảo do `nq42 extract` viết")
    english = run("extract", str(TINH), "-o", "-", "--lang", "en").stdout
    assert english.startswith("# Draft plan written by `nq42 extract`")
    assert yaml.safe_load(printed)["plan"]["number"] == "45-CTr/TU"
    bad = tmp_path / "bad.txt"
    bad.write_text("không có mục nào\n", encoding="utf-8")
    assert "0 duties read" in run("extract", str(bad), code=1).stderr
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\xff\xfe\x00I- A")
    assert "not UTF-8" in run("extract", str(binary), code=1).stderr
    run("extract", str(tmp_path / "missing.txt"), code=2)


def test_extract_refuses_an_unusable_target_before_drafting(tmp_path: Path) -> None:
    """A file in a missing folder, or a folder as the target: exit 2, a message, no traceback."""
    missing = run("extract", str(TINH), "-o", str(tmp_path / "no" / "such" / "x.yaml"), code=2)
    assert "does not exist" in missing.stderr
    assert "Traceback" not in missing.output + missing.stderr
    assert not (tmp_path / "no").exists()
    folder = run("extract", str(TINH), "-o", str(tmp_path), code=2)
    assert "is a folder" in folder.stderr
    assert list(tmp_path.iterdir()) == []
