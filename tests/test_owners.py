"""The owners registry (data/owners.yaml): its facts, its checks, and names resolving to units.

The shipped registry is tested for what it claims (63 then 34 provincial party
committees, the 2025 successions with their instruments, a source for every fact, no
unconfirmed decision number); broken registries for the code, position and advice of
each problem; names for resolving in every spelling an analyst types.
"""

from __future__ import annotations

import json
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nq42cli.core.directory import Directory, PartChoice, ResolveError
from nq42cli.core.owners import load_registry, load_registry_text
from nq42cli.core.problems import DataError
from tests.conftest import ROOT, check_jsonschema, scaled

REGISTRY = ROOT / "data" / "owners.yaml"
BUNDLED = ROOT / "src" / "nq42cli" / "data" / "owners.yaml"
SCHEMA = ROOT / "schema" / "owners.schema.json"


def _directory() -> Directory:
    return load_registry(REGISTRY).directory


D = _directory()
IV6A = (
    ("tinh_thanh_uy", "các tỉnh uỷ, thành uỷ", "Tỉnh uỷ, thành uỷ"),
    ("du_truc_thuoc_tw", "đảng uỷ trực thuộc Trung ương", "ĐU trực thuộc TW"),
)
IV4B = (
    ("bkttw", "Ban Kinh tế Trung ương", "BKTTW"),
    ("cac_ban_dang", "các ban đảng", "Các ban đảng"),
)


# --------------------------------------------------------------------------- the facts


def test_bundled_copy_is_identical() -> None:
    """The package ships data/owners.yaml byte for byte, beside its plan."""
    assert BUNDLED.read_bytes() == REGISTRY.read_bytes()


def test_the_registry_is_valid_and_warns_of_nothing() -> None:
    """The shipped registry loads with no problem at all, warnings included."""
    assert load_registry(REGISTRY).warnings == ()


def test_provinces_63_until_the_merger_and_34_after() -> None:
    """Nghị quyết 202/2025/QH15: 63 provincial committees to 30/6/2025, 34 from 01/7/2025."""
    members = D.membership("tinh_thanh_uy")
    assert members is not None
    assert len(members.on(date(2023, 11, 27))) == 63
    assert len(members.on(date(2025, 6, 30))) == 63
    assert len(members.on(date(2025, 7, 1))) == 34
    # 11 units continue unchanged (same key), 23 are new units formed from old ones.
    kept = set(members.on(date(2025, 6, 30))) & set(members.on(date(2025, 7, 1)))
    assert len(kept) == 11
    assert "hue" in kept
    assert members.predecessors("bac_ninh_2025") == ("bac_ninh", "bac_giang")
    assert members.predecessors("tp_ho_chi_minh_2025") == (
        "tp_ho_chi_minh",
        "binh_duong",
        "ba_ria_vung_tau",
    )
    # Every old unit that did not continue went into exactly one new unit.
    gone = set(members.on(date(2025, 6, 30))) - kept
    into = [p for new in members.on(date(2025, 7, 1)) for p in members.predecessors(new)]
    assert sorted(into) == sorted(gone)


def test_the_2025_successions_of_central_owners() -> None:
    """Who holds each central owner's place after the 2025 reorganisation, and by what."""
    after = date(2025, 3, 1)
    assert D.holder_on("bkttw", after) == "bcsclttw"
    assert D.holder_on("bcsd_cp", after) == "duy_cp"
    assert D.holder_on("dd_qh", after) == "duy_qh"
    assert D.holder_on("btgtw", after) == "btgdvtw"
    assert D.holder_on("dd_mttq", after) == "duy_mttq_dt"
    assert D.holder_on("bkttw", date(2025, 1, 23)) == "bkttw"
    by_to = {s.to: s for s in D.successions}
    assert by_to["bcsclttw"].instrument == "Quyết định số 247-QĐ/TW"
    assert by_to["duy_cp"].instrument == "Quyết định số 243-QĐ/TW"
    assert by_to["duy_qh"].instrument == "Quyết định số 244-QĐ/TW"
    # Not found in any source: stated as unknown, dated by the public announcement.
    for key in ("btgdvtw", "duy_mttq_dt"):
        assert (by_to[key].instrument, by_to[key].basis) == (None, "announced")
        assert by_to[key].on == date(2025, 2, 3)


