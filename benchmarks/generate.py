"""Generate realistic plan files for the benchmarks: 1,000 / 10,000 / 100,000 duties.

The plans look like the real one (``data/plan.yaml``): the same plan header, the same
sections and groups, Vietnamese duty text of real length, several owners per duty with
their roles, and the mix of timing phrases the plan uses (quý I/2024, tháng 12/2023,
đầu tháng 12/2023, từ năm 2023, thường xuyên, theo tiến độ, không thời hạn …). Deadlines
spread over 2024-2045, as a central office following many resolutions would see them.
Every generated file is valid under ``nq42 validate`` (the runner checks it).

Usage: python benchmarks/generate.py OUT_DIR [--sizes 1000 10000 100000] [--seed 42]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL_PLAN = ROOT / "data" / "plan.yaml"

SECTIONS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("II", "CÔNG TÁC QUÁN TRIỆT NGHỊ QUYẾT VÀ TRIỂN KHAI KẾ HOẠCH THỰC HIỆN", []),
    ("III", "NHIỆM VỤ TRỌNG TÂM", []),
    (
        "IV",
        "NHIỆM VỤ CỤ THỂ",
        [
            ("IV.1", "Đảng đoàn Quốc hội"),
            ("IV.2", "Ban cán sự đảng Chính phủ"),
            ("IV.3", "Đảng đoàn Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội"),
            ("IV.4", "Ban Kinh tế Trung ương"),
            ("IV.5", "Ban cán sự đảng, đảng đoàn, đảng uỷ các bộ, ngành, cơ quan Trung ương"),
            ("IV.6", "Các tỉnh uỷ, thành uỷ, đảng uỷ trực thuộc Trung ương"),
        ],
    ),
    ("V", "TỔ CHỨC THỰC HIỆN", []),
]

CENTRAL = [
    ("bct", "Bộ Chính trị", "BCT"),
    ("bbt", "Ban Bí thư", "BBT"),
    ("btgtw", "Ban Tuyên giáo Trung ương", "BTGTW"),
    ("bkttw", "Ban Kinh tế Trung ương", "BKTTW"),
    ("dd_qh", "Đảng đoàn Quốc hội", "ĐĐQH"),
    ("bcsd_cp", "Ban cán sự đảng Chính phủ", "BCSĐCP"),
    ("dd_mttq", "Đảng đoàn Mặt trận Tổ quốc Việt Nam", "ĐĐ MTTQVN"),
    ("bo_ldtbxh", "Bộ Lao động - Thương binh và Xã hội", "BLĐTBXH"),
    ("bo_yt", "Bộ Y tế", "BYT"),
    ("bo_gddt", "Bộ Giáo dục và Đào tạo", "BGDĐT"),
    ("bo_tc", "Bộ Tài chính", "BTC"),
    ("bo_khdt", "Bộ Kế hoạch và Đầu tư", "BKHĐT"),
    ("bo_xd", "Bộ Xây dựng", "BXD"),
    ("bo_nv", "Bộ Nội vụ", "BNV"),
    ("bo_tp", "Bộ Tư pháp", "BTP"),
    ("bhxh_vn", "Bảo hiểm xã hội Việt Nam", "BHXHVN"),
    ("nhcsxh", "Ngân hàng Chính sách xã hội", "NHCSXH"),
]
PROVINCES = [
    "Hà Nội", "Thành phố Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế", "Quảng Ninh",
    "Lạng Sơn", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh",
    "Hưng Yên", "Ninh Bình", "Thanh Hoá", "Nghệ An", "Hà Tĩnh", "Quảng Trị", "Quảng Ngãi",
    "Gia Lai", "Đắk Lắk", "Khánh Hoà", "Lâm Đồng", "Đồng Nai", "Tây Ninh", "Vĩnh Long",
    "Đồng Tháp", "An Giang", "Cà Mau", "Điện Biên", "Lai Châu", "Sơn La",
]  # fmt: skip

VERBS = [
    "Chủ trì, phối hợp nghiên cứu, đề xuất sửa đổi, bổ sung",
    "Lãnh đạo, chỉ đạo xây dựng và ban hành",
    "Tổ chức sơ kết, đánh giá kết quả thực hiện",
    "Rà soát, hoàn thiện thể chế, cơ chế, chính sách về",
    "Chỉ đạo triển khai có hiệu quả",
    "Tăng cường kiểm tra, giám sát việc thực hiện",
    "Nghiên cứu, xây dựng đề án về",
    "Đẩy mạnh công tác tuyên truyền, phổ biến",
]
OBJECTS = [
    "chính sách ưu đãi người có công với cách mạng",
    "hệ thống an sinh xã hội đa tầng, hiện đại, bao trùm",
    "chính sách bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp",
    "chương trình mục tiêu quốc gia giảm nghèo bền vững",
    "chính sách nhà ở xã hội cho công nhân và người thu nhập thấp",
    "chính sách trợ giúp xã hội đối với người cao tuổi, người khuyết tật, trẻ em",
    "chính sách việc làm, phát triển thị trường lao động linh hoạt",
    "chính sách chăm sóc sức khoẻ nhân dân, y tế cơ sở, y tế dự phòng",
    "chính sách dân tộc, vùng đồng bào dân tộc thiểu số và miền núi",
    "chính sách giáo dục nghề nghiệp, nâng cao chất lượng nguồn nhân lực",
]
TAILS = [
    "bảo đảm phù hợp với điều kiện phát triển kinh tế - xã hội của đất nước",
    "gắn với thực hiện các mục tiêu phát triển bền vững, không để ai bị bỏ lại phía sau",
    "huy động sự tham gia của cả hệ thống chính trị, doanh nghiệp và Nhân dân",
    "bảo đảm nguồn lực thực hiện, công khai, minh bạch và đúng đối tượng",
    "định kỳ báo cáo Bộ Chính trị, Ban Bí thư kết quả thực hiện",
]

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def _timing(rng: random.Random) -> tuple[str | None, list[str]]:
    """A timing phrase as the plan writes it and the windows it reads as."""
    year = rng.randint(2024, 2045)
    q = rng.randint(1, 4)
    m = rng.randint(1, 12)
    pick = rng.random()
    if pick < 0.30:
        w = f"quý {ROMAN[q]}/{year}"
        return f"hoàn thành trong {w}", [w]
    if pick < 0.45:
        w = f"tháng {m}/{year}"
        return f"hoàn thành trong {w}", [w]
    if pick < 0.50:
        w = f"đầu tháng {m}/{year}"
        return w, [w]
    if pick < 0.58:
        w = f"quý {ROMAN[q]}/{year}"
        return f"hoàn thành trong {w} và thực hiện thường xuyên", [w, "thường xuyên"]
    if pick < 0.63:
        w = f"năm {year}"
        return f"hoàn thành trong {w}", [w]
    if pick < 0.70:
        w = f"từ năm {rng.randint(2023, 2030)}"
        return f"thực hiện {w}", [w]
    if pick < 0.78:
        return "thường xuyên", ["thường xuyên"]
    if pick < 0.83:
        return "hoàn thành theo tiến độ quy định đối với từng nhiệm vụ", ["theo tiến độ"]
    return None, ["không thời hạn"]


def _q(text: str) -> str:
    # JSON strings are valid YAML double-quoted scalars.
    return json.dumps(text, ensure_ascii=False)


def plan_text(duties: int, seed: int = 42) -> str:
    """The YAML text of a valid plan with ``duties`` duties."""
    rng = random.Random(seed)
    real = REAL_PLAN.read_text(encoding="utf-8")
    header = real[: real.index("\nsections:") + 1]
    out = [header, "sections:\n", "  - id: I\n    title: MỤC ĐÍCH, YÊU CẦU\n"]
    for sid, title, groups in SECTIONS:
        out.append(f"  - id: {sid}\n    title: {_q(title)}\n")
        if groups:
            out.append("    groups:\n")
            out += [f"      - id: {g}\n        heading: {_q(h)}\n" for g, h in groups]
    owners = list(CENTRAL)
    owners += [(f"tinh_{i:02d}", f"Tỉnh uỷ {p}", f"TU {p}") for i, p in enumerate(PROVINCES)]
    out.append("owners:\n")
    for key, name, short in owners:
        out.append(
            f"  - key: {key}\n    name: {_q(name)}\n    short: {_q(short)}\n    kind: body\n"
        )
    out.append("duties:\n")
    parents: list[tuple[str, str | None]] = []
    for sid, _, groups in SECTIONS:
        parents += [(sid, g) for g, _ in groups] or [(sid, None)]
    counters = dict.fromkeys(parents, 0)
    for _ in range(duties):
        parent = rng.choice(parents)
        counters[parent] += 1
        sid, group = parent
        did = f"{group or sid}.{counters[parent]}"
        text = (
            f"{rng.choice(VERBS)} {rng.choice(OBJECTS)}; {rng.choice(VERBS).lower()} "
            f"{rng.choice(OBJECTS)}, {rng.choice(TAILS)}."
        )
        timing, windows = _timing(rng)
        out.append(f"  - id: {did}\n    section: {sid}\n")
        if group:
            out.append(f"    group: {group}\n")
        out.append(f"    text: {_q(text)}\n    owners:\n")
        chosen = rng.sample(owners, rng.randint(1, 4))
        for i, (key, name, _) in enumerate(chosen):
            role = "lead" if i == 0 and len(chosen) > 1 else ("partner" if i else "responsible")
            out.append(f"      - owner: {key}\n        role: {role}\n")
            if rng.random() < 0.1:
                out.append(f"        as_written: {_q(name.lower())}\n")
        out.append(f"    timing: {_q(timing) if timing else 'null'}\n    windows:\n")
        out += [f"      - {_q(w)}\n" for w in windows]
    return "".join(out)


def write(out_dir: Path, sizes: list[int], seed: int = 42) -> dict[int, Path]:
    """Write ``plan-<size>.yaml`` for each size; return the paths by size."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {}
    for n in sizes:
        path = out_dir / f"plan-{n}.yaml"
        path.write_text(plan_text(n, seed), encoding="utf-8")
        paths[n] = path
    return paths


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    for n, path in write(args.out_dir, args.sizes, args.seed).items():
        print(f"{n:>7} duties: {path} ({path.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
