"""`nq42 extract` on a school's working documents (branch z108b).

Each text here is small and made up for the case it pins.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nq42cli.core.extract import Draft, extract
from tests.extract_helpers import lead_names


def _by_id(draft: Draft) -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in draft.duties}


WEEKS = """\
THÔNG BÁO
Về việc triển khai dạy và học

1. Thời gian bắt đầu dạy và học

- Khóa 2021 bắt đầu học từ tuần 22 (ngày 26/12/2022).

- Khóa 2022 bắt đầu học từ tuần thứ 32 (ngày 06/3/2023).

2. Tổ chức thực hiện

- Phòng Đào tạo gửi báo cáo về Hiệu trưởng (trước ngày 06/3/2023).
"""


def test_the_day_a_numbered_week_starts_is_no_deadline() -> None:
    draft = extract(WEEKS, issued=date(2022, 12, 19), number="1/TB-ĐT")
    texts = {d["text"][:8]: d for d in draft.duties}
    assert texts["Khóa 202"]["timing"] is None
    assert all(d["timing"] is None for d in draft.duties if d["text"].startswith("Khóa"))
    report = next(d for d in draft.duties if d["text"].startswith("Phòng Đào tạo"))
    assert report["windows"] == ["trước ngày 6/3/2023"]


ROLES = """\
HƯỚNG DẪN
Về việc tổ chức thi trực tuyến

I. Đối với cán bộ giám sát (CBGS)
1. Kiểm tra việc điểm danh các phòng thi.
2. Hỗ trợ giám sát trực tiếp tình hình các phòng thi.
II. Đối với sinh viên
1. Chuẩn bị thiết bị trước giờ thi.
III. Khoa chuyên môn
1. Xây dựng kế hoạch tổ chức thực tập.
IV. Khoa học và công nghệ
1. Đẩy mạnh nghiên cứu ứng dụng.
"""


def test_a_part_headed_by_a_role_is_that_roles() -> None:
    draft = extract(ROLES, issued=date(2021, 10, 1), number="64/HD-KTĐBCL")
    duties = _by_id(draft)
    assert lead_names(draft, duties["I.1"]) == ["cán bộ giám sát (CBGS)"]
    assert lead_names(draft, duties["I.2"]) == ["cán bộ giám sát (CBGS)"]
    assert lead_names(draft, duties["II.1"]) == ["sinh viên"]
    assert lead_names(draft, duties["III.1"]) == ["Khoa chuyên môn"]
    # A field of work, not a unit: no owner.
    assert lead_names(draft, duties["IV.1"]) == []


SUBHEADS = """\
THÔNG BÁO
Về việc triển khai thực tập

4. Tổ chức thực hiện

4.1. Đối với các Khoa, giảng viên

- Cập nhật bộ tài liệu giảng dạy lên hệ thống.

4.2. Giảng viên hướng dẫn
- Hướng dẫn sinh viên viết báo cáo thực tập.

4.3. Nhân viên phòng CNTT
- Hỗ trợ kỹ thuật cho các phòng thi.
"""


def test_subheadings_naming_roles_own_their_points() -> None:
    draft = extract(SUBHEADS, issued=date(2022, 5, 1), number="2/TB-ĐT")
    by_text = {d["text"][:12]: d for d in draft.duties}
    assert lead_names(draft, by_text["Cập nhật bộ "]) == ["các Khoa", "giảng viên"]
    assert lead_names(draft, by_text["Hướng dẫn si"]) == ["Giảng viên hướng dẫn"]
    assert lead_names(draft, by_text["Hỗ trợ kỹ th"]) == ["Nhân viên phòng CNTT"]


STEPS = """\
QUY TRÌNH
Khám bệnh bảo hiểm y tế

6. CÁC BƯỚC THỰC HIỆN CỦA QUY TRÌNH
| Bước/Lưu đồ | Mô tả | Trách nhiệm |
|---|---|---|
| Sàng lọc NB | NB tới làm thủ tục tại bàn sàng lọc:<br>- Cân, đo các chỉ số | Điều dưỡng |
| Nhập dữ liệu | Nhập dữ liệu, đánh phiếu khám cho người bệnh | Nhân viên phòng CNTT |
"""


def test_a_step_tables_responsibility_column_leads_each_step() -> None:
    draft = extract(STEPS, issued=date(2025, 10, 27), number="QTQL.KH.5.2")
    by_text = {d["text"][:12]: d for d in draft.duties}
    assert lead_names(draft, by_text["NB tới làm t"]) == ["Điều dưỡng"]
    assert lead_names(draft, by_text["Nhập dữ liệu"]) == ["Nhân viên phòng CNTT"]


DOERS = """\
THÔNG BÁO
Về việc triển khai đồ án tốt nghiệp

3. Tổ chức thực hiện

3.3. Sinh viên thực hiện Đồ án tốt nghiệp

- Liên hệ giảng viên hướng dẫn để nhận đề tài.
- Nộp báo cáo toàn văn về Khoa.

3.4. Sinh viên thực hiện đăng ký học phần

- Đăng nhập hệ thống đào tạo.
"""


def test_a_role_named_by_the_work_it_does_owns_the_points() -> None:
    draft = extract(DOERS, issued=date(2023, 1, 5), number="82/TB-ĐHVH")
    by_text = {d["text"][:10]: d for d in draft.duties}
    who = ["Sinh viên thực hiện Đồ án tốt nghiệp"]
    assert lead_names(draft, by_text["Liên hệ gi"]) == who
    assert lead_names(draft, by_text["Nộp báo cá"]) == who
    # "thực hiện đăng ký …": what the students do, a task's title, not a name.
    assert lead_names(draft, by_text["Đăng nhập "]) == []


COHORTS = """\
KẾ HOẠCH
Về việc học tập trung sau Tết

I. TỔ CHỨC HỌC TẬP

1. Đối với sinh viên các khóa K18, 19, 20

- Học trực tiếp tại trường theo thời khóa biểu.
"""


def test_a_role_of_numbered_cohorts_is_one_owner() -> None:
    draft = extract(COHORTS, issued=date(2022, 1, 20), number="221/KH-ĐHVH")
    duty = next(d for d in draft.duties if d["text"].startswith("Học trực tiếp"))
    assert lead_names(draft, duty) == ["sinh viên các khóa K18, 19, 20"]