def test_no_unconfirmed_decision_number_is_shipped_as_fact() -> None:
    """245-QĐ/TW and 246-QĐ/TW (the issue's guesses) appear only as 'unconfirmed'."""
    reg = load_registry(REGISTRY).registry
    for s in reg.successions:
        assert not any(n in (s.instrument or "") for n in ("245-QĐ/TW", "246-QĐ/TW"))
    for line in REGISTRY.read_text(encoding="utf-8").splitlines():
        if "245-QĐ/TW" in line or "246-QĐ/TW" in line:
            assert "unconfirmed" in line, line


def test_every_fact_has_a_source_with_a_url() -> None:
    """Each succession, group and former name cites a URL, directly or by reference."""
    reg = load_registry(REGISTRY).registry
    refs = {r.id: r.url for r in reg.references}
    facts = [s.sources for s in reg.successions] + [g.sources for g in reg.groups]
    facts += [f.sources for u in reg.units for f in u.former]
    for sources in facts:
        urls = [s.url or refs[s.ref or ""] for s in sources]
        assert urls
        assert all(u.startswith(("https://", "http://")) for u in urls)


def test_check_jsonschema_accepts_the_registry() -> None:
    """An independent validator accepts data/owners.yaml against the committed schema."""
    code, output = check_jsonschema(SCHEMA, REGISTRY)
    assert code == 0, output


def test_the_directory_survives_json() -> None:
    """What the plan's index stores reads back equal."""
    assert Directory.from_json(D.to_json()) == D


def test_names_over_time() -> None:
    """A plan owner's place goes by its successor's name; a renamed unit by its new one."""
    assert D.later_names("bkttw") == (
        (date(2025, 1, 24), "Ban Chính sách, chiến lược Trung ương", "BCSCLTW"),
    )
    hue = D.unit("hue")
    assert hue is not None
    assert hue.name_on(date(2024, 12, 31)) == ("Tỉnh ủy Thừa Thiên Huế", "Thừa Thiên Huế")
    assert hue.name_on(date(2025, 1, 1)) == ("Thành ủy Huế", "Huế")


# --------------------------------------------------------------------------- bad registries

BASE = """\
registry:
  plan: "KH"
  title: "t"
references:
  - id: r1
    url: "https://example.org/r1"
units:
  - key: a
    name: "Tỉnh ủy A"
    short: "A"
    until: "2025-06-30"
  - key: b
    name: "Tỉnh ủy B"
    short: "B"
    until: "2025-06-30"
  - key: ab
    name: "Tỉnh ủy AB"
    short: "AB"
    from: "2025-07-01"
groups:
  - key: g
    label: {vi: "tỉnh ủy", en: "committees"}
    members: [a, b, ab]
    sources:
      - ref: r1
successions:
  - from: [a, b]
    to: ab
    on: "2025-07-01"
    basis: effective
    instrument: null
    sources:
      - url: "https://example.org/s"
"""


def _problems(text: str) -> list[str]:
    with pytest.raises(DataError) as err:
        load_registry_text(text, "owners.yaml")
    return [f"{p.line}:{p.column} {p.code}: {p.message}" for p in err.value.problems]


def test_the_base_case_is_valid() -> None:
    """The small registry the bad cases start from is itself valid."""
    loaded = load_registry_text(BASE, "owners.yaml")
    assert loaded.warnings == ()


BAD = [
    pytest.param(
        ("members: [a, b, ab]", "members: [a, b, abc]"),
        "23:21 owners.unknown_unit: unknown unit 'abc'; did you mean 'ab'?; members are keys of "
        "'units'",
        id="member_does_not_resolve",
    ),
    pytest.param(
        ("  - from: [a, b]\n    to: ab", "  - from: [a, c]\n    to: ab"),
        "27:15 owners.unknown_unit: unknown unit 'c'; successions name units",
        id="successor_source_does_not_resolve",
    ),
    pytest.param(
        ("members: [a, b, ab]", 'members: [a, b, {unit: ab, from: "2025-06-01"}]'),
        "23:21 owners.membership_outside_unit: membership of 'ab' (from 2025-06-01) is outside "
        "the unit's own life (from 2025-07-01); a member belongs only while it exists: write "
        "dates within from 2025-07-01, or none",
        id="membership_before_the_unit_existed",
    ),
    pytest.param(
        (
            'label: {vi: "tỉnh ủy", en: "committees"}',
            'label: {vi: "tỉnh ủy", en: "committees"}\n    until: "2025-12-31"',
        ),
        None,
        id="group_life_covers_its_members",
    ),
    pytest.param(
        (
            'label: {vi: "tỉnh ủy", en: "committees"}\n    members: [a, b, ab]',
            'label: {vi: "tỉnh ủy", en: "committees"}\n    until: "2025-12-31"\n'
            '    members: [a, b, {unit: ab, until: "2026-06-30"}]',
        ),
        "24:21 owners.membership_outside_group: membership of 'ab' (until 2026-06-30) is outside "
        "the life of group 'g' (until 2025-12-31); write from/until within until 2025-12-31",
        id="membership_outside_the_groups_life",
    ),
    pytest.param(
        ('    until: "2025-06-30"\n  - key: b', '    until: "2025-06-29"\n  - key: b'),
        "27:12 owners.succession_dates: 'a' ends on 2025-06-29 but is succeeded on 2025-07-01; "
        "write until: \"2025-06-30\" in unit 'a'",
        id="a_gap_before_the_successor",
    ),
    pytest.param(
        (
            '      - url: "https://example.org/s"\n',
            '      - url: "https://example.org/s"\n  - from: [ab]\n    to: a\n'
            '    on: "2025-07-02"\n    basis: effective\n    instrument: null\n'
            "    sources:\n      - ref: r1\n",
        ),
        "35:9 owners.succession_loop: successions loop: a → ab → a; a unit cannot follow "
        "itself, remove one of these successions",
        id="succession_loop",
    ),
    pytest.param(
        ("      - ref: r1", "      - ref: r2"),
        "25:14 owners.unknown_reference: unknown reference 'r2'",
        id="unknown_reference",
    ),
    pytest.param(
        ("    instrument: null\n", ""),
        "27:5 schema.missing: successions[0]: missing 'instrument'",
        id="instrument_must_be_stated_even_when_unknown",
    ),
    pytest.param(
        ('      - url: "https://example.org/s"', '      - excerpt: "no link"'),
        "33:9 owners.source_without_url: successions[0].sources[0]: a source needs its url (or "
        "ref: the id of one of the references)",
        id="a_source_needs_a_url",
    ),
    pytest.param(
        (
            '    from: "2025-07-01"\ngroups:',
            '    from: "2025-07-01"\n    aliases: ["C"]\n  - key: c\n    name: "Tỉnh ủy C"\n'
            '    short: "C"\ngroups:',
        ),
        "21:5 owners.ambiguous_name: 'c' and 'ab' both answer to 'c' while both exist; give one "
        "another name or alias",
        id="two_units_one_name",
    ),
]


@pytest.mark.parametrize(("edit", "expected"), BAD)
def test_bad_registry(edit: tuple[str, str], expected: str | None) -> None:
    """Each mistake: its stable code, its line and column, and what to write instead."""
    old, new = edit
    assert old in BASE
    text = BASE.replace(old, new, 1)
    if expected is None:
        load_registry_text(text, "owners.yaml")
        return
    assert expected in _problems(text)


def test_every_problem_of_a_file_is_reported_at_once() -> None:
    """Two mistakes in two places: both reported, in file order."""
    text = BASE.replace("members: [a, b, ab]", "members: [a, b, abc]").replace(
        "      - ref: r1", "      - ref: r2"
    )
    found = _problems(text)
    codes = [f.split(" ")[1].rstrip(":") for f in found]
    assert codes == ["owners.unused_reference", "owners.unknown_unit", "owners.unknown_reference"]


# --------------------------------------------------------------------------- names


def test_a_province_by_any_name_on_its_day() -> None:
    """'Đồng Nai' is the old committee on 20/3/2024 and the merged one on 01/8/2025."""
    day, later = date(2024, 3, 20), date(2025, 8, 1)
    for text in (
        "Đồng Nai",
        "Tỉnh ủy Đồng Nai",
        "tinh uy dong nai",
        "TỈNH UỶ ĐỒNG NAI",
        "dong_nai",
    ):
        assert D.resolve_part("IV.6.a", IV6A, text, day) == PartChoice("tinh_thanh_uy", "dong_nai")
    assert D.resolve_part("IV.6.a", IV6A, "Đồng Nai", later) == PartChoice(
        "tinh_thanh_uy", "dong_nai_2025"
    )
    assert D.resolve_part("IV.6.a", IV6A, "TP HCM", day) == PartChoice(
        "tinh_thanh_uy", "tp_ho_chi_minh"
    )
    assert D.resolve_part("IV.6.a", IV6A, "Thừa Thiên - Huế", day) == PartChoice(
        "tinh_thanh_uy", "hue"
    )


def test_a_unit_merged_away_says_which_unit_to_name() -> None:
    """Bình Phước after 30/6/2025: refused, naming Tỉnh ủy Đồng Nai."""
    with pytest.raises(ResolveError) as err:
        D.resolve_part("IV.6.a", IV6A, "Bình Phước", date(2025, 8, 1))
    assert err.value.message == (
        "Tỉnh ủy Bình Phước (binh_phuoc) did not exist on 2025-08-01: from 2025-07-01 its "
        "place is held by Tỉnh ủy Đồng Nai; write 'Tỉnh ủy Đồng Nai' (dong_nai_2025)"
    )


def test_successors_resolve_both_ways() -> None:
    """The new name records the old owner's part, with the unit that did it."""
    day = date(2025, 3, 1)
    got = D.resolve_part("IV.4.b", IV4B, "Ban Chính sách, chiến lược Trung ương", day)
    assert got == PartChoice("bkttw", "bcsclttw")
    assert D.resolve_part("IV.4.b", IV4B, "ban chinh sach chien luoc", day) == got
    # Before the succession the plan's own name is the one in force.
    assert D.resolve_part("IV.4.b", IV4B, "Ban Kinh tế Trung ương", date(2024, 5, 1)) == (
        PartChoice("bkttw")
    )
    with pytest.raises(ResolveError) as err:
        D.resolve_part("IV.4.b", IV4B, "bkttw", day)
    assert "write 'Ban Chính sách, chiến lược Trung ương' (bcsclttw)" in err.value.message


def test_ambiguous_and_unknown_names_are_refused_with_the_nearest() -> None:
    """A part of several names, or none: refused, with the names it could have meant."""
    with pytest.raises(ResolveError) as err:
        D.resolve_part("IV.6.a", IV6A, "Quảng", date(2024, 3, 20))
    assert err.value.message.startswith("'Quảng' is ambiguous on 2024-03-20: ")
    assert "Tỉnh ủy Quảng Ninh (quang_ninh, for tinh_thanh_uy)" in err.value.message
    with pytest.raises(ResolveError) as err:
        D.resolve_part("IV.6.a", IV6A, "Đồng Nay", date(2024, 3, 20))
    assert err.value.message == (
        "'Đồng Nay' is not an owner of IV.6.a; its owners: tinh_thanh_uy (Tỉnh uỷ, thành uỷ), "
        "du_truc_thuoc_tw (ĐU trực thuộc TW); did you mean 'Đồng Nai', 'Đồng Tháp', 'Long An'?"
    )
    with pytest.raises(ResolveError) as err:
        D.resolve_part("IV.4.b", IV4B, "Đồng Nai", date(2024, 3, 20))
    assert err.value.message == (
        "'Đồng Nai' is not an owner of IV.4.b, nor a member of one, on 2024-03-20 "
        "(Tỉnh ủy Đồng Nai); its owners: bkttw (BKTTW), cac_ban_dang (Các ban đảng)"
    )


def _spellings(text: str, flags: list[bool], nfd: bool, old_tones: bool) -> str:
    """One way an analyst might type ``text``: case flipped here and there, tones moved."""
    out = "".join(
        (ch.upper() if ch.islower() else ch.lower()) if flip else ch
        for ch, flip in zip(text, flags + [False] * len(text), strict=False)
    )
    if old_tones:
        # Old tone placement: "ủy" → "uỷ", "hòa" → "hoà".
        out = out.replace("ủy", "uỷ").replace("Ủy", "Uỷ").replace("òa", "oà").replace("óa", "oá")
    return unicodedata.normalize("NFD", out) if nfd else out


PROVINCES = sorted(
    {u for u in (D.unit(k) for k, _, _ in D.membership("tinh_thanh_uy").spans) if u},  # type: ignore[union-attr]
    key=lambda u: u.key,
)


@settings(max_examples=scaled(300), deadline=None, derandomize=True)
@given(
    st.sampled_from(PROVINCES),
    st.sampled_from(["name", "short", "place", "tinh", "bare"]),
    st.lists(st.booleans(), max_size=40),
    st.booleans(),
    st.booleans(),
)
def test_every_spelling_of_every_committee_resolves_to_it(
    unit: object, form: str, flags: list[bool], nfd: bool, old_tones: bool
) -> None:
    """Case, NFC/NFD, old or new tone placement, with or without accents: the same unit."""
    from nq42cli.core.directory import Unit
    from nq42cli.core.text import fold

    assert isinstance(unit, Unit)
    place = unit.place or unit.short
    text = {
        "name": unit.name,
        "short": unit.short,
        "place": place,
        "tinh": f"tỉnh {place}",
        "bare": fold(unit.name),
    }[form]
    typed = _spellings(text, flags, nfd, old_tones)
    day = (unit.start or date(2024, 3, 20)) if unit.alive(date(2024, 3, 20)) else unit.start
    assert day is not None
    assert D.resolve_part("IV.6.a", IV6A, typed, day) == PartChoice("tinh_thanh_uy", unit.key)


def test_shell_completion_names_include_old_and_new() -> None:
    """Completion of --owner offers former and current names."""
    names = D.all_names()
    for n in (
        "Ban Kinh tế Trung ương",
        "Ban Chính sách, chiến lược Trung ương",
        "Tỉnh ủy Bình Phước",
    ):
        assert n in names


def test_schema_marks_members_as_key_or_mapping() -> None:
    """A member is a unit key, or {unit, from, until}: both in the schema."""
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    items = schema["$defs"]["GroupSpec"]["properties"]["members"]["items"]
    assert items["anyOf"][0]["type"] == "string"
    assert items["anyOf"][1] == {"$ref": "#/$defs/Member"}


def test_loading_a_missing_registry_is_a_positioned_problem(tmp_path: Path) -> None:
    """A registry path that does not exist is file.missing, like any input file."""
    with pytest.raises(DataError) as err:
        load_registry(tmp_path / "owners.yaml")
    assert err.value.problems[0].code == "file.missing"


def test_a_group_the_plan_does_not_have_is_a_warning(tmp_path: Path) -> None:
    """A registry group whose key is not a group owner of its plan: a warning (fails --strict)."""
    from nq42cli import api

    text = REGISTRY.read_text(encoding="utf-8").replace(
        "  - key: tinh_thanh_uy\n", "  - key: tinh_uy\n", 1
    )
    path = tmp_path / "owners.yaml"
    path.write_text(text, encoding="utf-8")
    found = api.validate([ROOT / "data" / "plan.yaml", path])
    assert found.valid
    [warning] = found.warnings
    assert (warning.code, warning.message) == (
        "owners.not_in_plan",
        "group 'tinh_uy' is not an owner of plan '19-KH/TW'",
    )
    assert warning.line > 1
    assert not api.validate([ROOT / "data" / "plan.yaml", path], strict=True).valid
