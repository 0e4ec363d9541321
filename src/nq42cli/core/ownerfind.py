"""Owners named in a plan's text: who leads, who coordinates, who is responsible.

Plans name owners in a few ways, and this module reads each:

- a list of names (a heading "2. Uỷ ban nhân dân tỉnh", a table cell, a field
  "Cơ quan chủ trì: …"), split into bodies by :func:`split_names`;
- a sentence's subject: "Giao X chủ trì, phối hợp với Y …", "X chủ trì, phối hợp với
  Y …", "X phối hợp với Y …", "X có trách nhiệm …", "Định kỳ, X …", "Đề nghị X …",
  read by :func:`subject`.

Splitting is the hard part. ``;`` always separates owners. ``,`` and ``và`` separate
them only when a new body begins after them — a known body, a capitalised body word
followed by a capitalised name ("Ban Chỉ đạo …", "Sở Tư pháp"), a plural "các …", an
acronym (VTV) — so "Bộ Văn hoá, Thể thao và Du lịch", "Đảng uỷ Mặt trận Tổ quốc, các
đoàn thể Trung ương" and collectives such as "các bộ, ngành, địa phương" stay one name.
A name ends where the duty's verb begins: a verb written in lower case ("Ban Chỉ đạo"
is a name, "chỉ đạo" a verb), a role ("chủ trì", "phối hợp", "có trách nhiệm").

Known bodies (:data:`nq42cli.core.bodies.BODIES`) keep their keys; every other name is
kept as written, with a key made from it, and reported as not in the body list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from nq42cli.core.bodies import BODIES, Body
from nq42cli.core.tables_people import SURNAMES
from nq42cli.core.text import fold, fold_aligned
from nq42cli.core.vocab import WHOLE_DAY_FOLDED, OwnerKind

__all__ = ["Named", "Registry", "Subject", "is_owner_list", "split_names", "subject"]


@dataclass(slots=True)
class Named:
    """A body as the text wrote it, with its key once registered."""

    written: str
    key: str = ""
    known: bool = False


@dataclass(slots=True)
class Subject:
    """The owners a sentence names, by role, and where its verb phrase begins."""

    leads: list[Named] = field(default_factory=list)
    partners: list[Named] = field(default_factory=list)
    responsible: list[Named] = field(default_factory=list)
    end: int = 0
    assigned: bool = False  # "Giao X …": the plan assigns the duty by name
    requested: bool = False  # "Đề nghị X …": a request to a body outside the issuer


# --------------------------------------------------------------------------- vocabulary

# Words a body's name starts with (folded). A capitalised one followed by a capitalised
# word is a proper name ("Sở Tư pháp"); the plural "các …" opens a collective.
_HEADS = (
    "bo chi huy|bo truong|bo|ban chi dao|ban|so|uy ban nhan dan|uy ban|ubnd|hdnd|hoi dong"
    # "BHXH tỉnh chỉ đạo …": Bảo hiểm xã hội by its acronym, like "UBND".
    "|bhxh"
    "|van phong|dang uy|dang doan|dang bo|to dang|tinh uy|thanh uy|huyen uy|quan uy|hoi"
    "|tong cuc|cuc|vien kiem sat|vien|hoc vien|truong|dai|thong tan xa|bao|ngan hang"
    "|bao hiem xa hoi|kho bac|toa an|kiem toan|thanh tra|mat tran|lien doan|doan|cong an"
    "|quan khu|chi nhanh|trung tam|tap doan|tong cong ty|thuong truc|thuong vu|lanh dao"
    "|chu tich|pho chu tich|thu truong|truong doan|truong ban|giam doc|chu nhiem|tu lenh"
    # "Trưởng phòng, ban, đơn vị chủ trì …": the head of each office of a town's people's
    # committee, an office like "Thủ trưởng".
    "|truong phong"
    # "Ban thường vụ cấp ủy cấp trên trực tiếp chỉ định …": a party committee's standing
    # board, named in lower case after its head word.
    "|ban thuong vu"
    # "Đại hội đảng bộ các cấp thực hiện 4 nội dung sau:": the party congresses, whose
    # work a directive on them sets.
    "|dai hoi"
    # "Thống đốc Ngân hàng Nhà nước Việt Nam": the Governor, an office like a minister's.
    "|thong doc"
    # "Người đứng đầu sở, ban, ngành": the head of each body, an office.
    "|nguoi dung dau"
    "|bi thu|thanh vien|to truong|uy vien|dong chi|chinh phu|quoc hoi|thu tuong|co quan"
    # "Giao Phó Thủ tướng Chính phủ Trần Hồng Hà trực tiếp chỉ đạo …": a deputy's office.
    "|pho thu tuong"
    # "Chánh Văn phòng Ban Chỉ đạo …", "Chánh Thanh tra tỉnh": the head of an office.
    "|chanh van phong|chanh thanh tra"
    # "Đề nghị Hiệu trưởng các trường THPT …", "Tổng Giám đốc Tập đoàn …", "Chánh án Tòa
    # án nhân dân tỉnh …": the heads of a school, a corporation, a court, offices like
    # "Giám đốc".
    "|hieu truong|tong giam doc|pho giam doc|chanh an"
    "|trung uong"
    "|don vi|doanh nghiep|ban can su dang|nha nuoc|hoi dong nhan dan"
    "|vu|phong|quy|benh vien|chi cuc|cong ty|dai hoc|ban quan ly|kho bac nha nuoc|co so"
    "|lien minh"
    # "Tiểu ban giúp việc Ban Chỉ đạo …": a sub-committee, named in lower case after it.
    "|tieu ban"
    # "Trưởng Ban quản lý Khu kinh tế …": the head of a management board, whose name's
    # "quản lý" would otherwise end the office title as a verb.
    "|truong ban quan ly"
    # "Hiệp hội Doanh nghiệp tỉnh": an association.
    "|hiep hoi"
    # "Thuế tỉnh Đắk Lắk", "Thuế thành phố": the tax office of a locality.
    "|thue"
    # "Thành phố Hồ Chí Minh, tỉnh Lâm Đồng đẩy nhanh …": a province or city by its name.
    "|thanh pho"
    # "Tỉnh Tuyên Quang: Giải quyết dứt điểm …": a province by its name, as a city is.
    "|tinh"
    # "Tỉnh đoàn", "Thành đoàn": the province's (city's) Youth Union, in lower case.
    "|tinh doan|thanh doan"
    # "Cổng Thông tin điện tử tỉnh": the province's web portal, run as a unit.
    "|cong thong tin dien tu"
    # "Báo Dân trí, Tạp chí Tổ chức nhà nước và Lao động": a journal, like a newspaper.
    "|tap chi"
    # "Công an Kinh tế, Đội Quản lý thị trường 12 B": a team, named with a capital.
    "|doi"
    # "Tổ chức pháp chế thuộc Bộ, cơ quan ngang Bộ": a ministry's legal affairs unit, whose
    # "Tổ chức" would otherwise be read as the verb "to organise".
    "|to chuc phap che"
    # "Cục trưởng Cục Thuế các tỉnh, …", "Vụ trưởng Vụ Pháp chế": the head of a unit named
    # by its kind, an office like "Giám đốc Sở …".
    "|cuc truong|tong cuc truong|chi cuc truong|vu truong|vien truong"
    # "Thường trực Huyện ủy, BTV huyện ủy, …": a standing committee (Ban Thường vụ) by its
    # acronym, like "UBND".
    "|btv"
    # "Công đoàn cơ sở", "Công đoàn cấp trên trực tiếp cơ sở", "Công đoàn ngành Y tế": a
    # trade union of a level or a sector, named in lower case after its head word.
    "|cong doan"
    # "Bộ phận Tư pháp làm đầu mối …", "Bộ phận Văn hoá - Thông tin phối hợp …": a ward's
    # office, named "bộ phận" where a district's is "phòng".
    "|bo phan"
    # "Tổ công tác số 02: tổ chức làm việc …", "Các Tổ công tác nghiên cứu …": a working
    # group a supervision or inspection plan sets up; "Thư ký các Tổ công tác", its clerk.
    "|to cong tac|to giup viec|thu ky"
    # "Chi bộ (kể cả chi bộ cơ sở)" over its steps in a Party guide: the Party's cell.
    "|chi bo"
    # "Khu Quản lý đường bộ I triển khai …": a directorate's regional management unit;
    # "khu" alone is a place ("Khu công nghiệp"), so only with "quản lý".
    "|khu quan ly"
)
# Longest first: "bảo hiểm xã hội" before "báo", "ban chỉ đạo" before "ban".
_HEAD = re.compile("(?:" + "|".join(sorted(_HEADS.split("|"), key=len, reverse=True)) + r")\b")
_GENERIC = re.compile(
    # "cấp ủy, tổ chức đảng, chính quyền …" name the bodies of every level without "các";
    # "từng bộ, cơ quan, địa phương": each of them.
    # "bộ, ngành trung ương chủ động …": every ministry and sector.
    # "sở, ban, ngành cấp tỉnh phải …": every department of the province, without "các".
    r"(?:cap uy|chinh quyen dia phuong|bo, nganh trung uong|so, ban, nganh)\b"
    # "… và toàn hệ thống ngân hàng thương mại": every bank (every body) of the kind.
    r"|toan (?:bo )?he thong (?:cac\s+)?(?:ngan hang|to chuc tin dung|co quan|don vi)\b"
    r"|(?:cac\s+|nhung\s+|tung\s+)(?:co quan|don vi|bo|so|ban|nganh|dia phuong|cap|to chuc|doan the"
    r"|hoi|tinh|thanh pho|quan|huyen|xa|phuong|quan khu|doan|(?:vi )?dai bieu|uy ban|dang uy"
    # "các vị đại biểu HĐND tỉnh": the deputies, addressed with the honorific "vị".
    r"|tap doan"
    r"|doanh nghiep|truong|vien|thanh vien|dong chi|cap uy|ca nhan|chu the|lanh dao|dai"
    r"|bao|hoi dong|trung tam|chi nhanh|dang doan|ban dang|ban can su|nganh chuc nang|luc luong"
    # "… và các ngân hàng thương mại", "… và các cơ sở giáo dục, đào tạo": banks and
    # facilities (schools, clinics) own work like any unit.
    r"|ngan hang|co so|benh vien|to cong tac|to giup viec"
    # "các bộ phận, ngành, đoàn thể có liên quan": a ward's offices.
    r"|bo phan"
    # "Trung tâm Thông tin Điện lực, các Tổng công ty Điện lực cung cấp …": a group's
    # corporations and companies, named by their kind.
    r"|(?:tong )?cong ty\b"
    # "các Cục Thuế", "các Chi cục Thuế": the departments of a directorate, by name (not
    # "các Cục: X, Y", a list that names each).
    r"|(?:chi |tong )?cuc(?=\s+\w)"
    # "các Vụ quản lý ngành", "các Vụ chức năng": a ministry's departments by their role;
    # never "các vụ vi phạm", "các vụ việc" (cases), so only before a departments' role.
    r"|vu(?=\s+(?:quan ly|chuc nang|chuyen mon|thuoc bo)\b)"
    # "các phòng, ban, đơn vị thuộc UBND cấp xã", "các phòng chuyên môn": a local
    # government's offices; never "các phòng họp" (rooms), so only before their kind.
    # "các Phòng/Ban, Khoa/Viện …": a school's offices, the two kinds joined by a slash.
    r"|phong(?=\s*[,/]\s*ban\b|\s+(?:chuyen mon|chuc nang|ban)\b)"
    # "các nhà đầu tư", "các nhà cung cấp dịch vụ": who invest, who provide; "các chủ
    # công trình hồ chứa …": who own the works.
    r"|nha (?:dau tu|thau|cung cap|san xuat|tai tro|khoa hoc)"
    r"|chu (?:dau tu|cong trinh|ho chua|so huu))\b"
)
# Who invest, build, provide …: owners by what they do, with or without "các".
# "tổ chức đại diện người sử dụng lao động": the employers' (workers') organisation.
_AGENTS = re.compile(
    r"nha (?:dau tu|thau|cung cap|san xuat|tai tro|khoa hoc)\b|to chuc dai dien nguoi\b"
    # "Nhà trường lập kế hoạch vận động tài trợ …": the school, as a letter to schools
    # calls each of them.
    r"|nha truong\b"
    # "Thương nhân đầu mối kinh doanh xăng dầu chịu trách nhiệm …": the traders a trade
    # rule binds, named by their trade.
    r"|thuong nhan\b"
    # "Chủ đầu tư phối hợp …": the project's investor; "Các chủ công trình hồ chứa …
    # tổ chức trực ban …", "chủ sở hữu công trình …": who owns the works.
    r"|chu dau tu\b|chu (?:cong trinh|ho chua|so huu|du an)\b"
    # "Tổ chức làm nhiệm vụ bồi thường có trách nhiệm: …": the body a land notice charges
    # with compensation (the land law's name for it), "tổ chức" here a noun.
    r"|to chuc lam nhiem vu boi thuong\b"
    # "… đề nghị người đứng đầu các đơn vị phối hợp …": the heads of the units, in lower case.
    r"|nguoi dung dau (?=cac |co quan |don vi )"
    # "… cũng yêu cầu thủ trưởng cơ quan, đơn vị, địa phương cần giao …": the same heads.
    r"|thu truong (?=co quan\b|don vi\b)"
    # "…, người sử dụng lao động công khai …", "…, cơ quan bảo hiểm xã hội chi trả …": the
    # employer a labour rule addresses, and a state agency named by its function in lower
    # case, as a procedure's steps name them.
    r"|nguoi su dung lao dong\b|co quan (?:bao hiem xa hoi|thue|hai quan)\b"
    # "… yêu cầu cơ quan quản lý nhà nước các cấp tạo điều kiện …": the state's managing
    # agencies, named by their function; "cán bộ, công chức, viên chức và người lao động
    # phải …": the staff a rule of discipline addresses.
    r"|co quan quan ly nha nuoc\b|can bo, cong chuc\b"
    # "Trong đó, lãnh đạo các địa phương và các bộ … phải …": the leaders of the bodies.
    r"|lanh dao (?=cac (?:dia phuong|bo|nganh|so|co quan|don vi)\b)"
    # "Đề nghị thường trực các tỉnh uỷ, thành uỷ …", "… yêu cầu giám đốc các cơ sở khám
    # chữa bệnh …", "thủ trưởng các đơn vị": an office of each of the bodies, in lower case.
    r"|thuong truc (?=cac (?:tinh uy|thanh uy|huyen uy|dang uy|cap uy|hoi dong)\b)"
    r"|(?:giam doc|thu truong|chu tich) (?=cac (?:so|co so|benh vien|don vi|co quan|xa|phuong"
    r"|huyen|tinh|doanh nghiep|truong)\b)"
    # "Trưởng các phòng ban, đơn vị …": the head of each office, the title before them.
    r"|truong (?=cac (?:phong|ban|don vi)\b)"
)
# When or how the body acts, between its name and its verb.
_WHEN_OR_HOW = (
    r"trong (?:thang|quy|tuan|dip)|hang (?:nam|quy|thang|tuan)"
    r"|bang (?:nhieu|cac) (?:hinh thuc|bien phap|cach)"
    # "Chi bộ trên cơ sở tờ khai của đảng viên, xét …": on what it acts (never "cấp ủy cấp
    # trên cơ sở", the level above the grassroots).
    r"|(?<!cap )tren co so (?:to khai|ket qua|de nghi|bao cao|ho so|danh sach|y kien)"
)
# A lower-case word that begins the duty's verb phrase (or the role words) ends a name.
_VERBS = (
    "xay dung|to chuc|huong dan|lanh dao|chi dao|thuc hien|ra soat|nghien cuu|trien khai"
    "|tham muu|theo doi|de xuat|ban hanh|kiem tra|tuyen truyen|hoan thien|bao cao|giam sat"
    "|tong hop|danh gia|phoi hop|dong chu tri|chu tri|chiu trach nhiem|co trach nhiem"
    "|tang cuong|day manh"
    "|thuong xuyen|dinh ky|bo tri|quan triet|cu the hoa|sua doi|trinh|khan truong"
    "|tiep tuc|nang cao|tap trung|du thao|cap nhat|chu dong|can cu|theo chuc nang|tham gia"
    "|bao dam|dam bao|giup|phe duyet|tham dinh|tham tra|xac dinh|la co quan|hoan thanh|tiep thu"
    # "Giao phòng Kế hoạch là đầu mối tổng hợp …", "… là đơn vị thường trực": its role.
    "|la dau moi|la don vi|la thuong truc"
    "|co y kien|co van ban|cung cap|phat dong|thanh lap|kien toan|don doc|huy dong"
    "|khuyen khich|uu tien|dau tu|trong pham vi|theo pham vi|theo linh vuc|theo tham quyen"
    "|duoc giao|phan cong|van dong|phat huy|ap dung|thong qua|xem xet|quyet dinh|tro giup"
    "|ho tro|cham lo|quan ly|phan anh|kip thoi|tich cuc|nghiem tuc|truc tiep|dong thoi"
    "|tien hanh|tam dung|thi hanh|tiep nhan|xu ly|chuan bi|ket noi|khai thac|van hanh"
    # "Các trường THPT, các trung tâm nhận đơn phúc khảo …": receive the papers.
    "|nhan don(?! vi)|nhan ho so"
    # "Các Sở GDĐT nhận Công văn và triển khai …": receive the letter; "… yêu cầu các cơ
    # quan truyền thông kiên trì tuyên truyền …": persevere. ("Cơ quan tiếp nhận văn bản
    # kê khai giá" is a body named by what it receives.)
    "|(?<!tiep )nhan (?:cong van|van ban)|kien tri"
    "|thiet lap|cat giam|sap xep|tinh gon|boi duong|tap huan|ky ket|thuc thi|tuan thu"
    "|thuc day|mo rong|rut kinh nghiem|so ket|tong ket|bieu duong|khen thuong"
    "|trong qua trinh|gui ket qua|gui bao cao|lap ke hoach|lap du toan|lap ho so|tu trung uong den"
    "|lap danh sach|thong bao bang van ban|cong khai"
    # "Ủy ban nhân dân cấp tỉnh công bố giá … cây giống": publishes.
    "|cong bo"
    # "Trước 10/5, các trường mầm non, tiểu học nộp kế hoạch tuyển sinh …": hands in.
    "|nop"
    # "Ban thường vụ cấp ủy … chỉ định ban chấp hành …": appoints.
    "|chi dinh"
    # "Trung tâm Điều độ Hệ thống điện Quốc gia thông báo cho các đơn vị …": notifies.
    "|thong bao cho"
    # "Văn phòng Chính phủ thông báo ý kiến kết luận …", "… thông báo kết quả kiểm tra":
    # notifies what was concluded or found.
    "|thong bao (?:y kien|ket qua|ket luan)"
    # "… cấp ủy cấp trên cơ sở nhập thông tin của đảng viên trên phần mềm …": enters data.
    "|nhap (?:thong tin|du lieu|ho so)"
    # "Đại hội đại biểu đảng bộ cấp trên cơ sở … bắt đầu từ 01/7/2020 và hoàn thành …":
    # begins.
    "|bat dau"
    "|cho vay|chi tra|giai quyet|nhan rong|kiem soat|ngan chan|day nhanh|duy tri|thu hut"
    "|chuyen giao|chuan hoa|so hoa|cai thien|giu gin|ton tao|tu bo|cham soc|phong chong"
    "|dieu tra|khao sat|thong ke|lua chon|dong gop|tiep tuc|uu tien|rut ngan|gop y"
    "|dua|phai|bo sung|long ghep|van dung|quan tam|dinh huong|phan bo|phan dau"
    "|theo nhiem vu|theo quy dinh|theo su phan cong|theo phan cong|lam viec|trao doi"
    "|xuat cap|khoi phuc|su dung|treo co"
    # "Ngân hàng Nhà nước điều hành chính sách tiền tệ …", "… cải cách thủ tục hành chính".
    "|dieu hanh|cai cach"
    # "Các Sở GTVT chịu sự quản lý nhà nước chuyên ngành của Bộ …": what the bodies are
    # subject to follows them, not their name.
    "|chiu su"
    # "giao Bộ X điều hòa, bổ sung kế hoạch vốn …", "Bộ X cân đối số vốn …", "Văn phòng …
    # phân loại, làm rõ …", "Các bộ, ngành chuyển bản điện tử …": verbs of a news report.
    "|dieu hoa|can doi|phan loai|chuyen ban"
    # "… thì Thủ tướng Chính phủ điều chỉnh mức chi …": adjusts.
    "|dieu chinh"
    # "Thống đốc yêu cầu các tổ chức tín dụng ấn định lãi suất …", "… niêm yết công khai
    # …": a bank's acts, fixing a rate and posting it.
    "|an dinh|niem yet"
    # "Thường trực Chính phủ yêu cầu Bộ X quyết tâm, nỗ lực, huy động …", "Bộ X bám sát chỉ
    # đạo …": the resolve or the closeness the body is asked for opens its work.
    "|quyet tam|no luc|bam sat"
    # "Cơ quan chức năng giữ thông tin liên lạc …", "Bộ X nắm chắc tình hình …": a storm
    # dispatch's verbs.
    "|giu thong tin|giu lien lac|nam chac|nam bat"
    # "Bộ trưởng Bộ Nội vụ quy định chi tiết việc điều chỉnh …": a minister's act of
    # detailing a rule ("quy định" alone is as often the noun, "theo quy định").
    "|quy dinh chi tiet|quy dinh cu the"
    # "Sở Tài chính lập thủ tục …", "Các bộ, cơ quan, địa phương lập danh mục …": draws
    # up (never "độc lập", "thành lập" is a verb of its own above, nor "(ngoài) công lập",
    # public, as "các trường đại học ngoài công lập" says whose they are).
    "|(?<!doc )(?<!cong )lap"
    # Adverbs of manner opening the verb phrase: "… quyết liệt triển khai", "… sớm có …".
    "|quyet liet|som"
    # "… đề nghị các đơn vị thần tốc lấy mẫu …", "… nhanh chóng khắc phục …": with
    # lightning speed, quickly; how the work is done, never a word of a name.
    "|than toc|nhanh chong"
    # "Thanh tra Bộ làm đầu mối thanh tra, kiểm tra …": the body that gathers the work.
    "|lam dau moi"
    # "Sở X cử ngay cán bộ …": sends someone (the bare "cử" folds like "cù", "cư").
    "|cu (?:ngay|can bo|cong chuc|dai dien|lanh dao|thanh vien|dau moi)"
    # "Sở Lao động … giới thiệu đối tượng đi giám định", "Bộ Tài chính cân đối nguồn …":
    # introduces, balances ("cơ quan có người được giới thiệu ứng cử": who is introduced,
    # the name's).
    "|(?<!duoc )gioi thieu|can doi"
    # "Ban Chỉ đạo … cấp tỉnh có nhiệm vụ ban hành …" (as "có trách nhiệm"), "Các cơ quan
    # chú trọng phối hợp …", "… các cơ quan chức năng tạo điều kiện thuận lợi cho …": the
    # duty's verb phrase, never a word of a body's name.
    "|co nhiem vu|chu trong|tao dieu kien"
    # "Chính phủ yêu cầu Bộ Công Thương có giải pháp thúc đẩy …", "Bộ Công an có phương án
    # bảo đảm …": to have (work out) a measure is the duty's verb phrase; no body's name
    # goes on with "có" and a plan's noun.
    "|co (?:giai phap|phuong an|bien phap|ke hoach|co che|chinh sach)"
    # "Các cơ quan, đơn vị gửi Sở Tài chính trước ngày …": sends (not "Bảo hiểm tiền gửi").
    "|(?<!tien )gui"
    # "Chủ đầu tư dự án … cụm công nghiệp san tạo mặt bằng …": levels the ground.
    "|san tao|san lap"
    # "Bộ Công an mở các đợt cao điểm tấn công …": opens a campaign (never a name's "Mở",
    # "Trường Đại học Mở", nor a mine, "mỏ": the campaign's noun must follow).
    "|mo (?:cac |nhung |mot )?(?:dot|chien dich|cuoc)"
    # "Đề nghị nhà đầu tư làm rõ …": clarifies. (Not "tìm kiếm": "Ủy ban quốc gia tìm
    # kiếm – cứu nạn" names a board by it in lower case.)
    "|lam ro"
    # "Trưởng ban công tác Mặt trận triệu tập hội nghị …": convenes; "Ban công tác Mặt trận
    # chuyển biên bản … đến …", "Ủy ban bầu cử chuyển danh sách …": passes on a record (only
    # before the record, as the folded "chuyên" of "chuyên trách" is the same word);
    # "Sở X xác nhận vào hồ sơ …": certifies. A procedure's steps name their actors so.
    "|trieu tap|xac nhan"
    # "Sở X xét duyệt, tổng hợp …", "Ủy ban nhân dân cấp tỉnh ra quyết định hưởng chế độ
    # …": a procedure's authority reviews, decides (never "Hội đồng xét duyệt …", a board
    # named by what it reviews).
    "|(?<!hoi dong )xet duyet|ra quyet dinh"
    # "…, các sở, ban, ngành có Báo cáo tổng hợp …": reports (as "có văn bản" writes).
    "|co bao cao|co ke hoach"
    "|chuyen (?:bien ban|danh sach|ho so|tai lieu|van ban|ket qua|phieu|don|toan bo)"
    # "… yêu cầu Bộ Giao thông vận tải quyết tâm, nỗ lực, huy động …", "Bộ X bám sát chỉ
    # đạo của …": resolves, strives, keeps close to; how the body is to act, no name's words.
    "|quyet tam|no luc|bam sat"
    # "… yêu cầu Sở Tài nguyên và Môi trường nêu cao trách nhiệm …": upholds.
    "|neu cao"
    # "… yêu cầu các sở, ban ngành thành phố chấn chỉnh …", "Các sở, ngành tuyệt đối không
    # xem xét …": straightens out; an absolute "never" opening the duty.
    "|chan chinh|tuyet doi"
    # "Cục trưởng Cục Quản lý giá, Bộ Tài chính Nguyễn Anh Tuấn cho biết, …": a report of
    # what someone said; the words after it are no part of his name.
    "|cho biet|cho rang"
    # "Công an thành phố không cấp phép …": a "not" opening the predicate (never "hàng
    # không", "không gian", "không khí" inside a name); "UBND tỉnh … kiểm điểm trách
    # nhiệm …": to review its own conduct.
    "|(?<!hang )khong(?! gian| khi| luu)|kiem diem"
    # "Ủy ban nhân dân tỉnh thống nhất quản lý …", "Bộ Công an làm tốt chức năng …": to
    # manage as one, to do well.
    "|thong nhat|lam tot"
    # "… yêu cầu Tổng công ty tính toán cân nhắc kỹ, …": to weigh up.
    "|tinh toan"
    # "Phối hợp với Sở Du lịch trong xây dựng chính sách …": the work the body is joined
    # in, after its name ("trong" alone may go on a name: "các đơn vị trong ngành").
    "|trong (?:viec|cong tac|xay dung|quan ly|to chuc|trien khai|thuc hien|hoat dong)"
    # "Vụ X là đơn vị đầu mối …" (is the unit), "… đa dạng hóa các hình thức …", "… kêu gọi
    # nhà đầu tư …": the predicate's first words. (Not "tìm kiếm", "lấy ý kiến", "giới
    # thiệu": names carry them, "Ủy ban Quốc gia tìm kiếm – cứu nạn", "cơ quan … có người
    # được giới thiệu ứng cử".)
    "|la don vi|da dang hoa|keu goi"
    # "… đề nghị Sở Xây dựng một mặt …, mặt khác …": on the one hand, the first limb.
    "|mot mat"
    # "Bộ Ngoại giao hoàn tất các thủ tục đối ngoại …": completes (as "hoàn thành").
    "|hoan tat"
    # "Trung tâm Công nghệ thông tin … nâng cấp các phần mềm …": upgrades; "Chánh Thanh
    # tra Sở trưng tập cán bộ …": seconds staff; "Ủy ban nhân dân tỉnh tìm giải pháp …":
    # works out a remedy (not "tìm kiếm" alone, a board's name: see above).
    "|nang cap|trung tap|tim (?:giai phap|bien phap|cach)"
    # "Ban Xây dựng Đảng cấp ủy ghi sổ Huy hiệu Đảng …": records; "Các Hội đồng thi xuất
    # kết quả thi từ phần mềm": exports (never "Nhà xuất bản", a publisher).
    "|ghi (?:so|vao)|xuat (?:ket qua|du lieu|danh sach)"
    # "Đảng ủy cơ sở xét, gửi hồ sơ …", "Nhà trường xét công nhận …", "Hội đồng Thi đua
    # họp xét …": a procedure's body reviews (never "Hội đồng xét tuyển", "Tổ xét duyệt",
    # "Ban xét …", bodies named by what they review; nor "xét nghiệm", testing).
    "|hop xet|(?<!hoi dong )(?<!to )(?<!ban )(?<!tieu ban )xet(?! duyet| nghiem)"
    # "Cục Xúc tiến thương mại trong tháng 10/2024 tổ chức …", "Các địa phương bằng nhiều
    # hình thức linh hoạt …": when or how, before the verb; no word of a body's name.
    "|" + _WHEN_OR_HOW
)
# "đơn vị thuộc thẩm quyền quản lý của Ủy ban nhân dân tỉnh": whose authority, part of
# the name, not the duty's verb.
# After "các" a word is a noun: "các tổ chức và doanh nghiệp …" names organisations, as
# in "Các sở, ban ngành, các tổ chức … chủ động …", no verb "tổ chức" (to organise).
_VERB = re.compile(rf"(?<!thuoc tham quyen )(?<! cac )(?<!^cac )\b(?:{_VERBS})\b")
_ADVERB_VERB = re.compile(
    r"(?:khan truong|tap trung|chu dong|tiep tuc|kip thoi|khan cap|than toc|nhanh chong|som"
    r"|quyet liet"
    # "… đề nghị các doanh nghiệp nghiêm túc thực hiện": strictly, how they are to act.
    r"|nghiem tuc"
    # "Các tỉnh không để xảy ra …": "not", the predicate's first word after a plural.
    r"|khong(?! gian| khi| luu)"
    # "… đề nghị các đơn vị định kỳ 6 tháng báo cáo …", "Các địa phương bằng nhiều hình
    # thức …": when or how they are to act, never the plural's kind.
    r"|dinh ky|" + _WHEN_OR_HOW + r")\b"
)
_ROLE_AFTER = re.compile(
    r"\s*(?:\([^()]*\)\s*)?[,:]?\s*(dong chu tri|chu tri|phoi hop voi|phoi hop)\b"
)
# "X đồng chủ trì với Y", "X, đồng chủ trì cùng Y": Y leads jointly with X, not as partner.
_CO_LEAD = re.compile(r"\s*(?:cung voi|voi|cung)\s+")
# "phối hợp với Y", and "phối hợp Y" with "với" left out (Y must then open a body's name).
# "phối hợp (chặt chẽ) với": a manner may come between the verb and its "với".
_PARTNERS_AFTER = re.compile(
    r"\s*,?\s*(?:va\s+)?phoi hop(?: (?:chat che|tich cuc|thuong xuyen|dong bo)(?= voi| cac))?"
    # "Phối hợp cùng với các Sở, Ngành …", "phối hợp cùng Sở …": "cùng" (together) too.
    r"(?: cung voi| voi| cung)?\s+"
)
# "Chính phủ trân trọng đề nghị X …": the issuer's request names X.
# The issuer may open the sentence: "Chính phủ trân trọng đề nghị …", "Bộ Chính trị giao
# …", "Bộ Chính trị yêu cầu …" (a conclusion's own voice).
# "Bộ trưởng giao Vụ X chủ trì …": the issuer's head, named by title alone, assigns.
# "Thống đốc yêu cầu các tổ chức tín dụng …": the State Bank's governor, its head so.
_HEAD_GIVES = (
    r"(?:bo truong|thu tuong|chu tich|thong doc)(?: cung)?(?: da)? (?=(?:giao|yeu cau|de nghi)\s)"
)
# A news page names the document it retells as the one who assigns: "Quyết định cũng giao
# Bộ Tài chính chủ trì …", "Chỉ thị yêu cầu các bộ …".
_PAPER_GIVES = (
    r"(?:quyet dinh|ke hoach|chi thi|cong dien|cong van|thong bao|ket luan|nghi quyet)"
    r"(?: (?:nay|tren))?(?: cung)? (?=(?:giao|yeu cau|de nghi)\s)"
)
_LEADING = re.compile(
    r"^(?:(?:bo chinh tri|ban bi thu) (?=giao|yeu cau|de nghi)|"
    # "Hội đồng nhân dân Thành phố (thống nhất) giao Ủy ban nhân dân Thành phố …": a
    # council's resolution in its own voice, as the Politburo's conclusion.
    r"(?:hoi dong nhan dan|hdnd) (?:thanh pho|tinh)(?: thong nhat)? (?=giao\s)|"
    + _HEAD_GIVES
    + "|"
    + _PAPER_GIVES
    + r")?"
    r"(?:giao(?: cho)?|phan cong"
    # "Đồng ý Bộ X tổ chức …": the body allowed is given the work, as by "giao".
    r"|dong y(?= (?:bo|uy ban|ubnd|so|tong cuc|cuc|tap doan|tong cong ty)\s)"
    r"|(?:(?:thu tuong )?chinh phu (?:tran trong )?)?(?:de nghi|yeu cau))\s+"
)
_OPENERS = re.compile(
    r"^(?:dinh ky|hang nam|hang quy|hang thang|can cu|tren co so|doi voi|trong|de|sau khi"
    # "Ngay sau khi quá trình bỏ phiếu … kết thúc, chậm nhất ngày 2-6, Ủy ban Bầu cử tỉnh
    # …": right after the event, by a limit, then who. (Without the limit it opens a
    # report's narration as often: "Ngay sau khi nắm bắt được thông tin, Ban giám đốc …
    # lên tiếng …".)
    r"|ngay sau khi(?=[^.;:]{0,240}, (?:cham nhat|truoc ngay|han chot)\b)"
    # "Riêng đối với kết quả bầu cử ĐBQH, Ủy ban Bầu cử tỉnh sẽ …": the matter singled
    # out (no body: see _APART), then who.
    r"|rieng (?:doi )?voi(?=[^.;:,]{3,100},)"
    # "Sau hội nghị hiệp thương lần thứ hai, …, Ban Thường trực … ban hành …": the event
    # it follows, then who.
    r"|sau (?:hoi nghi|cuoc hop|ky hop|buoi|dot)\b"
    # "Theo …" cites a source or a rule; "Theo dõi, …" (to monitor) is the duty's verb.
    # "Cũng theo công văn này, các chi nhánh … cần …": a report's source once more.
    # "Các trường hợp đảng viên ốm, …, Ban Thường vụ Đảng ủy phân công …": the cases, as
    # "Trường hợp …", then who.
    r"|khi|(?:cung )?theo(?! doi\b)|ngoai ra|dong thoi|bao gom|nham"
    r"|(?:(?:cac|nhung) )?truong hop|voi vai tro"
    r"|voi tu cach"
    # "Bên cạnh đó, Bộ X hướng dẫn …": a report's "besides", then who (the same connective
    # as "Ngoài ra, …"; straight into the verb it names no one, see _BARE_CONNECTIVE).
    r"|ben canh do(?=\s*,)"
    # "Thời gian tới, Thủ tướng yêu cầu X …": the time ahead (as "Trong thời gian tới, …"),
    # then who asks whom.
    r"|thoi gian toi(?=\s*,)"
    # "Từ đó, Phó Thủ tướng yêu cầu X …": the report's "hence", then who asks whom.
    r"|tu do(?=\s*,)"
    # A news report's "Cụ thể, Thủ tướng yêu cầu X …", "Về việc này, Thủ tướng giao X
    # …": the report's connective, then who asks whom.
    r"|cu the(?=\s*,)|ve (?:viec|van de) nay(?=\s*,)"
    # "Đặc biệt, Phó Thủ tướng … yêu cầu X …": the report's stress, then who asks whom.
    r"|dac biet(?=\s*,)"
    # A speech's "Trước mắt, UBND tỉnh, các ngành cần …" (for now) and "Do đó, HĐND tỉnh
    # đề nghị X …" (therefore): the connective, then who (or who asks whom).
    r"|truoc mat(?=\s*,)|do do(?=\s*,)"
    # "Vì vậy, Tổng công ty cần khẩn trương …": therefore, as "Do đó, …".
    r"|vi vay(?=\s*,)|vi the(?=\s*,)"
    # "Nhấn mạnh một số nhiệm vụ trọng tâm …, Phó Thủ tướng … giao X …": what the speaker
    # stressed, then who asks whom.
    r"|nhan manh(?=[^.;:]{0,120},)"
    # An article's "Trước ngày …, Bộ Y tế …" and "Kế hoạch nêu rõ, …, UBND …".
    r"|truoc ngay"
    # "Từ nay đến trước ngày 30.3.2019, Ủy ban MTTQ cấp huyện tiếp tục hướng dẫn …": the
    # span from now to the limit, then who.
    r"|tu nay (?:cho )?(?:den|toi)(?=[^;:,]{0,40},)"
    # A timetable retold step by step: "Trước 10/5, các trường … nộp …", "Từ ngày 1/6 đến
    # ngày 10/6, Sở X …": the limit or the span, then who. A day alone is as often the
    # report's narration ("Ngày 7-2, X ban hành …"): only a step to come is read so
    # ("Ngày 18/5, Sở X sẽ công bố …").
    r"|truoc(?= \d{1,2}[/.-]\d)"
    r"|tu ngay \d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})? den(?=[^.;:,]{0,40},)"
    r"|ngay \d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?(?=\s*,\s[^.;:,]{2,80}?\sse\s)"
    # A milestone: "Ngày 15/2/2026, các cơ sở đào tạo hoàn thành …" (whole day, then who
    # finishes by it; "đã hoàn thành" is the report's past and has no such opener).
    r"|ngay " + WHOLE_DAY_FOLDED + r"(?=\s*,\s(?:(?!da\s)[^.;:,]){2,80}?\shoan (?:thanh|tat)\s)"
    r"|(?:ke hoach|ket luan|nghi quyet|cong van|cong dien|chi thi|quyet dinh|thong bao) neu ro"
    # "Chậm nhất là 15 ngày, trước ngày khai mạc kỳ họp …, Văn phòng UBND tỉnh …": the
    # time limit, then who.
    r"|cham nhat|han chot|khong qua(?= ngay\b)"
    # A report's source or occasion: "Được biết ngày 27-6, UBND tỉnh …", "Trước thông tin
    # báo chí nêu …, Cục X …"; the matter it is about: "Liên quan đến vụ việc, mới đây
    # UBND TP giao X …" (a matter, not bodies: "Liên quan đến các sở, ngành khác, …"
    # names whom the request is for).
    r"|duoc biet|truoc (?:thong tin|phan anh)"
    # "Tiếp theo chỉ đạo tại Công văn số … ngày …, Thủ tướng … yêu cầu X …": the earlier
    # direction this one follows, then who asks whom.
    r"|tiep theo(?= (?:y kien )?(?:chi dao|cong van|van ban|thong bao|ket luan|chi thi)\b)"
    r"|lien quan (?:den|toi) (?:vu viec|su viec|van de|viec|noi dung)\b(?=[^.;:,]{0,80},"
    # "Liên quan đến việc lựa chọn nhà thầu … (a long name of a project) …, Phó Thủ tướng
    # … giao X …": the matter, however long, then the head of government who assigns.
    r"|[^.;:,]{0,280}, (?:pho )?thu tuong\b)"
    # The meeting a report quotes its speaker at: "Phát biểu tại phiên họp, Thủ tướng …
    # yêu cầu X …": where he spoke, then who asks whom.
    r"|phat bieu tai(?=[^.;:]{0,120},)"
    # "Kết thúc năm 2013, Chính phủ báo cáo …", "Năm 2025, Bộ X …", "Hết năm 2019, Bộ
    # X sẽ phải …": the time, then who.
    r"|ket thuc nam|cuoi nam|nam \d{4}|(?:den )?het nam"
    # "Kết thúc mỗi cuộc kiểm tra, Văn phòng Chính phủ thông báo …": the event it
    # follows, then who.
    r"|ket thuc (?:moi |cac |tung )?(?:cuoc|dot|buoi|ky|hoi nghi)\b(?=[^.;:,]{0,60},)"
    # "Quý IV năm nay đến Quý I năm tới, Bộ X chủ trì …": the quarters, then who.
    r"|(?:tu )?quy (?:i{1,3}|iv|[1-4])\b(?=[^.;:,]{0,40},)"
    # "Tiếp thu những ý kiến đã thảo luận, đề nghị các địa phương … cần …": a conclusion's
    # voice taking in the debate, then whom it asks (never "Tiếp thu ý kiến, hoàn thiện
    # …", a subjectless duty: the request must follow).
    r"|tiep thu(?=[^.;:]{0,160}, (?:de nghi|yeu cau|giao) )"
    # "Về …, Kết luận nêu rõ, giao X …": the topic, then what the document asks.
    r"|ve(?=\s[^.;:]{0,250}, (?:ke hoach|ket luan|nghi quyet) neu ro\b)"
    # "Về thực hiện mô hình chính quyền đô thị, Bộ Nội vụ chủ trì, …": the topic of a
    # report's paragraph, then who leads or must do it.
    r"|ve(?=\s[^.;:,]{3,100},\s[^.;:,]{2,60}?\s(?:chu tri|co trach nhiem|phai|duoc giao)\b))\b"
)
# "Riêng với Bộ TT&TT cần phối hợp …", "Riêng Bộ Công an …": one body singled out from
# the rest, its name right after, with no comma.
_APART = re.compile(r"^rieng (?:voi |doi voi )?(?=\S)")
# "Đề cao …", "Đề xuất …", "Đê điều …": words that fold to the purpose opener "để" but are a
# verb (the duty itself) or a noun, whose names after a comma are no subject.
_NOT_PURPOSE = re.compile(r"(?i)(?:đề|đê)$")
# "Thứ hai, …" and, in minutes, "Hai là, …": the point's ordinal before its sentence.
_ORDINAL_OPENING = re.compile(
    r"^(?:thu (?:nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi)"
    r"|(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi) la)\s*,\s*"
)
_ACRONYM = re.compile(r"[A-ZĐ][A-ZĐ0-9&]+(?:[,.][A-ZĐ0-9&]+)*(?=$|[\s,;.)])")
_DISTRIBUTIVE = re.compile(r"cac (dang uy|bo|so|ban|uy ban|dang doan)\s*:\s*")
_TRAILING = " ,;.:–-"
# The head of government asking, by title: "Thủ tướng Chính phủ", "Phó Thủ tướng".
# "…, lãnh đạo tỉnh Đồng Nai yêu cầu …": a province's leadership, named with its place.
_HEAD_ASKS = (
    r"(?:(?:pho )?thu tuong(?: chinh phu)?|thong doc"
    r"|lanh dao (?:tinh|thanh pho|huyen)(?: \w+){0,3}?)\s+"
    # "Về việc này, Thủ tướng đã giao X …": a page retelling the direction given.
    r"(?:(?:cung|da)\s+)*"
)
# "Trong đó, Thủ tướng Chính phủ chỉ rõ, Bộ Xây dựng chủ trì …": the head of government
# pointing out, then (after its comma) who does what.
_HEAD_SAYS = (
    r"(?:pho )?thu tuong(?: chinh phu)?(?: \w+){0,4}? (?:chi ro|nhan manh|khang dinh|neu ro)"
)


def _aligned(text: str) -> str:
    f = fold_aligned(text)
    if "chi tri" in f:
        # A scan's "chi trì" for "chủ trì" (the vowel misread): "Ban QLRR chi trì, Vụ KK
        # phối hợp". No word folds to "chi tri" ("chi trả" is "chi tra").
        f = _OCR_CHU_TRI.sub("chu tri", f)
    return f


_OCR_CHU_TRI = re.compile(r"\bchi tri\b")


_HONORIFIC = re.compile(r"^[Đđ]ồng chí\s+(?=[A-ZĐÀ-Ỹ])")


def drop_honorific(written: str) -> str:
    """An office-holder's name without the honorific "Đồng chí" before it.

    "Đồng chí Bí thư, đồng chí Chủ tịch Ủy ban nhân dân các tỉnh …" keeps it: the phrase
    addresses each holder alike, the first honorific as much the phrase's as the second.
    """
    if _HONORIFIC_AGAIN.search(written):
        return written
    return _HONORIFIC.sub("", written)


_HONORIFIC_AGAIN = re.compile(r"^[Đđ]ồng chí\s.*,\s*đồng chí\s+[A-ZĐÀ-Ỹ]")


# "(sau đây gọi tắt là X)", "(gọi chung là X)": the short name a text defines; one name,
# never a list of kinds ("(gọi chung là thôn, tổ dân phố)").
_DEFINES = re.compile(
    r"\((?:[Ss]au đây\s+)?gọi\s+(?:tắt\s+|chung\s+)?là\s+(?P<name>[^()\n,;]{3,60}?)\s*\)"
)
# "Văn phòng Hội đồng Giáo sư Nhà nước (HĐGSNN)": an acronym the text defines, its letters
# the initials of the words before it.
_DEFINES_ACRONYM = re.compile(r"(?<=\S)\s*\((?P<acronym>[A-ZĐ]{3,8})\)")
# A defined short name as short as "đơn vị" is a common noun everywhere else in the text.
_DEFINED_WORDS = 3
# Words a body's defined short name opens with, in lower case as often as not.
_DEFINED_HEAD = re.compile(r"(?:co quan|don vi|doan|to|ban|hoi dong|chu) ")


# The abbreviations every administrative text uses for a name's institution words
# ("Đảng ủy MTTQ, các đoàn thể Trung ương", "Ủy ban MTTQ Việt Nam tỉnh", "Thường trực
# HĐND tỉnh"): a known body is known by them as by its words in full.
_ABBREVIATIONS = (
    ("mat tran to quoc viet nam", "mttq viet nam"),
    ("mat tran to quoc viet nam", "mttqvn"),
    ("mat tran to quoc", "mttq"),
    ("uy ban nhan dan", "ubnd"),
    ("hoi dong nhan dan", "hdnd"),
    ("bao hiem xa hoi", "bhxh"),
)


def unabbreviated(folded: str) -> str:
    """A folded name with its institution words written out ("ubnd tinh" -> "uy ban …")."""
    for full, short in _ABBREVIATIONS:
        folded = re.sub(rf"\b{short}\b", full, folded)
    return folded


def _abbreviated(folded: str) -> list[str]:
    """The spellings of a folded name with its institution words abbreviated."""
    out: list[str] = []
    for full, short in _ABBREVIATIONS:
        got = re.sub(rf"\b{full}\b", short, folded)
        if got != folded and got not in out:
            out.append(got)
    return out


class Registry:
    """Keys for the owners a draft names: known bodies keep theirs, others get one made."""

    def __init__(self, bodies: tuple[Body, ...] = BODIES) -> None:
        self._known = {fold(sp): b for b in bodies for sp in b.spellings}
        for sp, b in list(self._known.items()):
            for short in _abbreviated(sp):
                self._known.setdefault(short, b)
        self.spellings = sorted(self._known, key=len, reverse=True)
        self.by_word: dict[str, list[str]] = {}
        for sp in self.spellings:
            self.by_word.setdefault(sp.split(" ", 1)[0], []).append(sp)
        self._used: dict[str, dict[str, Any]] = {}
        self.unknown: dict[str, str] = {}  # key -> name
        # Distributive lists read so far: the names one expanded to, and the list as
        # written ("các Bộ: Quốc phòng, Công an" -> "Bộ Quốc phòng", "Bộ Công an").
        self.distributed: dict[frozenset[str], str] = {}
        # Acronyms the text defines for a body it names in full (folded): "(HĐGSNN)".
        self.acronyms: set[str] = set()

    def define(self, text: str) -> list[str]:
        """Read the short names ``text`` defines for bodies; each then starts a body.

        "các bộ, cơ quan chủ dự án … (gọi là chủ dự án thành phần), các bộ, … và UBND cấp
        tỉnh … (gọi là cơ quan chủ quản Chương trình)": the document names its owners by
        these from then on ("5. Chủ dự án thành phần:", "Chủ dự án thành phần, cơ quan chủ
        quản Chương trình chủ động …"), though no list of bodies knows them.
        """
        out: list[str] = []
        for m in _DEFINES.finditer(text):
            name = " ".join(m["name"].split())
            f = fold(name)
            if len(f.split()) < _DEFINED_WORDS or f in self._known:
                continue
            if not (_DEFINED_HEAD.match(f) or starts_body(name, _aligned(name), 0, self)):
                continue
            if f not in self.spellings:
                self.spellings.append(f)
                self.by_word.setdefault(f.split(" ", 1)[0], []).append(f)
                self.by_word[f.split(" ", 1)[0]].sort(key=len, reverse=True)
                out.append(name)
        for m in _DEFINES_ACRONYM.finditer(text):
            short = fold(m["acronym"])
            words = text[max(0, m.start() - 200) : m.start()].split()[-len(short) :]
            if (
                len(words) == len(short)
                and "".join(fold(w)[:1] for w in words) == short
                and starts_body(" ".join(words), _aligned(" ".join(words)), 0, self)
                and short not in self._known
                and short not in self.spellings
                and _HEAD.fullmatch(short) is None
            ):
                # "Hội đồng Giáo sư Nhà nước (HĐGSNN)": the rows after name the council by
                # its initials alone ("HĐGSNN họp xét …", "Các HĐGSCS xét …"). Acronyms
                # read as heads already ("UBND tỉnh") keep their reading.
                self.acronyms.add(short)
                out.append(m["acronym"])
        return out

    def known(self, name: str) -> Body | None:
        """The known body spelled ``name`` (folded), if any.

        "các đồng chí …" before the name and "(có) liên quan" after it do not change
        the body.
        """
        f = fold(name).strip(_TRAILING)
        if f in self._known:
            return self._known[f]
        bare = re.sub(r"^(?:cac )?dong chi ", "", f)
        bare = re.sub(r" (?:co )?lien quan$", "", bare)
        return self._known.get(bare)

    def register(self, n: Named) -> Named:
        """Give ``n`` its key, adding the owner to the draft's owners block."""
        # "Sở Y tế và tổ chức Hội …": where the name-finder stops at the verb after a
        # joiner, the joiner ("và", ",", "của") belongs to the sentence, never to the name.
        n.written = _TRAILING_JOINER.sub("", n.written, count=1) or n.written
        body = self.known(n.written)
        if body is not None:
            self._used.setdefault(
                body.key,
                {"key": body.key, "name": body.name, "short": body.short, "kind": body.kind.value},
            )
            n.key, n.known = body.key, True
            return n
        # "Đồng chí Bộ trưởng Bộ Y tế": the honorific is no part of the office-holder's name
        # (the duty keeps it as written; see ``drop_honorific``).
        name = drop_honorific(n.written)
        key = re.sub(r"[^a-z0-9]+", "_", fold(name)).strip("_")[:40].strip("_") or "owner"
        if key[0].isdigit():
            key = "o_" + key
        base, k = key, 2
        while key in self._used and fold(self._used[key]["name"]) != fold(name):
            key, k = f"{base}_{k}", k + 1
        kind = OwnerKind.GROUP if fold(name).startswith(("cac ", "nhung ")) else OwnerKind.BODY
        self._used.setdefault(key, {"key": key, "name": name, "short": name, "kind": kind.value})
        self.unknown[key] = self._used[key]["name"]
        n.key, n.known = key, False
        return n

    def listed_as(self, written: list[str]) -> dict[str, str]:
        """Of ``written`` names, those a distributive list named, each with the list as written.

        The duty keeps the source's form ("các Bộ: Quốc phòng, Công an") for the bodies
        the list expands to, as it does for any name (CONVENTIONS §3).
        """
        out: dict[str, str] = {}
        if not written or not self.distributed:
            return out
        have = set(written)
        for names, source in self.distributed.items():
            if names <= have:
                out.update(dict.fromkeys(names, source))
        return out

    def used(self) -> list[dict[str, Any]]:
        """The owners block of the plan file, in first-use order."""
        return list(self._used.values())

    def name_of(self, key: str) -> str:
        """The name the owners block gives ``key``."""
        return str(self._used[key]["name"])


# --------------------------------------------------------------------------- names


_NAMED_PLACE = re.compile(r"(?:tinh|thanh pho) (?=\S)")
# A city's district or town, in lower case before its capitalised name ("giao quận Đống
# Đa …", "huyện Gia Lâm"): matched with its marks, as folded "quan" is "quản" (manage).
_NAMED_DISTRICT = re.compile(r"(?:quận|huyện|thị xã) (?=[A-ZĐÀ-Ỹ])")


# "Thanh tra, kiểm tra, xử lý theo thẩm quyền …": inspect and check, two verbs.
_INSPECT_VERBS = re.compile(r"thanh tra\s*,\s*kiem tra\b")


_TRAILING_JOINER = re.compile(r"(?:[\s,;]+(?:và|của|hoặc))?[\s,;]*$")


_BOARD_NAMED = re.compile(r"\s+[a-zà-ỹđ]+\s+[a-zà-ỹđ]+\s+[A-ZĐÀ-Ỹ]")


# Head words a text uses alone for a body it has named ("Tổng công ty" for "Tổng công ty
# Hàng hải Việt Nam"), and the modal after such a short name.
_CASE_SLIP = re.compile(r"\s+[a-zà-ỹđ]+ [a-zà-ỹđ]+ và [A-ZĐÀ-Ỹ][a-zà-ỹđ]+ [a-zà-ỹđ]+\s*(?:[:.;]|$)")
_REFERRED_HEADS = frozenset(
    {"tong cong ty", "tap doan", "cong ty", "tinh", "thanh pho", "ngan hang"}
)
# "Thành phố khẩn trương rà soát …" in a conclusion to the city: urgency says the same.
_MODAL_AFTER = re.compile(r"\s+(?:cung\s+)?(?:can|phai|khan truong)\s+(?!co\b|thiet\b|duoc\b)")


_LEVEL = re.compile(r"cap (?:xa|huyen|tinh) (?=[a-z])")
# A university's faculty, as written: "Khoa" before its capitalised name, or "các khoa"
# (never "khóa", a course or a term, nor "khoa học", science).
_FACULTY = re.compile(r"Khoa (?!Học\b)[A-ZĐÀ-Ỹ]|[Cc]ác [Kk]hoa(?![\wà-ỹđ])(?! [Hh]ọc\b)")


_BY_FUNCTION = re.compile(r"(?:cac )?(?:phong|bo phan) co chuc nang\b")


_POLITE = re.compile(r"(?:[Cc]ác\s+)?[Qq]uý\s+(?=\w)")
_CALLS_LIST = re.compile(r"\w+(?:\s+\w+){0,3}\s*:")


def starts_body(text: str, f: str, pos: int, registry: Registry) -> bool:
    """Whether a body's name begins at ``pos`` (``f`` is ``text`` folded, aligned)."""
    if _INSPECT_VERBS.match(f, pos):
        return False  # "Thanh tra, kiểm tra, xử lý …": the verbs, not the inspectorate
    if (polite := _POLITE.match(text, pos)) is not None:
        # "các Quý Tổ chức", "Quý cơ quan": a letter's courtesy before the kind of body it
        # asks (the courtesy as written: the folded word is a fund's, "Quỹ", too).
        # "… đề nghị quý cơ quan: Ban quản lý …; Hiệp hội …": the bodies listed after the
        # colon are the ones asked, the courtesy only calls them.
        rest = polite.end()
        return not _CALLS_LIST.match(text, rest) and starts_body(
            "các " + text[rest:], "cac " + f[rest:], 0, registry
        )
    if _known_at(f, pos, registry) is not None:
        return True
    if _defined_acronym(f, pos, registry) is not None:
        # "HĐGSNN họp …", "Các HĐGSCS xét …": the council (each council) the text named
        # by its acronym.
        return True
    if _GENERIC.match(f, pos) or _AGENTS.match(f, pos):
        return True
    if _PARTY_ORGAN.match(f, pos):
        return True
    if text[pos : pos + 1].islower() and _PARTY_LEVEL.match(f, pos):
        # "…, đảng ủy cơ sở phải xem xét …": a Party guide names the committee of a level
        # in lower case, its level saying which.
        return True
    if (
        f.startswith("dong chi ", pos)
        and text[pos].islower()
        # Asked, not assigned: "Phân công đồng chí Phó Chủ tịch …" names whom the owner
        # puts in charge of its own work.
        and f[:pos].endswith(("de nghi ", "yeu cau "))
        and text[pos + 9 : pos + 10].isupper()
        and starts_body(text, f, pos + 9, registry)
    ):
        # "… trân trọng đề nghị đồng chí Chủ tịch Ủy ban nhân dân tỉnh …": the honorific
        # in lower case before the office-holder a letter asks.
        return True
    if pos == 0 and text.startswith("Cấp ") and _LEVEL.match(f):
        # "Cấp xã hoàn thành và báo cáo kết quả trước ngày …": a schedule by level of
        # government, the level capitalised opening its line, is who does the work.
        return True
    if re.match(r"(?:cac|nhung) vu \w", f[pos:]) and text[pos:].split(" ", 2)[1:2] == ["Vụ"]:
        return True  # "Các Vụ Thị trường ngoài nước": a ministry's departments (not "các vụ việc")
    if _FACULTY.match(text, pos) is not None:
        return True  # "Khoa Công nghệ Thông tin", "Các khoa phối hợp …": a school's faculties
    if f.startswith("to chuc", pos) and _ASSOCIATIONS_NEXT.match(text, pos + len("to chuc")):
        return True  # "…, tổ chức Hội": the associations
    if pos < len(text) and text[pos].isupper() and _DEPUTIES.match(f, pos):
        return True  # "Đoàn đại biểu Quốc hội", "Đại biểu Quốc hội": named in lower case
    if (
        (m := _NAMED_PLACE.match(f, pos)) is not None
        and text[pos].islower()
        and text[m.end() : m.end() + 1].isupper()
    ):
        return True  # "…, tỉnh Lâm Đồng đẩy nhanh …": a province named after a city
    if _named_sector(text, f, pos) or _lower_kind_then_name(text, f, pos):
        return True
    if _BY_FUNCTION.match(f, pos) is not None and (
        text[pos].isupper() or f.startswith("cac ", pos)
    ):
        # "Phòng có chức năng quản lý xây dựng thuộc …": an office named by its function.
        return True
    if f.startswith("phong ", pos) and text[pos].islower() and text[pos + 6 : pos + 7].isupper():
        # "Giao phòng Tài chính – Kế hoạch tham mưu …", "phòng Nội vụ": a district's office
        # written in lower case before its capitalised name.
        return True
    if f.startswith("bo phan ", pos) and text[pos].islower() and text[pos + 8 : pos + 9].isupper():
        # "Giao bộ phận Văn hóa - Thông tin", "bộ phận Tư pháp": a ward's office, the same.
        return True
    if _lower_agency(text, f, pos):
        return True
    m = _HEAD.match(f, pos)
    if (
        m is not None
        and text[pos : pos + 1].isupper()
        and f[pos : m.end()] in _REFERRED_HEADS
        and _MODAL_AFTER.match(f, m.end()) is not None
    ):
        # "Vì vậy, Tổng công ty cần khẩn trương hoàn thiện …", "Tỉnh cần tập trung …": a
        # body the text has named, referred back to by its head word alone before "cần"
        # (need) or "phải" (must).
        return True
    if (
        m is not None
        and m.end() - pos == len("quy")
        and f.startswith("quy", pos)
        and not text.startswith(("Quỹ", "quỹ"), pos)
    ):
        # Folded, "Quỹ" (a fund) and "Quý" (a quarter) are one word: "Quý IV/2027" is a
        # time, no fund's name.
        return False
    if (
        m is not None
        and text[pos : pos + 1].islower()
        and fold(text[pos : m.end()]) in _LOWER_OFFICES
        and _LOWER_OFFICE_OF.match(text, m.end()) is not None
    ):
        # News pages write office-holders in lower case: "yêu cầu giám đốc Sở Y tế các
        # tỉnh", "chủ tịch UBND các tỉnh", "giám đốc các cơ sở khám chữa bệnh". The body
        # they head follows (a capital or a plural), so the title is the owner's start.
        return True
    if (
        m is not None
        and text[pos : pos + 1].islower()
        and fold(text[pos : m.end()]) in _LOWER_OFFICES
        and (listed := _TITLES_LISTED.match(text, m.end())) is not None
        and starts_body(text, f, listed.end(), registry)
    ):
        # "1. bộ trưởng, Thủ trưởng cơ quan ngang bộ:": a heading's list of office-holders,
        # its first typed in lower case; the next one, capitalised, says it is a list.
        return True
    if m is not None and pos < len(text) and text[pos].isupper():
        nxt = re.match(r"\s+(\S)", text[m.end() :])
        if nxt is None:
            return True
        c = nxt.group(1)
        second = re.match(r"\S+\s+(\S)", text[pos:])
        # "Ủy ban nhân dân …", "Bộ trưởng …": institution words carry a lower-case name;
        # "Bảo hiểm xã hội tỉnh", "Công an thành phố": a body of a locality; "Ban Chỉ đạo
        # quốc gia": the name is capitalised after the first word.
        head = fold(text[pos : m.end()])
        if head == "co so":
            # "Cơ sở khám bệnh, chữa bệnh", "cơ sở giáo dục": a facility; "Cơ sở dữ liệu"
            # is a thing.
            return _FACILITY.match(f, m.end()) is not None
        if re.match(r"\s+(?:trung ương|và)\s+[A-ZĐÀ-Ỹ]", text[m.end() :]):
            # "Ủy ban trung ương Mặt trận Tổ quốc Việt Nam", "Báo và Phát thanh, Truyền
            # hình thành phố" (two bodies merged into one)
            return True
        if head == "truong ban" and _BOARD_NAMED.match(text, m.end()):
            # "Trưởng Ban công tác Mặt trận": the head of a board whose name goes on in
            # lower case to the capital of the body it works for.
            return True
        if head == "dai hoi":
            # "Đại hội đảng bộ các cấp", "Đại hội chi bộ": a party organisation's
            # congress; never "Đại hội thể thao", an event.
            return _CONGRESS_OF.match(f, m.end()) is not None
        if head in _OFFICES:
            # "Lãnh đạo Ban Dân nguyện", "Thủ trưởng cơ quan …"; not "Lãnh đạo việc …".
            return c.isupper() or bool(_OFFICE_OF.match(f, m.end()))
        return (
            c.isupper()
            or (second is not None and second.group(1).isupper())
            or c.isdigit()
            or head in _LOWER_NAMED
            # "Công an tỉnh", "Sở … thành phố"; a newspaper ("Báo") is named with a capital,
            # so "Bảo quản, lưu trữ …" is a verb, no "Báo quận".
            or (_LOCALITY.match(f, m.end()) is not None and head != "bao")
            # "Cục thuế DNL": a word in lower case, then the acronym that names the body.
            or _LOWER_THEN_ACRONYM.match(text, m.end()) is not None
            # "giao Văn phòng chủ trì, …": the issuer's own Office, by its head word alone.
            or (head == "van phong" and _ROLE_NEXT.match(f, m.end()) is not None)
            # "Sở thông tin và Truyền thông": a scan (or a typist) lost a capital; the name's
            # second half after "và" keeps its own.
            or (head in ("so", "bo") and _CASE_SLIP.match(text, m.end()) is not None)
        )
    acronym = _ACRONYM.match(text, pos)
    # "VTV, VOV, TTXVN" are names; "CSDL chuyên ngành" is a phrase; "NHNN hướng dẫn …":
    # the bank, its verb after it.
    return acronym is not None and (
        not re.match(r"\s+[a-zà-ỹđ]", text[acronym.end() :])
        or (len(acronym.group(0)) >= 3 and _VERB.match(f, acronym.end() + 1) is not None)
    )


def _named_sector(text: str, f: str, pos: int) -> bool:
    """A sector named by its capitalised name ("ngành Thanh tra", "ngành Thuế") owns work.

    In a list ("các sở, ban, ngành Thành phố") "ngành" is one more kind of the collective,
    and a locality after it says whose they are.
    """
    return (
        f.startswith("nganh ", pos)
        and text[pos + 6 : pos + 7].isupper()
        and not text[:pos].rstrip().endswith(",")
        and _LOCALITY.match(f, pos + 5) is None
    )


# Kinds of enterprise and public unit whose kind is written in lower case before the
# proper name: "Công ty điện lực Đồng Nai", "Trung tâm phát triển quỹ đất Chi nhánh Gia
# Thuận", "Tổng công ty điện lực miền Nam".
# "Hội đồng thẩm định Nhà nước": a council named by what it does, then whose it is.
_LOWER_KIND = re.compile(
    # "Ban công tác Mặt trận các thôn": the Front's work committee of a residential area.
    r"(?:tong cong ty|cong ty|trung tam|ban quan ly|benh vien|hoi dong tham dinh|ban cong tac)\s"
)


def _lower_kind_then_name(text: str, f: str, pos: int) -> bool:
    """A capitalised kind of unit, a few lower-case words, then its proper name.

    No verb of the duty may come among the lower-case words: they are the unit's line of
    work ("điện lực", "phát triển quỹ đất"), not what it is asked to do.
    """
    m = _LOWER_KIND.match(f, pos)
    if m is None or not text[pos : pos + 1].isupper():
        return False
    for k, w in enumerate(re.finditer(r"\S+", text[m.end() :])):
        word = w.group(0)
        if word[0].isupper():
            return True
        at = m.end() + w.start()
        if k >= 4 or not word.isalpha() or _VERB.match(f, at) is not None:
            return False
    return False


# The kinds of state body a hasty writer (or a news page) types in lower case before the
# capitalised name, as "phòng Nội vụ": "giao sở Tài chính chủ trì", "bộ Công an",
# "ủy ban Mặt trận", "cục Thuế", "trung tâm Y tế". Each word is a noun of its own kind
# whatever follows it, so a capital after it opens the name, except for the few kinds
# that are also plain words: "cơ sở", "trụ sở" (a facility, a seat), "bộ Tiêu chí" (a
# set of), "trung tâm Thành phố" (a centre of a place), "lâu đài" (a castle).
_LOWER_AGENCY = re.compile(
    r"(?:so|bo|cuc|chi cuc|tong cuc|uy ban|ban|trung tam|van phong|cong an|benh vien|thanh tra"
    # "đài Phát thanh và Truyền hình Hải Phòng": the province's broadcaster.
    r"|dai"
    # "1. bảo hiểm xã hội Việt Nam có trách nhiệm:": a heading of its duties, typed so.
    r"|bao hiem xa hoi|kho bac nha nuoc)"
    r" (?=\S)"
)
_NOT_LOWER_AGENCY_AFTER = re.compile(r"(?:^|\s)(?:co|tru|nha|ke|bat|mot|toan|cac|nhung|lau)\s$")
_SET_OF = re.compile(
    r"(?:tieu chi|chi so|luat|quy tac|cong cu|du lieu|ho so|tai lieu|sach|de|mau|nhan dien"
    r"|tthc|thu tuc|van ban|cau hoi|chuan|dinh muc|quy chuan)\b"
)
_PLACE_WORD = re.compile(r"(?:thanh pho|tinh|huyen|xa|quan|phuong|thi xa)\b")
# Institutions whose whole name is common words, typed all in lower case as readily:
# "ủy ban nhân dân cấp tỉnh", "hội đồng nhân dân tỉnh", "công an tỉnh Bắc Ninh", "bộ chỉ
# huy quân sự tỉnh": no other reading of the words, so no capital is needed after them.
_LOWER_INSTITUTION = re.compile(
    r"(?:uy ban nhan dan|hoi dong nhan dan|bo chi huy quan su|bo chi huy bo doi bien phong"
    r"|(?:cong an|bao hiem xa hoi|kho bac nha nuoc) (?:tinh|thanh pho|huyen|quan|xa|phuong|cap))\b"
)


def _lower_agency(text: str, f: str, pos: int) -> bool:
    """A kind of state body in lower case, then the capitalised name it heads."""
    if not text[pos : pos + 1].islower():
        return False
    if _LOWER_INSTITUTION.match(f, pos) is not None:
        return True
    m = _LOWER_AGENCY.match(f, pos)
    if m is None or not text[m.end() : m.end() + 1].isupper():
        return False
    if _NOT_LOWER_AGENCY_AFTER.search(f[max(0, pos - 8) : pos]) is not None:
        return False
    kind = f[pos : m.end() - 1]
    if kind == "bo" and _SET_OF.match(f, m.end()) is not None:
        return False
    return not (kind == "trung tam" and _PLACE_WORD.match(f, m.end()) is not None)


_ROLE_NEXT = re.compile(r"\s+(?:chu tri|phoi hop)\b")
# A Party committee or cell of a level, as a guide names it in lower case ("đảng ủy cơ
# sở", "chi bộ cơ sở", "đảng ủy cấp trên trực tiếp").
_PARTY_LEVEL = re.compile(
    r"(?:dang uy|chi uy|chi bo|dang bo) (?:co so|bo phan|cap tren|xa|phuong)\b"
)
# A Party committee's advisory organ named by its kind in lower case, then whose it is
# ("ban xây dựng đảng (hoặc ban tổ chức) đảng ủy", "Ban tổ chức (hoặc ban xây dựng đảng)
# cấp ủy", "văn phòng cấp ủy", "bộ phận giúp việc đảng ủy"): a Party guide's steps name
# the organ of any committee so, its kind's words ("tổ chức", "xây dựng") no verbs here.
_PARTY_ORGAN = re.compile(
    r"(?:ban (?:xay dung dang|to chuc|tuyen giao(?: va dan van)?|dan van|kiem tra|noi chinh)"
    r"|van phong|uy ban kiem tra|bo phan (?:giup viec|tham muu))"
    r"(?: \(hoac [a-z ]{3,40}\))?"
    r" (?:dang uy|cap uy|chi uy|tinh uy|thanh uy|huyen uy|quan uy|thi uy)\b"
)
_LOWER_THEN_ACRONYM = re.compile(r"\s+[a-zà-ỹđ]+\s+[A-ZĐ]{2,}\b")
_DEPUTIES = re.compile(r"(?:doan )?dai bieu quoc hoi\b")
_OFFICES = frozenset(
    {"lanh dao", "thu truong", "bo truong", "chu tich", "pho chu tich", "giam doc",
     "truong ban", "to truong", "chu nhiem", "tu lenh", "thong doc", "nguoi dung dau",
     "hieu truong", "tong giam doc", "pho giam doc", "chanh an"}
)  # fmt: skip
# Office titles a news page writes in lower case before the body they head ("lãnh đạo",
# "tổ trưởng" are left out: in lower case they read as verbs or ranks in a sentence).
_LOWER_OFFICES = frozenset(
    {"giam doc", "chu tich", "pho chu tich", "thu truong", "bo truong", "chu nhiem",
     "truong ban", "thong doc", "tu lenh", "nguoi dung dau", "hieu truong", "tong giam doc"}
)  # fmt: skip
_LOWER_OFFICE_OF = re.compile(r"\s+(?:các\s+\S|[A-ZĐÀ-Ỹ])")
_TITLES_LISTED = re.compile(r",\s+(?=[A-ZĐÀ-Ỹ])")
_FACILITY = re.compile(
    r"\s+(?:kham|y te|giao duc|dao tao|bao tro|tro giup|cai nghien|cham soc|dich vu)\b"
)
_CONGRESS_OF = re.compile(r"\s+(?:dang bo|chi bo|dang vien|dai bieu dang bo)\b")
_OFFICE_OF = re.compile(r"\s+(?:cac|co quan|don vi|so|bo|uy ban)\b")
_LOCALITY = re.compile(r"\s+(?:tinh|thanh pho|huyen|xa|quan|phuong|cap (?:tinh|huyen|xa))\b")
_LOWER_NAMED = frozenset(
    {"uy ban nhan dan", "ubnd", "hoi dong nhan dan", "bo truong", "thu truong", "chu tich",
     "pho chu tich", "lanh dao", "thuong truc", "truong ban", "to truong", "giam doc",
     "thanh vien", "co quan", "don vi", "doanh nghiep", "bo chi huy", "truong doan",
     "to dang", "dang uy", "ban can su dang", "vien kiem sat", "toa an", "uy ban",
     "kho bac nha nuoc", "tieu ban", "nguoi dung dau", "tinh doan", "thanh doan",
     "to chuc phap che", "ban thuong vu", "cong doan", "to cong tac", "to giup viec",
     "thu ky"}
)  # fmt: skip


_WORD = re.compile(r"[a-z0-9]+")


def _defined_acronym(f: str, pos: int, registry: Registry) -> int | None:
    """The end of an acronym the text defined at ``pos`` (after "các" at most), if any."""
    if not registry.acronyms:
        return None
    m = re.match(r"(?:cac )?(\w+)\b", f[pos:])
    return pos + m.end() if m is not None and m.group(1) in registry.acronyms else None


def _known_at(f: str, pos: int, registry: Registry) -> int | None:
    """The end of the longest known spelling at ``pos``, if one ends at a word boundary."""
    w = _WORD.match(f, pos)
    if w is None:
        return None
    for sp in registry.by_word.get(w.group(0), ()):
        end = pos + len(sp)
        if f.startswith(sp, pos) and (end == len(f) or not f[end].isalnum()):
            return end
    return None


# A place's name, every word capitalised, to the next comma: "Hải Tiến", "Rạng Đông" (never
# a duty's verb, "Tổng hợp, phân tích …").
_PLACE_NAMED = re.compile(r"\s*[A-ZĐÀ-Ỹ][^\s,;:]*(?:\s+[A-ZĐÀ-Ỹ][^\s,;:]*)*\s*(?:[,;]|$)")
# A cycle's words opening a sentence: "Hằng năm, …", "Hàng quý …", "Định kỳ …".
_PLACE_ONLY = re.compile(r"(?:[Tt]ỉnh|[Tt]hành phố)(?: [A-ZĐÀ-Ỹ][\w-]*)+")
_RELATIVE_TO_MODAL = re.compile(
    r"mà [^,.;:()]{3,80}?(?=\s(?:cần|phải|có trách nhiệm|chịu trách nhiệm)\s)"
)
# A paragraph's opening words after a heading's name run into it: its role ("Là cơ quan
# thường trực, …"), what it acts on ("Trên cơ sở tờ khai …", "Căn cứ …").
_PARAGRAPH_OPENS = re.compile(r"(?:la (?:co quan|don vi|dau moi|thuong truc)|tren co so|can cu)\b")
_CYCLE_OPENS = re.compile(r"(?:hang (?:nam|thang|quy|tuan|ngay)|dinh ky)\b")


# "TP. " then a capital: the city's abbreviated kind, its name after it.
_CITY_SHORT = re.compile(r"(?<!\w)T[Pp]\. [A-ZĐÀ-Ỹ]")


def _kind_guard(text: str, f: str, pos: int, limit: int, generic: re.Match[str] | None) -> int:
    """Up to where a name's words are its kind's, verbs or not (no verb ends it there)."""
    # "các đoàn kiểm tra": the word after a plural head names the kind, verb or not.
    guard = generic.end() + 1 if generic is not None else pos
    if generic is not None and _ADVERB_VERB.match(f, guard):
        guard = generic.end()  # "Các bộ khẩn trương trình …": the verb phrase has begun
    if generic is not None and _HEAD_THEN_VERB.match(f[generic.start() : guard + 10]):
        guard = generic.end()  # "Các địa phương phải động viên …", "… tổ chức họp …"
    if generic is not None and text.startswith(("cần ", "sẽ ", "đã "), guard):
        guard = generic.end()  # "các đơn vị cần tập trung …": need, will, has; no kind word
    if generic is not None and _whole_head_then_verb(text, f, generic.start(), generic.end()):
        guard = generic.end()  # "Các cơ quan triển khai hiệu quả …": a whole noun, then a verb
    if (agency := _AGENCY_BY_ROLE.match(f, pos)) is not None:
        guard = agency.end()  # "Cơ quan phối hợp có trách nhiệm …": named by its role
    if (staff := _STAFF_KINDS.search(f, pos, min(limit, pos + 60))) is not None:
        # "Thủ trưởng các cơ quan tham mưu, quản lý nhà nước thuộc Bộ", "các cơ quan tham
        # mưu, giúp việc Tỉnh ủy": the staff offices named by their roles, a list of kind
        # words; the second is no verb of the duty.
        guard = max(guard, staff.end())
    if (organ := _PARTY_ORGAN.match(f, pos)) is not None:
        guard = organ.end()  # "ban tổ chức (hoặc …) cấp ủy": no verb, no bracket ends it
    return guard


def name_end(text: str, f: str, pos: int, limit: int, registry: Registry) -> int:  # noqa: PLR0915 (one scan; the checks share the position state)
    """Where a list of names starting at ``pos`` ends: a lower-case verb, a role, ``(``."""
    caps = _all_caps(text[pos:limit])
    # "SỞ XÂY DỰNG", "BỘ NỘI VỤ" in capitals: the word after a one-body kind is its name's
    # first, whatever verb it spells ("xây dựng", build); in capitals no case says so.
    kind = _HEAD.match(f, pos) if caps else None
    named_from = kind.end() + 1 if kind is not None and kind[0] in _NAMED_KINDS else -1
    generic = _GENERIC.match(f, pos)
    guard = _kind_guard(text, f, pos, limit, generic)
    i = pos
    short = _defined_acronym(f, pos, registry)
    if (
        short is not None
        and short <= limit
        and re.match(r" [a-zà-ỹđ]", text[short:])
        and _LOCALITY.match(f, short) is None
    ):
        # "HĐGSNN họp xét …": a defined acronym is the whole name; the word in lower case
        # after it is the verb (a place or level after it, "… tỉnh", goes with the name).
        return short
    while i < limit:
        known = _known_at(f, i, registry)
        if known is not None and known <= limit:
            if _directs_after(text, f, known):
                return known
            i = known
            continue
        if (
            i > pos
            and f[i - 1].isalnum()
            and f[i].isalnum()
            and text[i - 1 : i + 1].isalnum()
            and ((work := _named_by_work(f, pos, i)) is None or work > limit)
        ):
            # Inside a word: every test below but the work's wants a space, a mark or a
            # word's start here (the work's, when it ends the name, is read below).
            # Skipping them there was a tenth of extract's time.
            i += 1
            continue
        if text[i] == ":" and (
            re.search(
                r"\bcac (?:dang uy|bo|so|ban|uy ban|dang doan|tap doan|tong cong ty"
                r"|tinh(?:, thanh pho)?(?: truc thuoc trung uong)?)\s*$",
                f[pos:i],
            )
            or (
                re.search(
                    r"\bcac (?:huyen|quan|thi xa|xa|phuong)"
                    r"(?:, (?:thi xa|thi tran|xa|phuong|quan|huyen))?\s*$",
                    f[pos:i],
                )
                and _PLACE_NAMED.match(text, i + 1)
            )
        ):
            # "các Đảng uỷ: Chính phủ; Quốc hội; …", "các Tập đoàn: A, B" go on; so does
            # "Chủ tịch Ủy ban nhân dân các tỉnh: A, B, C", whose list says which provinces
            # (as "… các tỉnh, thành phố trực thuộc Trung ương: A, B" does, and "UBND các
            # xã: A, B" which communes)
            i += 1
            continue
        if i > guard and text[i - 1] == " " and _NOTIFIES.match(text, i) is not None:
            # "Trung tâm Quản lý chất lượng thông báo kế hoạch, thời gian …", "Phòng Y tế
            # thông báo …": notifies, as written (the folded words are "thông bảo", "viễn
            # thông bảo đảm"); in lower case no word of a body's name.
            return i - 1
        if (
            i > pos + 1
            and text[i] == text[pos]
            and text[i - 1] == " "
            and text.startswith(text[pos:i], i)
            and text[2 * i - pos : 2 * i - pos + 1].islower()
        ):
            # "1. Các Tổ công tác" run into its paragraph "Các Tổ công tác nghiên cứu …":
            # the heading's name said again opens the paragraph's sentence, its verb after
            # it; the name is said once (a table's two cells naming one body, "Sở Nội vụ
            # Sở Nội vụ", are each a name).
            return i - 1
        if i > pos and text.startswith(("nên ", "cũng nên "), i) and text[i - 1] == " ":
            # "… Sở Xây dựng nên tìm hiểu …": "should" (never the folded "nền"), the
            # predicate's first word.
            return i - 1
        if (
            i > pos
            and text[i - 1] == " "
            and (
                text.startswith("chọn ", i)
                or (generic is None and text.startswith("được chọn ", i))
            )
        ):
            # "Ban Thường vụ Thành ủy chọn Đảng bộ huyện X tổ chức …", "Đảng bộ Y được chọn
            # tổ chức …": "to choose" (as written: the folded word is a place's too). "Các
            # trường học được chọn đặt điểm thi" says which schools: the name goes on.
            return i - 1
        if text[i] == "." and _CITY_SHORT.match(text, i - 2, i + 3):
            # "UBND TP. Hà Nội", "Trường … Tp. Hồ Chí Minh": "TP." shortens "thành phố"
            # before the city's name; the stop ends no name.
            i += 1
            continue
        if i < guard and text[i] == "(":
            i += 1
            continue
        if text[i] in "(:" or (text[i] == "." and (i + 1 == limit or text[i + 1] == " ")):
            return i
        if (
            i > pos
            and text[i - 1] == " "
            and text[i].islower()
            and _PLACE_ONLY.fullmatch(text, pos, i - 1) is not None
            and not text.startswith(("và ", "cùng ", "với "), i)
        ):
            # "Tỉnh Bắc Giang quy hoạch, nghiên cứu …": a province or city by its name alone;
            # the word in lower case after the name is the duty's verb.
            return i - 1
        if generic is not None and i > pos and text.startswith("mà ", i) and text[i - 1] == " ":
            # "các địa phương mà báo chí phản ánh tình trạng này cần rà soát …": a plural's
            # relative clause says which ones; it is part of the name up to the modal.
            rel = _RELATIVE_TO_MODAL.match(text, i)
            return rel.end() if rel is not None and rel.end() <= limit else i
        if (
            i > pos
            and text[i - 1] == " "
            and text[i].isupper()
            and (_CYCLE_OPENS.match(f, i) or _PARAGRAPH_OPENS.match(f, i))
        ):
            # "2. Sở Tài chính" over "Hằng năm, trên cơ sở …" (a PDF's heading run into
            # its paragraph): no body's name goes on with a capitalised "Hằng năm", nor
            # with "Là cơ quan thường trực …", "Trên cơ sở …" (the paragraph's opening).
            return i - 1
        if text[i] == " " and _PLACED_UNDER.match(text, i) and _OWN_NAME.fullmatch(text, pos, i):
            # "Bảo hiểm xã hội Việt Nam thuộc Bộ Tài chính có trách nhiệm:": a body named
            # in full, then the ministry it sits under; the body acts, its place is no name.
            return i
        if text[i] in " ," and (role := _HELD_ROLE.match(f, i)) is not None and role.end() <= limit:
            return i  # "Bộ Tài chính - Cơ quan Thường trực …": the role is not the name
        if text[i] == "," and _AS_ROLE.match(f, i + 1):
            return i  # "Bộ Xây dựng, với vai trò Cơ quan Thường trực …, sẽ …": an aside
        if (
            (i == pos or not f[i - 1].isalnum())
            and (by_role := _BY_ROLE.match(f, i)) is not None
            and (generic is not None or _AGENCY_KIND.match(f, pos) is not None)
        ):
            i = by_role.end()  # "sở, ban, ngành được giao chủ trì": named by its role
            continue
        if (
            (i == pos or not f[i - 1].isalnum())
            and (
                (generic is not None and (role := _GIVEN_FIELD.match(f, i)) is not None)
                or (role := _GIVEN_ROLE.match(f, i)) is not None
                or (
                    _AGENCY_KIND.match(f, pos) is not None
                    and (role := _GIVEN_TASK.match(f, i)) is not None
                )
            )
            and role.end() <= limit
        ):
            # "các Trưởng phòng, ban được phân công tham mưu văn bản cho UBND thị xã theo
            # lĩnh vực phụ trách chủ trì, thực hiện": which of them, by the work they were
            # given; the name runs to "chủ trì". So "Đề nghị …, các đơn vị được giao làm
            # Bên mời thầu dự án …:": by the role they were given, to the colon.
            return role.end()
        if (
            (i == pos or not f[i - 1].isalnum())
            and f.startswith("duoc ", i)
            and (generic is not None or _AGENCY_KIND.match(f, pos) is not None)
            and (which := _PASSIVE_WHICH.match(f, i)) is not None
            and which.end() <= limit
        ):
            # "Cơ quan, tổ chức, đơn vị được phân bổ giới thiệu người ứng cử đại biểu Quốc
            # hội thực hiện việc …": which units, by what was done to them; the name runs
            # to the predicate.
            return which.end()
        if (work := _named_by_work(f, pos, i)) is not None and work <= limit:
            return work
        if (i == pos or not f[i - 1].isalnum()) and f[i].isalnum():
            m = _VERB.match(f, i) or (_PLURAL_VERB.match(f, i) if generic is not None else None)
            verb = (
                m is not None
                and i > guard
                and (caps or text[i].islower())
                and i != named_from
                # "SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "BỘ KHOA HỌC VÀ CÔNG NGHỆ": a department's name
                # pairs two fields by "và"; in capitals no case tells the second from a verb.
                and not (0 <= named_from < i and f.startswith(" va ", i - 4))
                and not _in_head(text, f, i)
            )
            if (
                verb
                and not _noun_here(f, i, text)
                and not _topic_goes_on(f, pos, i)
                and not _work_joined(text, f, pos, i, registry)
                and not _kind_of_listed_plural(f, pos, i)
            ):
                return i
            if i > guard and (
                _capital_adverb(text, f, i)
                or _capital_verb(text, f, i)
                or _capital_role(text, f, i)
            ):
                return i
            if i > guard and text[i].islower() and _ends_name(text, f, i):
                return i
        i += 1
    return limit


# " thuộc Bộ Tài chính": the ministry a body sits under, after the body's own name.
_PLACED_UNDER = re.compile(r" thuộc Bộ [A-ZĐÀ-Ỹ]")
# A body's own name in full: one capitalised head, no list, no plural, ending on a
# capitalised word ("Bảo hiểm xã hội Việt Nam", "Cục Hàng không Việt Nam"); never "Tổ
# chức pháp chế", "Tổng Công ty nhà nước", names of a kind that need their ministry.
_OWN_NAME = re.compile(r"(?![Cc]ác |[Nn]hững |[Tt]ừng )[A-ZĐÀ-Ỹ][^,;:()]*\s[A-ZĐÀ-Ỹ][^\s,;:()]*")
# After "các địa phương" (a whole noun, no kind word follows it) or any plural head, "phải"
# (must) or a verb of "địa phương" begins the duty, not the name. So after "các cơ quan",
# "các đơn vị": a verb that never names their kind ("rà soát", "lồng ghép", "tổ chức").
_HEAD_THEN_VERB = re.compile(
    r"(?:cac|nhung|tung)\s+(?:[^,;:]*\s+phai|dia phuong\s+(?:to chuc|can|cai cach|ra soat"
    r"|long ghep|chu tri|phoi hop|tang cuong|day manh|khan truong|chu dong|tiep tuc)"
    r"|(?:co quan|don vi)\s+(?:to chuc|ra soat|long ghep))(?:[\s,]|$)"
)


# "các địa phương" is a whole noun: no kind word follows it, so a verb of the duty list
# after it begins the duty ("các địa phương đẩy nhanh tiến độ …").
_LOCALITIES = re.compile(r"(?:cac|nhung|tung)\s+dia phuong$")
# "các cơ quan", "các đơn vị" do take kind words made of verbs ("các cơ quan tiến hành tố
# tụng", "… quản lý", "… tham mưu", "… điều tra"), so only the verbs of how a duty is
# done, which name no kind of agency, begin the duty after them ("Các cơ quan tăng
# cường phối hợp …", "… triển khai hiệu quả …", "… chú trọng …").
_AGENCIES = re.compile(r"(?:cac|nhung|tung)\s+(?:co quan|don vi)$")
_MANNER_VERB = re.compile(
    r"(?:trien khai|tang cuong|chu trong|day manh|day nhanh|khan truong|chu dong|tiep tuc"
    r"|nghien cuu|tap trung|bao dam|dam bao|kip thoi|tich cuc|nghiem tuc|quan triet"
    r"|cu the hoa|hoan thanh|tao dieu kien|co trach nhiem|chiu trach nhiem|co nhiem vu)\b"
)


# "các đơn vị" asked for data: "… yêu cầu các đơn vị theo dõi chặt chẽ …", "… thống kê số
# lượng …", "… lập danh sách …", "… tiến hành rà soát …" — verbs no unit is named by (a
# "cơ quan tiến hành tố tụng" is, so these are the units' only).
_UNITS = re.compile(r"(?:cac|nhung|tung)\s+don vi$")
_TEAMS = re.compile(r"(?:cac|nhung|tung)\s+to (?:cong tac|giup viec)$")
_UNITS_ACT = re.compile(r"(?:theo doi|thong ke|lap (?:danh sach|bao cao|ke hoach)|tien hanh)\b")


def _kind_of_listed_plural(f: str, pos: int, i: int) -> bool:
    """Whether "quản lý" at ``i`` names the kind of a plural head later in the list.

    "Cục Hoá chất, Cục Quản lý thị trường và các Vụ quản lý ngành": the departments that
    manage a sector, as "các bộ quản lý ngành" opening a list; not the duty's verb.
    """
    if not f.startswith("quan ly ", i):
        return False
    m = re.search(r"(?:^|[\s,])((?:cac|nhung) \S+ )$", f[pos:i])
    if m is None:
        # "Bộ Tài nguyên và Môi trường, các bộ, ngành quản lý lĩnh vực": the ministries and
        # sectors that manage the field, two kinds of one plural before "quản lý".
        m = re.search(r"(?:^|[\s,])((?:cac|nhung) \S+(?:, \S+)+ )$", f[pos:i])
        head = _GENERIC.match(f, pos + m.start(1)) if m is not None else None
        return head is not None and _MANAGES_FIELD.match(f, i) is not None
    head = _GENERIC.match(f, pos + m.start(1))
    return head is not None and head.end() + 1 == i


_MANAGES_FIELD = re.compile(r"quan ly (?:nganh|linh vuc|chuyen nganh)\b")


# "chỉ đạo các …" after "các đơn vị": a kind of agency never goes on into a plural of
# others; the units direct them, and their duty has begun.
_DIRECTS_PLURAL = re.compile(r"chi dao (?:cac|nhung|toan bo)\s")


# "Đề nghị các cơ quan, đơn vị phổ biến và thực hiện …": to disseminate and carry out,
# after a plural head (a single body's name may carry "phổ biến": "Hội đồng Phối hợp công
# tác phổ biến, giáo dục pháp luật").
_PLURAL_VERB = re.compile(r"pho bien(?: va|,)? (?:thuc hien|trien khai|quan triet|tuyen truyen)\b")
# "có trách nhiệm", "chịu trách nhiệm", "có nhiệm vụ": what a body owes, its predicate.
_OWES = re.compile(r"(?:co|chiu) trach nhiem\b|co nhiem vu\b")
# Adverbs of manner, as written (folded, "nghiêm" would be "nghiệm thu", "đúng" "dùng").
_MANNER_AFTER = re.compile(
    r" (?:nghiêm túc|nghiêm(?! thu)|đúng|tốt|đầy đủ|kịp thời|hiệu quả|có hiệu quả|triệt để"
    r"|quyết liệt|ngay"
    # "… yêu cầu các doanh nghiệp thực hiện một số nội dung sau:": the lead-in's verb and
    # the points it announces; no kind of body is named by the work listed below it.
    r"|(?:một số|các|những) (?:nội dung|nhiệm vụ|công việc|việc|yêu cầu|biện pháp|giải pháp)"
    r"(?: (?:chủ yếu|trọng tâm|cụ thể|chính))?(?: như)? (?:sau|dưới đây))(?![\wà-ỹđ])"
)


def _verb_then_manner(text: str, f: str, at: int) -> bool:
    """Whether a verb at ``at`` is followed by how it is done: the verb is a predicate's.

    "các đơn vị thực hiện nghiêm túc một số nội dung": a kind word after a plural head
    ("các đơn vị thực hiện", the units that carry out) is never followed by an adverb;
    the verb is the duty's.
    """
    m = _VERB.match(f, at)
    return m is not None and _MANNER_AFTER.match(text, m.end()) is not None


def _whole_head_then_verb(text: str, f: str, start: int, end: int) -> bool:
    """Whether a plural head without a kind word is followed by the duty's verb."""
    head = f[start:end]
    after = end + 1
    if _OWES.match(f, after) or _verb_then_manner(text, f, after):
        # "Các chủ đầu tư có trách nhiệm:", "các đơn vị thực hiện nghiêm túc …": what they
        # owe, or a verb done some way, never names a kind of them.
        return True
    if _LOCALITIES.search(head):
        return _VERB.match(f, after) is not None
    if _AGENCIES.search(head) and _DIRECTS_PLURAL.match(f, after) is not None:
        return True  # "các đơn vị chỉ đạo các cơ sở … thực hiện …": they direct the others
    if _UNITS.search(head) and _UNITS_ACT.match(f, after) is not None:
        return True
    if _TEAMS.search(head):
        # "Các Tổ công tác nghiên cứu tổng thể các báo cáo …": the team's kind is whole.
        return _MANNER_VERB.match(f, after) is not None
    return bool(_AGENCIES.search(head)) and _MANNER_VERB.match(f, after) is not None


def _capital_adverb(text: str, f: str, i: int) -> bool:
    """A capitalised adverb of manner after a lower-case word: the duty has begun.

    "Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ" on a line of its own, then "Tập trung
    chỉ đạo …" or "Khẩn trương rà soát …"; an owner heading "13. Đề nghị … các tổ chức
    đoàn thể" over a paragraph "Đẩy mạnh công tác …" or "Căn cứ Kế hoạch này, …": no
    body's name goes on with these words (a cycle's "Hằng năm" is read in ``name_end``
    itself).
    """
    return (
        text[i].isupper()
        and i >= 2
        and text[i - 2].islower()
        and re.match(
            r"(?:khan truong|tap trung|day manh|tang cuong"
            # "8. Ban công tác Mặt trận các thôn" over "Căn cứ Kế hoạch này, chủ động …":
            # the paragraph opens on what it acts on, never a word of the body's name.
            r"|can cu (?:vao|ke hoach|chuc nang|nhiem vu|tinh hinh|quy dinh|huong dan))\b",
            f[i:],
        )
        is not None
    )


_DIRECTING_WORDS = re.compile(r"(?:chi dao|theo doi|dong chu tri|chu tri)\b")


def _capital_verb(text: str, f: str, i: int) -> bool:
    """A capitalised verb of directing after a word in lower case: the duty has begun.

    "Giao Công an Thành phố" on a line of its own, then "Chỉ đạo Công an các phường …";
    "Giao Sở Xây dựng" then "Theo dõi, đôn đốc …". A name's own capitalised word follows
    a capitalised one ("Ban Chỉ đạo"), never one in lower case.
    """
    # "4. Bộ Ngoại giao" on a line of its own, then "Đồng chủ trì với Bộ X, …": the role
    # words open the duty as a verb of directing does.
    if not text[i].isupper() or _DIRECTING_WORDS.match(f, i) is None:
        return False
    before = re.search(r"(\w+)\s+$", text[:i])
    return before is not None and before.group(1)[0].islower()


def _directs_after(text: str, f: str, end: int) -> bool:
    """A capitalised "Chỉ đạo" right after a whole known name: its duty has begun.

    "h) Đề nghị Hội Nông dân Việt Nam" then "Chỉ đạo các cấp Hội …" read joined: a name
    that goes on with "Chỉ đạo" ("Ban Chỉ đạo …") is no known body before that word.
    """
    m = re.match(r"\s+(?=Chỉ đạo\s+[a-zà-ỹđ])", text[end:])
    return m is not None and f[end + m.end() :].startswith("chi dao")


def _capital_role(text: str, f: str, i: int) -> bool:
    """A capitalised "Chủ trì" / "Phối hợp" after a name: the owner's sentence has begun.

    An owner heading on a line of its own ("3. Bộ Công Thương") whose point starts on
    the next line with a capital ("Chủ trì, phối hợp với Bộ …") reads, joined, as one
    sentence; no body's name goes on with its role word (an agency named by its role,
    "Cơ quan chủ trì", is read before this, from the name's start).
    """
    if not text[i].isupper():
        return False
    if re.match(r"(?:chu tri|phoi hop)(?:\s*,|\s+(?:voi|va|xay|thuc|to chuc|trien)\b)", f[i:]):
        return True
    # "g) Ngân hàng Chính sách Xã hội" then "Chủ trì hướng dẫn …": no body's name has a
    # capitalised "Chủ trì" before a word in lower case ("Hội đồng Phối hợp công tác …"
    # has one "Phối hợp", so only the role words above end a name with it).
    return re.match(r"Chủ trì\s+[a-zà-ỹđ]", text[i:]) is not None


# "sở, ban, ngành được giao chủ trì phải …", "Cơ quan được phân công phối hợp …": bodies
# named by the role they were given, before the duty's verb. So "Cơ quan, đơn vị được
# phân công phải gửi …": the work they were given, then what they must do.
_BY_ROLE = re.compile(
    r"duoc (?:giao|phan cong)(?: (?:chu tri|phoi hop)\b|(?= (?:phai|co trach nhiem)\b))"
)


def _named_by_work(f: str, pos: int, i: int) -> int | None:
    """Where a unit's name ends that runs on past ``i`` with the work it does, or None.

    "Sở quản lý ngành, lĩnh vực đối với hàng hóa, dịch vụ (quy định tại Phụ lục 01) có
    trách nhiệm …": a department named by what it manages; which goods says which
    department, part of the name. "Phòng có chức năng quản lý xây dựng thuộc Ủy ban nhân
    dân cấp huyện có trách nhiệm …": an office named by its function, to the predicate.
    """
    if f.startswith("doi voi ", i) and _MANAGING_HEAD.fullmatch(f, pos, i) is not None:
        scope = _MANAGED_SCOPE.match(f, i)
        return scope.end() if scope is not None else None
    if f.startswith("co chuc nang ", i) and _BY_FUNCTION_KIND.fullmatch(f, pos, i) is not None:
        which = _FUNCTION_WHICH.match(f, i)
        return which.end() if which is not None else None
    return None


# A department named by the sector it manages: "Sở quản lý ngành, lĩnh vực".
_MANAGING_HEAD = re.compile(
    r"(?:cac )?(?:so|co quan) quan ly (?:nganh|linh vuc|chuyen nganh)(?:, (?:nganh|linh vuc))? "
)
# Which goods or work, to the predicate (an aside in brackets before it left out).
_MANAGED_SCOPE = re.compile(
    r"doi voi [^.;:()]{1,80}?(?=\s*(?:\([^()]*\)\s*)?"
    r"(?:co trach nhiem|chiu trach nhiem|thuc hien|chu tri)\b)"
)
# A unit named by its kind alone before its function: "Phòng", "Cơ quan chuyên môn".
_BY_FUNCTION_KIND = re.compile(r"(?:cac )?(?:phong|co quan|don vi|bo phan)(?: chuyen mon)? ")
# Its function, to the sentence's predicate: "có chức năng quản lý xây dựng thuộc …".
_FUNCTION_WHICH = re.compile(
    r"co chuc nang [^,;:.()]{1,120}?"
    r"(?= (?:co trach nhiem|chiu trach nhiem|chu tri|thuc hien|phai|can)\b)"
)
# A passive clause saying which units (never "được giao", "được phân công": their own
# readings above), to the sentence's predicate.
_PASSIVE_WHICH = re.compile(
    r"duoc (?!giao\b|phan cong\b)[^,;:.()]{1,120}?"
    r"(?= (?:thuc hien|tien hanh|khi|co trach nhiem|chiu trach nhiem|chu tri|phai|can|cung cap)\b)"
)
_GIVEN_FIELD = re.compile(r"duoc (?:giao|phan cong) [^,;:.()]{1,90}?(?= chu tri\b)")
_GIVEN_ROLE = re.compile(r"duoc (?:giao|phan cong) lam [^,;:.()]{1,90}(?=\s*:\s*$)")
# "Cơ quan, đơn vị được giao nhiệm vụ theo dõi, kiểm tra, đôn đốc tại Phụ lục kèm theo Kế
# hoạch này thường xuyên …": which agencies or units (named by that kind alone), by the
# tasks the plan gave them, to the plan that gave them (or to the tasks alone). Bodies of
# a kind of their own, "Các bộ, ngành khác được giao nhiệm vụ, dự án tại …", are named by
# it, the rest an aside.
_GIVEN_TASK = re.compile(
    r"duoc (?:giao|phan cong) nhiem vu"
    r"(?: (?:trong|tai|theo) (?:ke hoach|phu luc|quyet dinh|chuong trinh)(?: nay)?\b"
    r"|[^.;:()]{1,100}?\b(?:ke hoach|phu luc|quyet dinh|chuong trinh) nay\b)?"
)
_ENTERPRISE_KINDS = re.compile(
    r"(?:cac )?(?:tong cong ty|cong ty|doanh nghiep|tap doan)(?:, (?:tong cong ty|cong ty"
    r"|doanh nghiep|tap doan))*"
)
_AGENCY_KIND = re.compile(r"(?:cac )?(?:co quan|don vi)\b")
# "Cơ quan chủ trì", "Cơ quan phối hợp", "Đơn vị chủ trì", "Cơ quan được giao chủ trì soạn
# thảo": an agency named by its role (the one given it, too).
_AGENCY_BY_ROLE = re.compile(r"(?:co quan|don vi) (?:duoc giao )?(?:chu tri|phoi hop)\b")
# The roles that name a body's staff offices, joined in a list after a plural head.
# "thông báo" as written, the verb; not a notice's number, nor "(viễn) thông báo cáo".
_NOTIFIES = re.compile(r"thông báo(?! số\b| cáo\b| chí\b)(?![\wà-ỹđ])")
_STAFF_KINDS = re.compile(
    r"\b(?:cac|nhung|tung) (?:co quan|don vi|ban|phong) (?:tham muu|giup viec)"
    r"(?:(?:,| va) (?:tham muu|giup viec|quan ly nha nuoc))+\b"
)


def _in_head(text: str, f: str, i: int) -> bool:
    """Whether the word at ``i`` goes on a body's head word: "Ban quản lý Khu …".

    The capitalised word before it and it are one head ("ban quan ly"), not a name and
    its verb ("quản lý").
    """
    j = f.rfind(" ", 0, max(0, i - 1)) + 1
    m = _HEAD.match(f, j)
    return j < i and text[j].isupper() and m is not None and m.end() > i


# Lower-case words that open a purpose or a scope after a name ("Bộ Quốc phòng để tích
# hợp …", "Bộ Công an trong việc bảo đảm …", "… các cấp, nhất là thành phố Hà Nội", "…
# các tỉnh, thành phố từ A đến B, trong đó trọng tâm là …"): the name has ended.
_ENDERS = re.compile(
    r"(?:nham|trong (?:viec|cong tac|qua trinh|linh vuc|pham vi|do)|ve (?:viec|cong tac)"
    r"|voi (?:cac|nhung)|doi voi|nhat la|dac biet la"
    # "Sở Tài chính, trên cơ sở đề xuất của …": the grounds of the work, after the name
    # ("cấp ủy cấp trên cơ sở" is the level above the grassroots, the name's own).
    r"|(?<!cap )tren co so|can cu"
    # "Kiểm toán nhà nước hằng năm thực hiện …": how often, never part of a name.
    r"|hang (?:nam|quy|thang|tuan|ngay)|dinh ky|thuong xuyen"
    # "Bộ Xây dựng thay mặt Chính phủ …", "Bộ trưởng Bộ X thừa ủy quyền của Thủ tướng …":
    # on whose behalf the body acts, never part of its name.
    r"|thay mat|thua (?:uy quyen|lenh)"
    # "Ủy ban nhân dân tỉnh … với vai trò là cơ quan đại diện chủ sở hữu …": the capacity
    # the body acts in, after its name.
    r"|voi (?:vai tro|tu cach)"
    # "Các Bộ, ngành, … DNNN trước ngày 15/1/2019 hoàn thành …": the time, after the name.
    r"|truoc ngay(?= \d)"
    # "Giao Sở GTVT trong quý I/2017, hoàn thành …", "… các địa phương trong thời gian tới
    # cần …": when the body acts, after its name; "tùy theo chức năng, nhiệm vụ": the
    # measure of its part. Neither ever goes on a body's name.
    r"|trong (?:thoi gian|quy (?:[ivx]+|\d)|thang \d|nam \d|tuan|dip)|tuy (?:theo|thuoc)"
    # "Bộ trưởng … yêu cầu thành lập …": the speaker's request, after the speaker's name.
    r"|(?<!co )(?:cung )?(?:yeu cau|de nghi)(?= )(?!,)"
    # "Bộ trưởng Bộ Y tế chỉ thị Sở Y tế …": the minister directs, in lower case (the
    # document "Chỉ thị số …" is capitalised).
    r"|chi thi(?= [A-ZĐÀ-Ỹa-zđà-ỹ]))\b"
)


# A board named for its work: "Ban Chỉ đạo quốc gia về tìm kiếm, quy tập và xác định danh
# tính hài cốt liệt sĩ". Its topic's verbs are joined by "," and "và"; the verb after a
# noun ("… liệt sĩ ban hành …") is the duty's.
_TOPIC_NAME = re.compile(
    r"^(?:ban chi dao|hoi dong|uy ban|to cong tac|ban to chuc|tieu ban)\b[^,;:()]{0,40}\bve\s"
)


def _topic_goes_on(f: str, pos: int, i: int) -> bool:
    return bool(_TOPIC_NAME.match(f, pos)) and bool(re.search(r"(?:,|\bva)\s+$", f[pos:i]))


def _ends_name(text: str, f: str, i: int) -> bool:
    # "để" (so that), never "đề" (đề án, đề nghị): the same letters once folded; "khi"
    # (when: "các cơ quan, tổ chức … khi tiếp nhận …"), never "khí" (khí tượng).
    return (
        bool(_ENDERS.match(f, i))
        or (text.startswith("để", i) and f[i + 2 : i + 3] in (" ", ""))
        or (text.startswith("khi", i) and f[i + 3 : i + 4] in (" ", ""))
        # "Ủy ban nhân dân phường, xã, đặc khu còn duy trì mô hình …": "còn" (still) then a
        # verb says which ones, or what they do, never a word of a name ("các xã còn lại",
        # the remaining ones, goes on). ("Chủ tịch UBND tỉnh còn yêu cầu …", "còn chỉ đạo
        # …": also asks; the request after it is read with the speaker's name.)
        or (
            text.startswith("còn ", i)
            and _VERB.match(f, i + 4) is not None
            and not f.startswith("chi dao", i + 4)
        )
        # "Ủy ban nhân dân thành phố X cần tiếp tục …": "cần" (need), never "cán", "cận".
        or (text.startswith("cần", i) and f[i + 3 : i + 4] == " ")
        # "Bộ Xây dựng cũng được giao …": "cũng" (also), never "cùng" (with), "cung" (supply).
        or (text.startswith("cũng", i) and f[i + 4 : i + 5] == " ")
        # A news report's tense: "Bộ Nội vụ sẽ đẩy mạnh …", "Bộ Công Thương đã có văn bản …"
        # (will, has): no body's name goes on with them.
        or (text.startswith(("sẽ", "đã"), i) and f[i + 2 : i + 3] == " ")
        # "UBND tỉnh vừa ban hành Kế hoạch …" (has just): never the size of "nhỏ và vừa".
        or (bool(_JUST_DID.match(text, i)) and not text.endswith("và ", 0, i))
        # "Chủ tịch UBND tỉnh mà đã được giải quyết …": "mà" (which) opens a clause on the
        # name, never "ma" (ma túy) or "mã" (mã số).
        or (text.startswith("mà", i) and f[i + 2 : i + 3] == " ")
        # "các cơ quan báo chí, bên cạnh phản ánh …, cần …": "besides" after a comma opens
        # an aside on what the bodies do, never another body.
        or (f.startswith("ben canh ", i) and text[max(0, i - 2) : i] == ", ")
    )


def _work_joined(text: str, f: str, pos: int, i: int, registry: Registry) -> bool:
    """Whether a verb after "và" goes on one body's name: its second line of work.

    "Cục Công nghệ thông tin và thống kê hải quan": a single capitalised name (no comma,
    no other "và"), not a known body by itself, joins two fields of work; the verb after
    "và" is the second field's, in lower case to the end of the word run, never the
    duty's ("Sở Y tế và tổ chức Hội …" is a known body, then its own work).
    """
    head = text[pos:i]
    if not (
        f[max(pos, i - 3) : i] == "va "
        and head[:1].isupper()
        and "," not in head
        and head.count(" và ") == 1
        and _HEAD.match(f, pos) is not None
        and registry.known(head[: -len(" và ")]) is None
    ):
        return False
    verb = _VERB.match(f, i)
    if verb is None:
        return False
    # Its field's object, then the duty's own verb: "… thống kê hải quan tổ chức …".
    for k, w in enumerate(re.finditer(r"\S+", text[verb.end() :])):
        at = verb.end() + w.start()
        if k > 0 and _VERB.match(f, at) is not None:
            return True
        if k >= 3 or not w.group(0).isalpha() or not w.group(0).islower():
            return False
    return False


# "tham mưu, giúp việc" after a body's kind ("cơ quan (chuyên trách) …"): advisory bodies.
_ADVISORY = re.compile(r"tham muu\s*,?\s*giup viec\b")
_ADVISORY_KIND = re.compile(
    r"\b(?:co quan|ban|to|bo phan|don vi)(?: chuyen trach| chuyen mon)?\s+$"
)


# The capitalised words of a name that "xây dựng" (construction) goes on.
_BUILDING_OF = re.compile(r"\b(?:quy hoach|vat lieu) $")


def _noun_here(f: str, i: int, text: str = "") -> bool:
    """Whether "tổ chức" (or "trình", or a verb after "nhà") here is a noun's, not a verb.

    "tổ chức" is an organisation before "hữu quan", ",", an acronym ("các tổ chức
    PCPNN"); "trình" ends "chương trình".

    After "(có) liên quan", which ends a collective's name, it is the verb ("các bộ, ngành
    liên quan tổ chức, triển khai …").
    """
    if f[max(0, i - 10) : i].rstrip().endswith("lien quan"):
        return False
    if f.startswith("xay dung", i) and (kind := _BUILDING_OF.search(f, max(0, i - 10), i)):
        # "Viện Quy hoạch xây dựng đô thị Hà Nội": planning of construction; "Vụ Vật liệu
        # xây dựng" (or "Vu Vat lieu xay dung" unmarked): construction materials.
        return text[kind.start() : kind.start() + 1].isupper()
    if f.startswith("truc tiep", i) and f[max(0, i - 9) : i] == "cap tren ":
        return True  # "cấp ủy cấp trên trực tiếp": the committee just above, its name's
    if f.startswith("tham dinh", i) and f[max(0, i - 9) : i] == "hoi dong ":
        return True  # "Hội đồng thẩm định": the council's kind, not "appraise"
    if f.startswith(("phong chong ", "phong, chong ", "chong "), i) and _BOARD_BEFORE.search(
        text[max(0, i - 40) : i]
    ):
        # "Ban Chỉ đạo quốc gia phòng chống dịch …": what the board is for, its name's.
        return True
    if f.startswith("dua", i) and text[i + 1 : i + 2] in ("u", "U"):
        return True  # "Hội đồng Thi đua - Khen thưởng": "đua" (race), folded as "đưa" (bring)
    if f.startswith("tu bo", i) and text[i + 3 : i + 4].isupper():
        return True  # "Cổng thông tin điện tử Bộ Nội vụ": "điện tử" and a ministry, no "tu bổ"
    if f.startswith("trinh", i) and re.search(
        r"\b(?:chuong|cong|qua|lo|tien|hanh)\s+$", f[max(0, i - 12) : i]
    ):
        return True  # "Các Bộ chủ chương trình": "trình" ends a noun, it does not submit
    if f.startswith("to chuc", i) and _ACRONYM_NEXT.match(text, i + len("to chuc")):
        return True
    if f.startswith("to chuc", i) and _ASSOCIATIONS_NEXT.match(text, i + len("to chuc")):
        return True  # "các doanh nghiệp, tổ chức Hội": the associations, not "organise"
    if f.startswith("dau tu", i) and re.search(r"\b(?:dang ky|thu tuc)\s+$", f[max(0, i - 9) : i]):
        return True  # "cơ quan đăng ký đầu tư", "thủ tục đầu tư": investment, a noun
    if f.startswith("dau tu", i) and re.search(r"\bchu\s+$", f[max(0, i - 4) : i]):
        return True  # "Chủ đầu tư": the investor, a noun
    if f.startswith("dau tu", i) and re.search(r"\bxuc tien\s+$", f[max(0, i - 10) : i]):
        return True  # "Trung tâm Xúc tiến đầu tư, thương mại …": promotion, a body's work
    if f.startswith("giup viec", i) and re.search(
        r"\b(?:ban|to|bo phan|co quan|don vi)\s+$", f[max(0, i - 10) : i]
    ):
        return True  # "Tiểu ban giúp việc Ban Chỉ đạo …", "Tổ giúp việc": the body's kind
    if _ADVISORY.match(f, i) and _ADVISORY_KIND.search(f[max(0, i - 30) : i]):
        # "Các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy": the bodies' kind, a
        # fixed pair of nouns (a body that advises "tham mưu" a text names no helper).
        return True
    if f.startswith("giup viec", i) and (
        pair := re.search(r"\btham muu\s*,?\s*$", f[max(0, i - 12) : i])
    ):
        # Its kind just before "tham mưu", with or without the comma between the two.
        at = max(0, i - 12) + pair.start()
        return _ADVISORY_KIND.search(f[max(0, at - 32) : at]) is not None
    if f.startswith("quan ly", i) and f[max(0, i - 7) : i] == "can bo ":
        return True  # "Cục Nhà giáo và Cán bộ quản lý giáo dục": managers, a noun
    if f.startswith("quan ly nha nuoc", i) and f[max(0, i - 8) : i] == "co quan ":
        return True  # "cơ quan quản lý nhà nước (các cấp)": the state's managing agencies
    if f.startswith(("quan ly ", "tiep nhan "), i) and _BARE_HEAD.search(f[max(0, i - 12) : i]):
        # "Sở quản lý ngành, lĩnh vực", "Cơ quan tiếp nhận văn bản kê khai giá": a bare
        # head names no body, so the word after it says which one (its kind), not its duty
        return True
    if re.search(r"\b(?:nha|nguoi)\s+$", f[max(0, i - 6) : i]):
        # "các nhà đầu tư", "nhà cung cấp dịch vụ", "người sử dụng lao động": who does
        # it, a noun
        return True
    return f.startswith("to chuc", i) and bool(
        re.match(
            r"to chuc(?:\s*,|\s+(?:huu quan|co lien quan|lien quan|chinh tri|doan the|khac"
            r"|thanh vien|ca nhan|dang|dai dien nguoi|co so dang)\b|\s*$)",
            f[i : i + 40],
        )
    )


_BOARD_BEFORE = re.compile(
    r"\bBan [Cc]hỉ đạo(?: (?:quốc gia|[Tt]rung ương|tỉnh|thành phố|huyện|xã|[A-ZĐ]\w*))?\s+$"
)
_ACRONYM_NEXT = re.compile(r"\s+[A-ZĐ]{2,}\b")
_BARE_HEAD = re.compile(r"(?:^|[^a-z0-9 ]\s*|\b(?:giao|de nghi|cac|nhung)\s)(?:so|cuc|co quan)\s$")
# "tổ chức Hội" with a capital: the associations (not "tổ chức Hội nghị", a meeting).
_ASSOCIATIONS_NEXT = re.compile(
    r"\s+Hội(?!\s+(?:[Nn]ghị|[Tt]hảo|[Tt]hi|[Dd]iễn|[Cc]hợ|[Tt]rại|[Gg]iảng|[Bb]áo)\b)\b"
)


_SCOPE_TAIL = re.compile(
    r"\s+theo (?:quy dinh|chuc nang(?:,? nhiem vu)?(?: duoc giao)?|tham quyen|phan cong)\s*$"
)


# "TP" is "thành phố" shortened: "UBND các huyện, thị xã, TP".
_LOCALITY_KIND = r"(?:huyen|tinh|xa|quan|phuong|thi xa|thi tran|thanh pho|tp)"
_LOCALITY_KINDS_RUN = re.compile(
    rf"\bcac {_LOCALITY_KIND}(?:\s*,\s*{_LOCALITY_KIND})*\s*,\s*(?:va\s+)?$"
)
_LAST_LOCALITY_KIND = re.compile(rf"{_LOCALITY_KIND}\s*(?:$|truc thuoc\b)")
_CUT_WORD = re.compile(r",\s*[a-zđ]$")


# A kind or a level alone to the next comma or the end: "UBND HUYỆN, THỊ XÃ, THÀNH PHỐ",
# "CÁC BỘ, BAN, NGÀNH KHÁC" go on with the list's kinds (as "…, thị xã, thành phố" does in
# lower case); in capitals no case tells them from a body's name.
_BARE_KIND = re.compile(
    r"(?:thi xa|thanh pho|thi tran|huyen|quan|xa|phuong|dac khu|tinh|ban|nganh|so|bo"
    r"|doan the|dia phuong|don vi|co quan)(?: khac| lien quan)?\s*(?:[,;:]|$)"
)
# One word to the next comma or the end: "…, VTV, VOV", an acronym's name (no name's words).
_LONE_WORD = re.compile(r"[^\s,;]+\s*(?:[,;]|$)")
# The people a school's text asks, folded: its learners and its teachers. Extract's role
# headings ("Đối với giảng viên") name them too, with a school's other staff.
LEARNERS_AND_TEACHERS = r"(?:sinh vien|giang vien|giao vien|hoc sinh|hoc vien|nguoi hoc)"
# Learners or teachers as a whole item of an owner cell ("Khoa/CTĐT, sinh viên").
_SCHOOL_PEOPLE = re.compile(rf"{LEARNERS_AND_TEACHERS}(?: huong dan)?(?=\s*(?:[,;]|$))")
# A school's unit named by its bare kind in an owner cell ("Khoa", "Trường"), the whole
# item before the next comma (or the cell's end).
_BARE_UNIT = re.compile(r"(?:Khoa|Trường|Viện)(?:/[A-ZĐ][\w&]*)?(?=\s*(?:[,;]|$))")


def split_names(text: str, registry: Registry, *, cell: bool = False) -> list[str]:
    """Split a list of owner names (a cell, a field value, a heading) into names.

    ``cell``: a table's owner cell or an owner heading (a line naming only owners, with
    the points they own under it), a list of owners rather than a sentence's subject.
    """
    text = text.strip(_TRAILING + " ")
    if (lone := _CUT_WORD.search(text)) is not None:
        # "Giao Thủ trưởng các Vụ, Cục, d" (a column cut mid-word, "đơn vị" lost to the next
        # line): a lone letter after the list names no body.
        text = text[: lone.start()]
    if not text:
        return []
    f = _aligned(text)
    if (scope := _SCOPE_TAIL.search(f)) is not None and scope.start() > 0:
        # "Các cơ quan, đơn vị theo quy định": how the bodies are chosen, not their name.
        text, f = text[: scope.start()], f[: scope.start()]
    out: list[str] = []
    start = 0
    i = 0
    n = len(text)
    # "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH": in capitals every word reads as an acronym; only a
    # body's head word (or a known name) opens the next name.
    caps = _all_caps(text)

    def cut(at: int, after: int) -> None:
        nonlocal start
        out.append(text[start:at])
        while after < n and text[after] == " ":
            after += 1
        start = after

    while i < n:
        if start == i and (m := _DISTRIBUTIVE.match(f, i)) and m.start() == i:
            out.extend(_distributive(text[i:], f[i:], m.end() - i, registry))
            start = n
            break
        if i == 0 or not f[i - 1].isalnum():
            known = _known_at(f, i, registry)
            if known is not None:
                # Two known names with nothing between ("Bộ A Bộ B", a PDF cell).
                if start < i and text[i - 1] == " " and _known_at(f, start, registry) == i - 1:
                    cut(i - 1, i)
                i = known
                continue
        c = text[i]
        after = -1
        if c == ";":
            cut(i, i + 1)
        elif c == "," and i + 1 < n and text[i + 1] == " ":
            after = i + 2
        elif f.startswith(" va ", i):
            after = i + 4
        elif c == " " and cell and _after_acronym(text, f, start, i, registry):
            # A register's owner cell, one unit a line, its lines joined ("Vụ GDĐH Viện
            # KHGDVN"): an abbreviation ends a unit's name; a body after it is the next.
            cut(i, i + 1)
        if (
            0 < after < n
            and not (c == "," and _titled_item(f, start, i, after))
            and not (
                # "Chủ tịch Hội đồng quản trị, Tổng Giám đốc các doanh nghiệp …": the chair
                # and the director of the bodies named after them, office-holders written
                # as one phrase.
                c == ","
                and _BOARD_CHAIR.fullmatch(f, start, i) is not None
                and _DIRECTOR.match(f, after) is not None
            )
            and (
                starts_body(text, f, after, registry)
                or _next_kind(f, start, i, after)
                or (cell and c == "," and _local_body(text, f, after))
                # "SV, Khoa": a school's table names "the faculty" by its bare kind, an
                # item of the cell's list on its own.
                or (cell and c == "," and _BARE_UNIT.match(text, after) is not None)
                # "Khoa/CTĐT, sinh viên": the people a school's step falls to, named by
                # their role in lower case, one more item of the cell's list.
                or (
                    cell
                    and c == ","
                    and _SCHOOL_PEOPLE.match(f, after) is not None
                    # "Phòng Công tác học sinh, sinh viên": the learners a unit's name lists.
                    and _SCHOOL_PEOPLE.search(f, max(start, i - 12), i) is None
                )
                # "…, Cục trưởng Cục Thi hành án …": a unit's head, named by its kind.
                or (c == "," and _HEAD_OF_UNIT.match(f, after) is not None)
                or (
                    c == ","
                    and _MASS_BODIES.match(f, after) is not None
                    and text[start].isupper()
                    and not _KINDS.match(f, start)
                )
                or (c != "," and _SYSTEM_OF.match(f, after) is not None)
            )
            and _splits(f, start, after, and_=c != ",", cell=cell)
            and not (
                caps
                and _HEAD.match(f, after) is None
                and _GENERIC.match(f, after) is None
                and _known_at(f, after, registry) is None
                and _LONE_WORD.match(text, after) is None
            )
            and not (caps and c == "," and _BARE_KIND.match(f, after) is not None)
        ):
            cut(i, after)
            i = after
            continue
        i += 1
    if start < n:
        out.append(text[start:])
    out = [x[: m.start()] if (m := _HELD_ROLE.search(_aligned(x))) else x for x in out]
    return [
        x.strip(_TRAILING + " ") for x in _past_plural_of_named(out) if x.strip(_TRAILING + " ")
    ]


# An office-holder (or a body) of the bodies a colon lists: "Bộ trưởng các Bộ:", "Chủ tịch
# Ủy ban nhân dân các tỉnh:" (the plain "các Bộ: …" at a name's start is _DISTRIBUTIVE).
_TITLED_DISTRIBUTIVE = re.compile(
    r"\S\s+cac (?:bo|so|tinh|tinh, thanh pho|thanh pho)(?: truc thuoc trung uong)?\s*:"
)
# What opens the next owner after such a list's items ("…, Công an, Chủ tịch Ủy ban …").
_NEXT_OWNER = re.compile(
    r"(?:(?:pho )?chu tich|bo truong|thu truong|giam doc|uy ban|ubnd|hoi dong|so|bo|cac|ban"
    r"|tong cuc|cuc)\b"
)


_BOARD_CHAIR = re.compile(r"(?:pho )?chu tich hoi dong (?:quan tri|thanh vien)")
_DIRECTOR = re.compile(r"(?:tong )?giam doc\b")


def _titled_item(f: str, start: int, i: int, after: int) -> bool:
    """Whether the comma at ``f[i]`` parts two items of an office-holders' colon list.

    "Bộ trưởng các Bộ: Quốc phòng, Công an, …": the office-holders of the bodies listed
    after the colon, one phrase; its items are bare names (a new owner opens with its
    title or kind: "…, Chủ tịch Ủy ban nhân dân …").
    """
    return (
        _TITLED_DISTRIBUTIVE.search(f, start, i) is not None and _NEXT_OWNER.match(f, after) is None
    )


# An abbreviation that ends a unit's name: "GDĐH", "KTKĐ", "QLDANNQG2020".
_ENDING_ACRONYM = re.compile(r"(?<!\S)[A-ZĐ][A-ZĐ0-9&]*[A-ZĐ][A-ZĐ0-9&]*$")
# A unit written by its kind and an abbreviation: "Dự án HTĐMGDPT", "Viện KHGDVN".
_KIND_AND_ACRONYM = re.compile(r"[A-ZĐ][a-zà-ỹđ]+(?: [a-zà-ỹđ]+)? [A-ZĐ][A-ZĐ0-9&]{2,}(?=$|\s)")
# What follows a unit's name as whose it is ("Vụ KHTC Bộ GDĐT", "Sở GTVT TP Hà Nội").
_WHOSE_NEXT = re.compile(
    r"(?:bo|tong cuc|tong cong ty|tap doan|dai hoc|ubnd|uy ban nhan dan"
    r"|tinh|thanh pho|tp|huyen|quan|xa|phuong|thi xa|tw|trung uong)\b"
)


def _after_acronym(text: str, f: str, start: int, i: int, registry: Registry) -> bool:
    """Whether the space at ``text[i]`` parts two units in an owner cell.

    The name before is a unit's kind and its abbreviation ("Vụ GDĐH"), the words after
    open another unit by its kind ("Viện KHGDVN", "Dự án HTĐMGDPT") that does not say
    whose the first is ("Vụ KHTC Bộ GDĐT" is one unit).
    """
    # The next word is a kind ("Viện", "Dự án"), not one more abbreviation ("Công ty
    # TNHH MTV X", "Văn phòng CT KHGD": one name).
    if i == start or not text[i + 1 : i + 2].isupper() or not text[i + 2 : i + 3].islower():
        return False
    if _ENDING_ACRONYM.search(text, start, i) is None:
        return False
    if " " not in text[start:i].strip() or not text[start].isupper():
        return False
    if _WHOSE_NEXT.match(f, i + 1) is not None:
        return False
    return starts_body(text, f, i + 1, registry) or _KIND_AND_ACRONYM.match(text, i + 1) is not None


def _past_plural_of_named(out: list[str]) -> list[str]:
    """A list of names without the plural that opens it before named bodies of one kind.

    "Các Sở Công Thương, Sở Giao thông vận tải, …": "các" only says a list of named bodies
    follows, each with its kind; the first is "Sở Công Thương".
    """
    if len(out) > 1 and (plural := _PLURAL_OF_NAMED.match(out[0])) is not None:
        named = out[0][plural.end() :]
        kind = named.split(" ", 1)[0]
        if fold(kind) in _ONE_BODY_KINDS and out[1].startswith(kind + " "):
            return [named, *out[1:]]
    return out


_ONE_BODY_KINDS = frozenset({"so", "bo", "cuc", "vu", "vien"})
# Kinds of body whose proper name follows the kind word at once ("Trung tâm Kiểm soát bệnh
# tật", "Ban Tổ chức"): in capitals the name's first word is never the verb of a duty.
_NAMED_KINDS = _ONE_BODY_KINDS | {
    "trung tam", "ban", "uy ban", "benh vien", "tap doan", "tong cong ty", "cong ty",
    "chi cuc", "tong cuc", "hoi dong", "dai", "van phong", "hoc vien", "ngan hang",
}  # fmt: skip
_PLURAL_OF_NAMED = re.compile(r"(?:[Cc]ác|[Nn]hững)\s+(?=[A-ZĐÀ-Ỹ]\S*\s+[A-ZĐÀ-Ỹ])")


# "Mặt trận, đoàn thể": the mass organisations, named by their kind without "các", after
# a body named as such — not in a list of kinds running on ("các phòng, ban, ngành, đoàn
# thể", "cấp uỷ, tổ chức đảng, chính quyền, đoàn thể các cấp": one collective).
_MASS_BODIES = re.compile(r"doan the\b(?! thao\b)")
_KINDS = re.compile(r"(?:cac|nhung|tung)\s")
# "… Thông tấn xã Việt Nam và hệ thống các cơ quan báo chí", "… và hệ thống truyền thanh
# cơ sở": a collective of bodies.
_SYSTEM_OF = re.compile(r"he thong (?:cac (?:co quan|don vi|to chuc)|truyen thanh)\b")
# "Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo": the body, then the role it holds.
_HELD_ROLE_WORDS = 8
_AS_ROLE = re.compile(r"\s*voi (?:vai tro|tu cach)\b")
_HELD_ROLE = re.compile(
    # "Sở Lao động - Thương binh và Xã hội - thường trực kế hoạch": the role alone, too.
    # "Sở Kế hoạch và Đầu tư - cơquan thường trực …": an OCR's lost space.
    r"\s+[-–]\s+(?=(?:co ?quan )?(?:thuong truc|chu tri|dau moi|tham muu)\b)"
    # "Bộ Nội vụ, cơ quan thường trực của Ban Chỉ đạo:": the role set off by a comma, only
    # as "cơ quan thường trực" (", cơ quan chủ trì", ", cơ quan đầu mối" go on a list of
    # kinds: "các bộ, cơ quan đầu mối về …").
    r"|\s*,\s*(?=co ?quan thuong truc\b)",
    re.IGNORECASE,
)


# "Hội nông dân tỉnh", "Hiệp hội doanh nghiệp tỉnh": a head, its kind in lower case, the
# locality it serves; then the list goes on (",", "và") or ends.
_LOCAL_BODY = re.compile(
    r"(?:hiep hoi|hoi|doan|lien minh|lien doan)(?: [a-z]+){1,4}? (?:tinh|thanh pho|huyen|xa"
    r"|phuong)(?=\s*(?:,|;|va\b|$))"
)


def _local_body(text: str, f: str, pos: int) -> bool:
    """Whether a local association's name ("Hội nông dân tỉnh") begins at ``pos``.

    In an owner heading or cell "Liên minh Hợp tác xã tỉnh, Đoàn TNCS Hồ Chí Minh tỉnh,
    Hội nông dân tỉnh, Hiệp hội doanh nghiệp tỉnh" each such name after a comma is an
    owner of its own, though its kind is written in lower case.
    """
    m = _LOCAL_BODY.match(f, pos)
    return m is not None and text[pos].isupper() and text[pos + 1 : m.end()].islower()


def _next_kind(f: str, start: int, i: int, after: int) -> bool:
    """A collective closed by its level, then bodies of another kind.

    "các Sở, ban, ngành, đoàn thể cấp tỉnh, cơ quan ngành dọc đóng trên địa bàn": the
    level ends the first list; "cơ quan …" after it is a second owner.
    """
    return bool(
        re.match(r"(?:cac |nhung )\S", f[start:i])
        and re.search(r"\b(?:cap (?:tinh|huyen|xa|trung uong)|cac cap)$", f[start:i])
        and re.match(r"(?:co quan|don vi)\s", f[after:])
    )


# An office holder named by a level and no place ("Bí thư tỉnh ủy"), and one whose
# places a colon lists ("Chủ tịch Ủy ban nhân dân các tỉnh: …").
_BARE_OFFICE = re.compile(
    r"(?:dong chi )?(?:bi thu|chu tich|giam doc|thu truong)(?: (?:tinh|thanh) uy"
    r"| (?:uy ban nhan dan|ubnd) (?:tinh|thanh pho))?\s+va\s+$"
)
_OFFICE_OF_PLACES = re.compile(
    r"(?:bi thu|chu tich|giam doc|thu truong)\b[^,;:]{0,40}\bcac (?:tinh|thanh pho)\s*:"
)


# "…, Chánh án Tòa án nhân dân tỉnh, …", "Chánh Thanh tra tỉnh": a court's or an
# inspectorate's head, named with the body he heads, the same.
_HEAD_OF_UNIT = re.compile(
    r"(?:(?P<k>chi cuc|tong cuc|cuc|vu|vien) truong (?P=k)|chanh an toa an|chanh thanh tra)\b"
)


# One comrade ("Đồng chí", never "các đồng chí …, Uỷ viên Ban Chấp hành …, bí thư …", a
# list of people by their seats) by a seat on a Party committee.
_COMMITTEE_SEAT = re.compile(r"dong chi uy vien ban (?:thuong vu|(?:ban )?chap hanh)\b")
_SEAT_HOLDER_OFFICE = re.compile(
    r"(?:pho )?(?:chu tich|bi thu|giam doc|truong ban|truong phong|chanh van phong)\b"
)


_UNIT_OF_TWO = re.compile(r"(?:^|\s)(?:phong|ban|khoa|trung tam)\s+[a-z&]{2,6}\s+va\s*$")
_LAST_ACRONYM = re.compile(r"(?!(?:khoa|phong|ban|vien|so|bo|cuc|vu)\s*$)[a-z&]{2,6}\s*$")


def _splits(f: str, start: int, after: int, *, and_: bool = False, cell: bool = False) -> bool:
    """Whether a separator before a body ends the name that runs from ``start``."""
    head = f[start:after]
    # "Chủ tịch Ủy ban nhân dân các Huyện, Thị xã, Thành phố" (capitalised as a title):
    # the kinds of locality "các" lists run on to the last; "Thành phố" with no name
    # after it is one more kind, not a city named on its own.
    if _LOCALITY_KINDS_RUN.search(head) and _LAST_LOCALITY_KIND.match(f, after):
        return False
    # "Tổng công ty, công ty và các đơn vị trực thuộc Thành phố": enterprises named by
    # their kind, then the other units; "trực thuộc Thành phố" says whose all of them are,
    # one collective phrase.
    if (
        and_
        and _ENTERPRISE_KINDS.fullmatch(re.sub(r"[\s,]*(?:\bva\s*)?$", "", head))
        and re.match(r"cac (?:don vi|co quan) (?:truc )?thuoc\s", f[after:])
    ):
        return False
    # "người đứng đầu cấp ủy, tổ chức đảng, cơ quan, đơn vị": the head of each of the
    # kinds listed, one title over all of them; the kinds are no bodies of their own.
    if (
        not and_
        and re.match(r"nguoi dung dau (?!cac\b)", head)
        and re.match(r"(?:to chuc dang|co quan|don vi|dia phuong)\b", f[after:])
    ):
        return False
    # "Ủy ban nhân dân thành phố Hà Nội, Thành phố Hồ Chí Minh": the places of one title.
    if re.search(r"\b(?:uy ban nhan dan|ubnd)\b", head) and _NAMED_PLACE.match(f, after):
        return False
    # A table's owner cell (or an owner heading) "Các bộ, cơ quan ngang bộ, Ủy ban nhân
    # dân các tỉnh, thành phố trực thuộc trung ương" lists two collectives that own the row
    # jointly; the same words as a sentence's subject are the Government's one formula
    # (below).
    if cell and re.match(r"(?:cac )?bo, co quan ngang bo\b", head):
        return bool(re.match(r"(?:uy ban nhan dan|ubnd)\b", f[after:]))
    # "Đồng chí Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã": a seat on
    # a Party committee, then the office the same person holds; one person, two titles.
    if not and_ and _COMMITTEE_SEAT.match(head) and _SEAT_HOLDER_OFFICE.match(f, after) is not None:
        return False
    # "Sở Nông nghiệp và PTNT", "Bộ NN và PTNT": the rural development of the same body's
    # name, by its acronym; not a second body.
    if and_ and re.search(r"\b(?:nong nghiep|nn)\s+va\s*$", head) and f.startswith("ptnt", after):
        return False
    # "Phòng KT và ĐBCL": a department named by the acronyms of its two duties ("Khảo thí
    # và Đảm bảo chất lượng"), one unit; the second acronym names no body of its own.
    if and_ and _UNIT_OF_TWO.search(head) and _LAST_ACRONYM.match(f, after):
        return False
    # "Đảng uỷ Mặt trận Tổ quốc, các đoàn thể tỉnh" (or "thành phố", "Trung ương"): since
    # 2025 one Party committee of the Front and the mass organisations of a level, one body.
    if re.search(r"\bdang uy mat tran to quoc,?\s*$", head) and re.match(
        r"cac doan the (?:tinh|thanh pho|trung uong)\b", f[after:]
    ):
        return False
    # "Thủ trưởng các sở, ban, ngành và Ủy ban nhân dân …": the title covers both; not
    # when a title of its own follows ("Lãnh đạo các sở … và Chủ tịch Ủy ban nhân dân …").
    if (
        and_
        and re.match(r"(?:thu truong|lanh dao|chu tich|giam doc) cac\b", head)
        and not re.match(r"(?:thu truong|lanh dao|chu tich|giam doc|bo truong)\s", f[after:])
    ):
        return False
    # "Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa": the
    # places listed after the colon are both office holders'; one phrase of two titles.
    if and_ and _BARE_OFFICE.match(head) and _OFFICE_OF_PLACES.match(f, after):
        return False
    # "các đoàn kiểm tra của Bộ Chính trị, Ban Bí thư", "Ủy viên Bộ Chính trị, Ban Bí thư":
    # the Politburo and the Secretariat, named together, are whose the name is.
    if (
        not and_
        and re.search(r"\b(?:cua|uy vien) bo chinh tri\W*$", head)
        and f.startswith("ban bi thu", after)
    ):
        return False
    # "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, …, Chủ tịch Ủy ban nhân dân …": one phrase
    # of office holders that a bare title opens.
    # "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và các tổ chức thành viên": its own
    # members, named with it.
    # "… và các tổ chức thành viên khác của Mặt trận" after another body: owners of their own.
    if (
        and_
        and f.startswith("cac to chuc thanh vien", after)
        and not f.startswith("cac to chuc thanh vien khac", after)
    ):
        return False
    # "Các sở, cơ quan trực thuộc Sở và các cơ quan liên quan": collectives joined by
    # "và" with no body named are one collective phrase.
    if (
        and_
        and re.match(r"(?:cac|nhung)\s", head)
        and re.match(r"cac (?:co quan|don vi)(?: co)? lien quan\b", f[after:])
    ):
        return False
    # "Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh
    # …": the ministers, their plural named, then the provinces' chairs: two levels, two
    # owners (a bare "Bộ trưởng, …, Chủ tịch …" stays the one phrase below). So too with
    # "… cơ quan thuộc Chính phủ và Chủ tịch Ủy ban nhân dân các tỉnh …".
    if re.match(r"(?:cac )?(?:dong chi )?bo truong cac bo\b", head) and re.match(
        r"chu tich (?:uy ban nhan dan|ubnd) cac tinh\b", f[after:]
    ):
        return True
    # "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, …": after the
    # office holders a body named as such (no "Chủ tịch" before it) is an owner of its own.
    if re.match(r"(?:cac )?(?:bo truong|thu truong)\b", head) and re.match(
        r"(?:uy ban nhan dan|ubnd)\b", f[after:]
    ):
        return True
    # "Thủ trưởng các đơn vị thuộc Bộ, Cục trưởng Cục Thi hành án …": after the heads of
    # a plural, the head of a unit named by its kind ("Cục trưởng Cục", "Vụ trưởng Vụ")
    # is an owner of its own.
    if not and_ and _HEAD_OF_UNIT.match(f, after):
        return True
    # "Thủ trưởng các sở, ban ngành tỉnh, Chủ tịch UBND cấp huyện …": a province's heads
    # of departments, then its districts' chairs: two levels, two owners, as with the
    # ministers and the provinces' chairs above.
    if (
        not and_
        and re.match(r"(?:cac )?(?:dong chi )?(?:thu truong|giam doc) cac so\b", head)
        and re.match(
            r"chu tich (?:uy ban nhan dan|ubnd) (?:cac huyen|cap huyen|cac quan)\b", f[after:]
        )
    ):
        return True
    # "Giám đốc các sở, Thủ trưởng các ban, ngành …": the title with its plural, too.
    if re.match(
        r"(?:cac )?(?:dong chi )?(?:bo truong|thu truong|chu tich|giam doc)(?: cac \w+)?\s*,",
        head,
    ):
        return False
    # The Government's formula "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban
    # nhân dân các tỉnh, thành phố trực thuộc trung ương" is one collective owner, and so
    # is its short form "các bộ, ngành và Ủy ban nhân dân các tỉnh, thành phố …".
    # "(Tổ đảng ở) Thường trực Hội đồng Dân tộc, các Ủy ban của Quốc hội": the standing
    # bodies of the Ethnic Council and of each committee, named together. (The bodies
    # themselves, "Hội đồng Dân tộc, các Ủy ban của Quốc hội", are two owners.)
    if re.search(r"\bthuong truc hoi dong dan toc\s*,?\s*(?:va\s*)?$", head) and f.startswith(
        "cac uy ban cua quoc hoi", after
    ):
        return False
    # "Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh": one office serving both.
    if (
        and_
        and re.search(r"\bvan phong doan dai bieu quoc hoi\s*(?:va\s*)?$", head)
        and re.match(r"(?:hdnd|hoi dong nhan dan)\b", f[after:])
    ):
        return False
    # "Các tỉnh uỷ, thành uỷ, (các ban đảng,) đảng uỷ trực thuộc Trung ương …" as a
    # sentence's subject: the Party's formula for its committees of every province and
    # branch, one collective owner. (An owner heading or cell of the same words lists
    # each kind as an owner of its own, as the plan file does.)
    if not cell and re.search(r"\btinh uy, thanh uy\b", head) and _PARTY_BRANCHES.match(f, after):
        return False
    # "Ban Thường vụ Tỉnh uỷ, Thành uỷ": the province's or the city's, one body named by
    # both kinds.
    if re.search(r"\btinh uy\s*,\s*$", head) and f.startswith("thanh uy", after):
        return False
    # "các cấp uỷ, tổ chức đảng, chính quyền, Mặt trận Tổ quốc Việt Nam và các tổ chức
    # chính trị - xã hội": the Party's formula for the whole political system, one
    # collective owner (its named front included).
    if re.match(r"(?:cac |nhung )?cap uy, to chuc dang, chinh quyen\b", head) and re.match(
        r"(?:mat tran to quoc|cac to chuc chinh tri\s*-\s*xa hoi)\b", f[after:]
    ):
        return False
    # "các cấp uỷ, tổ chức đảng, các cơ quan chức năng", "cấp uỷ, chính quyền địa phương
    # các cấp": collectives of every level, listed by commas, are one collective owner.
    if (
        not and_
        and re.match(r"(?:cac |nhung )?cap uy\b", head)
        and re.match(r"(?:cac|nhung|chinh quyen)\s", f[after:])
    ):
        return False
    if re.match(
        r"(?:cac )?bo, nganh(?: trung uong)?\s*,?\s*(?:va\s*)?$", head
    ) and _PROVINCES.match(f, after):
        # An owner heading or cell listing them by a comma ("Đối với các bộ, ngành, Ủy
        # ban nhân dân các tỉnh, thành phố:") names the two collectives, as above.
        return cell and not and_
    return not re.match(r"(?:cac )?bo, co quan ngang bo\b", head)


# The provinces' people's committees as a collective, written out or abbreviated ("Ủy ban
# nhân dân các tỉnh, …", "UBND tỉnh, thành phố trực thuộc trung ương").
_PROVINCES = re.compile(r"(?:uy ban nhan dan|ubnd) (?:cac tinh|tinh, thanh pho)\b")
# The Party's branches that the formula "các tỉnh uỷ, thành uỷ, …" goes on with.
_PARTY_BRANCHES = re.compile(
    r"(?:cac )?(?:ban dang|ban can su dang|dang doan|dang uy (?:khoi |cac co quan )?truc thuoc)\b"
)


def _distributive(text: str, f: str, end: int, registry: Registry) -> list[str]:
    """Expand a distributive list: "các Đảng uỷ: Chính phủ; Quốc hội" names two bodies.

    Each name takes the kind ("Đảng uỷ Chính phủ", "Đảng uỷ Quốc hội"); a last item
    joined by "và" ("Bộ Nội vụ và các cấp uỷ, tổ chức đảng") ends the list, when a body's
    name follows "và" ("các Bộ: Xây dựng; Khoa học và Công nghệ": "và" inside a name).
    """
    m = _DISTRIBUTIVE.match(f)
    assert m is not None
    kind = text[m.start(1) : m.end(1)]
    kind = kind[:1].upper() + kind[1:]
    parts = [p.strip(_TRAILING + " ") for p in text[end:].split(";")]
    out = []
    source = text.strip(_TRAILING + " ")
    after: list[str] = []
    for k, part in enumerate(parts):
        pf = _aligned(part)
        joined = next(
            (
                j.start()
                for j in re.finditer(" và ", part)
                if starts_body(part, pf, j.end(), registry)
            ),
            None,
        )
        if k == len(parts) - 1 and joined is not None:
            last, rest = part[:joined], part[joined + len(" và ") :]
            out += _kinds_of(kind, last.strip(), registry)
            after = split_names(rest, registry)
            source = source[: source.rfind(rest)].rstrip()
            source = re.sub(r"\s*(?:;|\bvà)$", "", source)
            continue
        if part:
            out += _kinds_of(kind, part, registry)
    # "các Bộ: Quốc phòng, Công an": the bodies it expands to may keep the list as
    # written (see the extractor's _kept_as_listed). One name left whole ("Bộ Công an,
    # Kế hoạch và Đầu tư, …": not every part known) may too. A list parted by ";"
    # ("các Đảng uỷ: Chính phủ; Quốc hội") is expanded, each item a name of its own.
    if ";" not in text[end:] and (len(out) > 1 or (out and ", " in out[0])):
        registry.distributed[frozenset(out)] = source
    return out + after


def _kinds_of(kind: str, part: str, registry: Registry) -> list[str]:
    """The bodies of one item of a distributive list: ", " parts only when all are known.

    "các Bộ: Kế hoạch và Đầu tư, Tài chính" lists two ministries (each one known once
    its kind is put before it); "các Bộ: Văn hóa, Thể thao và Du lịch" one ministry whose
    name holds a comma.
    """
    whole = f"{kind} {part}"
    pieces = [f"{kind} {p.strip()}" for p in part.split(", ")]
    if len(pieces) < 2 or _known_whole(whole, registry):
        return [whole]
    if all(_known_whole(p, registry) for p in pieces):
        return pieces
    return [whole]


def _known_whole(name: str, registry: Registry) -> bool:
    f = _aligned(name)
    return _known_at(f, 0, registry) == len(f)


def _all_caps(s: str) -> bool:
    # Read up to the first small letter only: ``s`` may be the rest of a long paragraph.
    letters = 0
    for c in s:
        if c.isalpha():
            if not c.isupper():
                return False
            letters += 1
    return letters >= 4


# A lead-in whose subject concludes or speaks ("… kết luận (tại …) như sau:").
_SPEAKER = re.compile(r"\s(?:ket luan|phat bieu)\b[^.;]*\bnhu sau\s*:?\s*$")


def _without_tail_bracket(text: str) -> str:
    """``text`` without the bracket closing it, a bracket inside it kept with it.

    "Đảng ủy cơ sở (hoặc ban thường vụ … (đối với chi bộ thôn, tổ dân phố))": the whole
    aside goes, not the inner one alone (which would leave a bracket open).
    """
    t = text.rstrip(" :.")
    if not t.endswith(")"):
        return text
    depth = 0
    for i in range(len(t) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(t[i], 0)
        if depth == 0:
            return t[:i].rstrip() if i > 0 else text
    return text


# "Cơ quan thường trực Ban Chỉ đạo …": the role's words before the body it serves.
_ROLE_WORDS = re.compile(r"^(?:co quan |don vi )?(?:thuong truc|chu tri|dau moi|tham muu)\s+")


def _role_of_body(tail: str, registry: Registry) -> bool:
    """Whether a held role's words name a body it serves, however long its name.

    "… - Cơ quan thường trực Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ,
    đổi mới sáng tạo, chuyển đổi số và Đề án 06": a steering body's long name, no
    sentence running on after the role.
    """
    role = _ROLE_WORDS.match(_aligned(tail))
    return role is not None and is_owner_list(tail[role.end() :], registry)


def is_owner_list(text: str, registry: Registry) -> bool:
    """Whether ``text`` is nothing but a list of bodies (an owner heading, a cell)."""
    text = _without_tail_bracket(text)  # "Bộ X (cơ quan thường trực):"
    held = _HELD_ROLE.search(_aligned(text))
    if held is not None and (
        len(text[held.end() :].split()) <= _HELD_ROLE_WORDS
        or _role_of_body(text[held.end() :], registry)
    ):
        # "Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo": a heading naming the body and
        # the role it holds (never a sentence running on after the role).
        text = text[: held.start()]
    # "Đề nghị: Hội Nông dân tỉnh, …": the request's colon before the names. "Yêu cầu
    # đối với Công ty X" heads what a notice requires of the body it names.
    body = re.sub(
        r"^(?:trach nhiem cua|giao|de nghi|yeu cau doi voi|doi voi)(?:\s*:)?\s+", "", fold(text)
    )
    body = body.strip(_TRAILING)
    offset = len(fold(text).strip(_TRAILING)) - len(body)
    t = text.strip(_TRAILING)[offset:]
    if not t:
        return False
    f = _aligned(t)
    if not starts_body(t, f, 0, registry) or _SPEAKER.search(f):
        return False
    end = name_end(t, f, 0, len(t), registry)
    return end >= len(t.rstrip(_TRAILING)) - 1


# --------------------------------------------------------------------------- subjects


class _AsksNoOne(Exception):
    """A request whose sentence names no one after its verb (see ``asks_no_one``)."""


def asks_no_one(text: str, registry: Registry) -> bool:
    """Whether ``text`` is a speaker's request naming no addressee.

    "Bộ trưởng … yêu cầu thành lập tổ công tác …", "Chính phủ cũng yêu cầu ban hành …":
    a task is asked for, and no body is named to do it (the speaker is not its owner).
    """
    try:
        _subject(text, registry)
    except _AsksNoOne:
        return True
    m = _PLACE_ASKS.match(text)
    if m is not None:
        return not starts_body(text, _aligned(text), m.end(), registry)
    # "Đối với …, đồng chí Nguyễn Văn A yêu cầu tập trung hỗ trợ …": the leader by name
    # after the topic, then the work asked, in small letters, of no one named.
    topic = _TOPIC_FIRST.match(text)
    rest = text[topic.end() :] if topic is not None else ""
    m = _SPEAKER_ASKS.match(rest)
    if m is None or not m["name"] or not all(w[:1].isupper() for w in m["name"].split()):
        return False
    return rest[m.end() : m.end() + 1].islower() and not starts_body(
        rest, _aligned(rest), m.end(), registry
    )


_TOPIC_FIRST = re.compile(r"^(?:Về|Đối với|Liên quan (?:đến|tới)) [^,.;:]{3,120},\s*")


# A report of a city's or province's conclusions names who asks by the place, in small
# letters or by its name: "Về …, thành phố yêu cầu …", "Đáng chú ý, Hà Nội cũng yêu cầu
# …", "Ngoài ra, tỉnh cũng yêu cầu …"; with no body after the verb, no one is asked.
_PLACE_ASKS = re.compile(
    r"^(?:(?:Về|Đối với|Liên quan đến) [^,.;:]{3,120},\s*"
    r"|(?:Ngoài ra|Đáng chú ý|Đồng thời|Bên cạnh đó),\s*)?"
    r"(?:[Tt]hành phố|[Tt]ỉnh|[A-ZĐ][a-zà-ỹđ]+ [A-ZĐ][a-zà-ỹđ]+)(?: cũng)? (?:yêu cầu|đề nghị)\s+"
)


# A news report names who asks by a title a scrape writes in lower case ("Phó thủ tướng
# yêu cầu …"; the title spelled in capitals is a known body, read as any other), by a
# steering committee ("Ban chỉ đạo phòng chống Covid-19 TP HCM đề nghị …": its name's
# "chỉ đạo" is no act) or by the person ("Ông Trần Văn A, Phó chủ tịch UBND …, yêu cầu …",
# "Ông A yêu cầu …", "Đồng chí Nguyễn Văn A yêu cầu …"), maybe after "Đồng thời" with no
# comma; who is asked owns the request.
# A report cut past its opening clause starts at the person in lower case ("…, ông
# Nguyễn Thiện Nhân lưu ý các địa phương …"); "lưu ý X …" asks X as "đề nghị" does.
_SPEAKER_ASKS = re.compile(
    # "Theo đó, ông X đã giao …", "Ngoài ra, ông X cũng giao …": a report going on with
    # what the leader directed; "Theo Thông báo số 38/TB-UBND này, Phó Chủ tịch … giao
    # …": the page's document cited, then who in it directed whom.
    r"^(?:(?:Đồng thời|Cụ thể|Theo đó|Ngoài ra|Bên cạnh đó"
    r"|Theo (?:Thông báo|Công văn|Văn bản|Quyết định|Kế hoạch|Chỉ thị|Kết luận)"
    r"(?: số [^\s,;:]{1,30})?(?: này)?),?\s+)?"
    # "Phó Thủ tướng Trần Hồng Hà yêu cầu, Bộ X …": the office, then the holder's name,
    # each word capitalised; a report may put a comma after the verb, the list follows.
    r"(?:Phó [Tt]hủ tướng(?: [Cc]hính phủ)?(?: [A-ZĐÀ-Ỹ][a-zà-ỹđ]*){0,4}?"
    r"|Ban chỉ đạo(?: [^,.;:]{3,60}?)?"
    r"|(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí)(?P<name>(?: \w+){1,4}?)"
    r"(?:, [^,.;:]{3,80},)?"
    # "Người đứng đầu chính quyền tỉnh cũng yêu cầu huyện X …": the leader named by what
    # he heads, as a report calls him a second time.
    r"|[Nn]gười đứng đầu (?:Chính phủ|chính quyền (?:tỉnh|thành phố|huyện))"
    # "Phó Chủ tịch quận đã giao Phòng X …": a local leader named by the place he heads,
    # without the committee's name.
    r"|(?:Phó )?Chủ tịch (?:quận|huyện|tỉnh|thành phố|thị xã|phường|xã)"
    r")(?: cũng)?(?: đã)? (?:yêu cầu|giao|đề nghị|lưu ý|chỉ đạo),?\s+(?=\S)"
)


# A report of a city's or province's letter names who asks by its leadership, by the
# document or, going on with the report's requests, by the place: "Theo đó, lãnh đạo thành
# phố yêu cầu Sở …", "Do đó, lãnh đạo thành phố giao Sở …", "Quyết định cũng giao Bộ …",
# "Thành phố cũng giao Sở …", "Hà Nội cũng yêu cầu các cơ quan …", "Chính quyền Thủ đô
# cũng yêu cầu …"; who is asked owns the request. The place or the document alone
# ("Thành phố yêu cầu …", with no connective and no "cũng") is left to the page's own
# reading.
_REPORTED_ASKS = re.compile(
    r"^(?P<conn>(?:Theo đó|Đặc biệt|Do đó|Vì vậy|Đồng thời|Cụ thể|Ngoài ra|Bên cạnh đó"
    r"|Đáng chú ý),?\s+)?"
    # "lãnh đạo tỉnh Đồng Nai yêu cầu …": the leadership, perhaps with its place's name.
    r"(?:(?P<leader>[Ll]ãnh đạo (?:thành phố|tỉnh|huyện)(?: [A-ZĐÀ-Ỹ][a-zà-ỹđ]*){0,3})"
    # The document with "cũng" ("Quyết định cũng giao …"): "Văn bản yêu cầu các hội …"
    # alone is a document to draft, named with what it will require.
    r"|(?:Quyết định|Công văn|Văn bản|Chỉ thị|Công điện|Thông báo|Kế hoạch)(?: này)?"
    r"|[Tt]hành phố|[Tt]ỉnh|[Cc]hính quyền [^,.;:]{2,40}?|[A-ZĐ][a-zà-ỹđ]+ [A-ZĐ][a-zà-ỹđ]+)"
    r"(?P<also> cũng)? (?:yêu cầu|giao|đề nghị)\s+(?=\S)"
)


# A schedule entry's time before a colon: "Cuối tháng 3 năm 2010:", "Quý II/2026:".
# "Hạn cuối cùng các HĐGSCS nộp …": a timetable's row opens with "the last day for", then
# who does what.
# Not before its day ("Hạn chót ngày 22/02/2026, Ban X gửi …"): that is the limit
# opening the sentence, as "Chậm nhất là ngày …, Ban X …", read past its comma.
_DUE_OPENS = re.compile(
    r"^Hạn (?:cuối(?: cùng)?|chót)(?: để)?\s+(?=\S)(?!(?:là\s+)?(?:ngày\s+)?\d)", re.IGNORECASE
)
_TIME_COLON = re.compile(
    r"^(?:(?:cuối|đầu|giữa|trước|trong|hết)\s+)?(?:tháng|quý|năm|ngày)\s+[^:;,.]{1,25}:\s+",
    re.IGNORECASE,
)
# A leader by office ("Thứ trưởng Đỗ Hữu Hào", "Phó Chủ tịch …", "các đồng chí Thứ
# trưởng khác") who directs the body that leads the work.
_LEADER = re.compile(
    r"^(?:cac )?(?:dong chi )?(?:thu truong|pho chu tich|chu tich|bo truong|pho giam doc"
    r"|giam doc|lanh dao)\b"
)
_DIRECTS = re.compile(r"\s*,?\s*chi dao\s+(?=\S)")
# An office of plural bodies: "Chủ tịch Ủy ban nhân dân các tỉnh", "Giám đốc các sở".
_OFFICE_OF_PLURAL = re.compile(r"\S\s+cac\s")


def _directed_lead(text: str, got: Subject, registry: Registry) -> Subject | None:
    """The body a leader directs to lead, read as the owner in the leader's place.

    "Thứ trưởng A (phối hợp với Thứ trưởng B) chỉ đạo Vụ X chủ trì, phối hợp với …": Vụ X
    leads, its partners are the work's; the leaders who supervise are neither.
    """
    people = [*got.leads, *got.responsible]
    if not people or not all(_LEADER.match(fold(n.written)) for n in people):
        return None
    if any(_OFFICE_OF_PLURAL.search(fold(n.written)) for n in people):
        # "Chủ tịch Ủy ban nhân dân các tỉnh … chỉ đạo các ngành, Ủy ban nhân dân cấp xã
        # phối hợp …": the heads of every province, addressed, own the work they direct;
        # only a named leader supervising ("Thứ trưởng A chỉ đạo Vụ X …") stands aside.
        return None
    m = _DIRECTS.match(_aligned(text), got.end)
    if m is None:
        return None
    try:
        led = _subject(text[m.end() :], registry)
    except _AsksNoOne:
        return None
    if led is None or not led.leads:
        return None
    led.end += m.end()
    return led


# "Lãnh đạo, chỉ đạo …", "Lãnh đạo và tổ chức thực hiện …": "lãnh đạo" (to lead) is the
# first of a pair of verbs, not the office ("Lãnh đạo Sở Y tế chỉ đạo …").
_LEAD_VERBS = re.compile(
    r"^lanh dao\s*(?:,|va)\s*(?:chi dao|quan ly|dieu hanh|to chuc|kiem tra|giam sat)\b"
)


# "Giao Phó Thủ tướng Chính phủ Trần Hồng Hà, Phó Trưởng Ban Thường trực Ban Chỉ đạo …
# trực tiếp chỉ đạo …": an office-holder named with his own name, then, after a comma,
# another post the same person holds. The apposition says who he is besides; he is the
# owner once, by the office the sentence gives first.
_HOLDER_OFFICE = re.compile(
    r"^(?:(?:đồng chí|ông|bà)\s+)?(?:Phó\s+)?(?:Thủ tướng|Bộ trưởng|Thứ trưởng|Chủ tịch|Bí thư"
    r"|Giám đốc|Tổng cục trưởng|Cục trưởng|Vụ trưởng|Trưởng ban|Chủ nhiệm)\b",
    re.IGNORECASE,
)
_SECOND_POST = re.compile(
    r"(?:^|,\s+)(?:Phó\s+)?(?:Trưởng [Bb]an|Chủ tịch|Bí thư|Giám đốc|Chủ nhiệm|Tổ trưởng"
    r"|Trưởng [Đđ]oàn|Ủy viên|Uỷ viên)\b"
)
_PLACE_WORDS = frozenset(["tinh", "thanh pho", "pho", "huyen", "quan", "xa", "phuong", "thi xa"])


def _named_holder(written: str) -> bool:
    """Whether ``written`` is an office followed by its holder's own name ("… Trần Hồng Hà")."""
    if not _HOLDER_OFFICE.match(written):
        return False
    words = written.split()
    for size in range(min(4, len(words) - 2), 1, -1):
        person = words[-size:]
        if (
            fold(person[0]) in SURNAMES
            and all(w[:1].isupper() for w in person)
            and fold(words[-size - 1]) not in _PLACE_WORDS
        ):
            return True
    return False


def _has_person(written: str) -> bool:
    """Whether a post names its holder ("Bộ trưởng Bộ Tài chính Hồ Đức Phớc")."""
    words = written.split()
    return any(
        fold(w) in SURNAMES and all(x[:1].isupper() for x in words[k : k + 3])
        for k, w in enumerate(words[1:-1], start=1)
        if len(words[k : k + 3]) >= 2
    )


def _without_second_posts(names: list[Named]) -> list[Named]:
    """Office-holders named with their own names, without the other posts given after them.

    See ``_HOLDER_OFFICE``: the post after the comma may stay in the name ("…, Phó Trưởng
    Ban Thường trực Ban Chỉ đạo Nhà nước các công trình, dự án …" runs on with commas of its
    own) or be split off as a name of its own; a post naming a holder of its own ("…, Bộ
    trưởng Bộ Tài chính Hồ Đức Phớc") is a second person, kept.
    """
    out: list[Named] = []
    for name in names:
        n = name
        m = _SECOND_POST.search(n.written, 1)
        if m is not None and _named_holder(n.written[: m.start()].rstrip()):
            if not _has_person(n.written[m.end() :]):
                n = Named(n.written[: m.start()].rstrip(), n.key, n.known)
        elif (
            out
            and _named_holder(out[-1].written)
            and _SECOND_POST.match(n.written)
            and not _has_person(n.written)
        ):
            continue
        out.append(n)
    return out


# What a sentence may open with before its subject, set off by a comma: its time
# ("Quý IV năm nay đến Quý I năm tới, Bộ Kế hoạch và Đầu tư chủ trì …"; a quarter is no
# fund, "Quỹ") or its topic ("Về thực hiện mô hình chính quyền đô thị, Bộ Nội vụ chủ trì
# …"; the topic is no one's name).
_OPENING_COMMA = re.compile(
    r"^(?:(?:(?:[Cc]uối|[Đđ]ầu|[Gg]iữa|[Tt]rước|[Tt]rong|[Hh]ết|[Tt]ừ)\s+)?(?:[Qq]uý|[Tt]háng)"
    r"\s+[IVX\d]{1,4}\b[^:;,.]{0,40}|Về\s+[^,.;:]{3,120}"
    # "Trước diễn biến phức tạp của dịch …, Chủ tịch UBND tỉnh yêu cầu X …": the situation
    # a report says the request answers.
    r"|Trước (?:diễn biến|tình hình|thực trạng)\s+[^,.;:]{3,120}"
    # "Trên cơ sở nội dung 28 nghị định, Thủ tướng yêu cầu X …": the ground a request
    # stands on, before whoever makes it.
    r"|Trên cơ sở\s+[^,.;:]{3,120}"
    # "Do vậy, Bộ X trân trọng đề nghị Y …": a letter's conclusion from its reasons.
    r"|Do vậy|Vì thế),\s+(?=[A-ZĐÀ-Ỹ])"
)


# A report's connective with no comma after it, then a capital: "Đồng thời Chủ tịch …".
_CONNECTIVE_NO_COMMA = re.compile(
    r"^(?:Đồng thời|Ngoài ra|Bên cạnh đó|Đặc biệt|Cụ thể)\s+(?=[A-ZĐÀ-Ỹ])"
)


# A news agency's tag before the lead: "(Baotinh.vn)-UBND tỉnh …", "(GDVN) - Bộ …". Not a
# list's label: a Roman numeral in brackets stands for a part.
_PRESS_TAG = re.compile(r"^\s*\((?![IVXLC]+\))[A-ZĐ][\w.&-]{1,30}\)\s*[-–—]\s*(?=[A-ZĐÀ-Ỹ])")


# A body named by its kind in lower case, as a plan names the one of each place:
# "Trung tâm y tế huyện", "Bệnh viện đa khoa tuyến tỉnh, huyện".
_KIND = (
    r"(?:Trung tâm|Bệnh viện|Trường(?! hợp\b)|Viện|Chi cục|Trạm|Đội|Đài|Văn phòng)"
    r"(?: (?!(?:có|chịu|chủ|và|với|cùng|các|phải|cần|sẽ)\b)[a-zà-ỹđ][\wà-ỹđ&-]*"
    r"| [A-ZĐ]{2,}[\w&-]*){1,6}?"
)
# Such a name alone as a point's heading over the body's tasks ("e) Bệnh viện đa khoa
# tuyến tỉnh, huyện" over "- Có trách nhiệm hướng dẫn …"), its levels after a comma.
_KIND_HEADING = re.compile(rf"{_KIND}(?:, (?:tỉnh|huyện|xã|thành phố|thị xã))*")


def kind_heading(text: str) -> bool:
    """Whether ``text`` is only a body named by its kind (see _KIND_HEADING)."""
    return _KIND_HEADING.fullmatch(text.strip(" .:;*")) is not None


_JUST_DID = re.compile(r"vừa (?:mới )?ban hành\s")


def subject(text: str, registry: Registry) -> Subject | None:
    """The owners a duty's sentence names at its start, by role; None when it names none."""
    if (tag := _PRESS_TAG.match(text)) is not None:
        # Only whom the lead says is asked: the lead's own act ("(X) - Chủ tịch UBND tỉnh
        # vừa ký quyết định …") is the report's news, not a duty.
        got = subject(text[tag.end() :], registry)
        if got is None or not (got.assigned or got.requested):
            return None
        got.end += tag.end()
        return got
    got = None
    if (opening := _OPENING_COMMA.match(text)) is not None:
        got = _read_subject(text[opening.end() :], registry)
        topic = text.startswith("Về")
        if got is not None and (got.leads or got.responsible):
            got.end += opening.end()
        if got is None or not (got.leads or got.responsible) or (topic and got.requested):
            # "Về một số giải pháp …, Thủ tướng yêu cầu các Bộ … triển khai …": a topic,
            # then a speaker's request, is how a report opens the requests it goes on to
            # detail ("Cụ thể, …"); it is read as before.
            got = None
    if got is None and (told := _REPORTED_ASKS.match(text)) is not None and told["leader"]:
        # "Đặc biệt, lãnh đạo thành phố yêu cầu Sở …, Viện …": the leadership asks; the
        # commas after are the list's, not an opener's end.
        got = _read_subject(text[told.end() :], registry)
        if got is not None and (got.leads or got.responsible):
            got.end += told.end()
            got.requested = True
        else:
            got = None
    if got is None and (said := _SPEAKER_ASKS.match(text)) is not None and said[0].endswith(", "):
        # "Phó Thủ tướng Trần Hồng Hà yêu cầu, Bộ X …": a report's comma after the verb;
        # the speaker is no owner, the list after the comma is asked.
        got = _read_subject(text[said.end() :], registry)
        if got is not None and (got.leads or got.responsible):
            got.end += said.end()
            got.requested = True
        else:
            got = None
    if got is None and (bare := _CONNECTIVE_NO_COMMA.match(text)) is not None:
        # "Đồng thời Chủ tịch UBND tỉnh đề nghị Huyện ủy, UBND huyện X …" (no comma after
        # the connective): the speaker asks; the commas after are the list's, not the
        # opener's end.
        got = _read_subject(text[bare.end() :], registry)
        if got is not None and (got.assigned or got.requested) and (got.leads or got.responsible):
            got.end += bare.end()
        else:
            got = None
    if got is None:
        got = _read_subject(text, registry)
    if got is not None:
        got.leads = _without_second_posts(got.leads)
        got.responsible = _without_second_posts(got.responsible)
    return got


def _read_subject(text: str, registry: Registry) -> Subject | None:
    if _LEAD_VERBS.match(fold(text.lstrip(" *"))):
        return None  # "Lãnh đạo, chỉ đạo triển khai …": two verbs, no leadership named
    try:
        got = _subject(text, registry)
    except _AsksNoOne:
        return _regarded_owner(text, registry)
    if got is None and _REGARDED.match(text):
        # "Đối với cán bộ, công chức …, Thủ tướng yêu cầu trong thực thi nhiệm vụ …": no
        # body after the request either; the one the sentence is "for" is asked.
        got = _regarded_owner(text, registry)
        if got is not None:
            return got
    if got is not None and (led := _directed_lead(text, got, registry)) is not None:
        return led
    if (when := _TIME_COLON.match(text) or _DUE_OPENS.match(text)) is not None:
        # "Cuối tháng 3 năm 2010: các cơ quan liên quan ở trung ương hoàn thành …": a
        # schedule's entry, its time, then who does what ("Quý II/2026:" is no "Quỹ").
        try:
            got = _subject(text[when.end() :], registry)
        except _AsksNoOne:
            return None
        if got is not None:
            got.end += when.end()
        return got
    m = _SPEAKER_ASKS.match(text) if got is None else None
    if m is not None and not all(w[:1].isupper() for w in (m["name"] or "").split()):
        return got
    if m is None and got is None:
        m = _REPORTED_ASKS.match(text)
        if m is not None and not (m["conn"] or m["leader"] or m["also"]):
            m = None
    if m is None:
        return got
    try:
        got = _subject(text[m.end() :], registry)
    except _AsksNoOne:
        return None
    if got is None and (place := _ASKED_PLACE.match(text, m.end())) is not None:
        # "Người đứng đầu chính quyền tỉnh cũng yêu cầu huyện Vân Canh tập trung …": the
        # speaker asks a local government by its place, in small letters.
        got = Subject(requested=True)
        got.responsible = [registry.register(Named(place["place"]))]
        got.end = place.end()
        return got
    if got is not None:
        got.end += m.end()
        got.requested = True
    return got


# A local government named by its kind and proper name in a sentence ("huyện Vân Canh",
# "thị xã An Nhơn"), then the work it is asked (a verb in small letters).
_ASKED_PLACE = re.compile(
    r"(?P<place>(?:huyện|quận|thị xã|thành phố|tỉnh|xã|phường)(?: [A-ZĐÀ-Ỹ][\wÀ-ỹ]*){1,3})"
    r"\s+(?=[a-zà-ỹđ])"
)


# A conclusion retold ministry by ministry: "Đối với Bộ Xây dựng, Phó Thủ tướng … yêu cầu
# tăng cường …". The request after the speaker names no one; the body the sentence is
# "for" is whom it asks.
_REGARDED = re.compile(r"^(?:Đối với|Riêng (?:đối với )?)\s*(?=\S)")
_REGARDED_ASKS = re.compile(r",[^,.;:]{3,90}?\s(?:cũng\s)?(?:yêu cầu|đề nghị|giao)\s+(?=\S)")


def _regarded_owner(text: str, registry: Registry) -> Subject | None:
    """The body of "Đối với X, <speaker> yêu cầu …" when the request names no one."""
    m = _REGARDED.match(text)
    if m is None:
        return None
    f = _aligned(text)
    # The comma before the speaker's clause: a list of bodies ("Đối với cán bộ, công
    # chức, …, Thủ tướng yêu cầu …") has commas of its own.
    ask = _REGARDED_ASKS.search(text, m.end(), m.end() + 300)
    comma = ask.start() if ask is not None else text.find(",", m.end())
    if comma < 0 or not starts_body(text, f, m.end(), registry):
        return None
    if name_end(text, f, m.end(), comma, registry) < comma - 1:
        return None  # "Đối với các dự án của Bộ X, …": a topic, not a body
    names = split_names(text[m.end() : comma], registry)
    if ask is None or not names:
        return None
    got = Subject(requested=True)
    got.responsible = [registry.register(Named(n)) for n in names]
    got.end = ask.end()
    return got


_CONNECTIVE_ASKS = re.compile(
    r"^(?:dong thoi|ngoai ra|ben canh do|tu do|cung voi do)\s*,?\s+"
    r"(?=(?:giao|yeu cau|de nghi|phan cong)\s)"
)


def _after_ordinal(text: str, f: str, registry: Registry) -> Subject | None:
    """The subject past a point's ordinal ("Hai là, giao Sở X chủ trì …"), or None.

    Past the ordinal the sentence reads as any other, its request or assignment too.
    """
    o = _ORDINAL_OPENING.match(f)
    if o is None or (inner := _subject(text[o.end() :], registry)) is None:
        return None
    inner.end += o.end()
    return inner


def _after_connective(text: str, f: str, registry: Registry) -> Subject | None:
    """The subject past a connective run into a request ("Đồng thời yêu cầu X …"), or None.

    "Đồng thời yêu cầu Bộ X và các địa phương, nghiên cứu …": the report's connective with
    no comma before the request; whom it asks owns the duty.
    """
    con = _CONNECTIVE_ASKS.match(f)
    if con is None or (inner := _subject(text[con.end() :], registry)) is None:
        return None
    inner.end += con.end()
    return inner


def _opening(text: str, f: str, registry: Registry, got: Subject) -> int:
    """Where a sentence's subject may begin past its opening words, or -1 for none.

    "Giao …", "Đề nghị …" (marking ``got`` assigned or requested), an ordinal, "Riêng …",
    an opener ("Định kỳ, …", "Căn cứ …, …").
    """
    pos = 0
    if m := _LEADING.match(f):
        got.assigned = bool(
            re.match(
                r"(?:bo chinh tri |ban bi thu |" + _HEAD_GIVES + "|" + _PAPER_GIVES + r")?"
                r"(?:giao|phan cong)",
                f,
            )
        )
        got.requested = not got.assigned
        pos = m.end()
    elif m := (_ORDINAL_OPENING.match(f) or _apart_body(text, f, registry)):
        # "Thứ hai, các chủ thể có liên quan phải …": the item's ordinal, then who (or no
        # one: "Thứ hai, chủ động phối hợp với …"); "Riêng Bộ X …", then who.
        pos = m.end()
    elif (op := _OPENERS.match(f)) is not None and not _NOT_PURPOSE.match(text, 0, op.end()):
        pos = _after_opener(text, f, registry)
        if pos < 0:
            return -1
    return pos


def _apart_body(text: str, f: str, registry: Registry) -> re.Match[str] | None:
    """A body singled out ("Riêng Bộ X …", see _APART), not a matter ("Riêng đối với …, X …")."""
    apart = _APART.match(f)
    if apart is None or starts_body(text, f, apart.end(), registry) or not _OPENERS.match(f):
        return apart
    return None


def _subject(text: str, registry: Registry) -> Subject | None:
    """The owners a duty's sentence names at its start, by role; None when it names none.

    "Giao X chủ trì, phối hợp với Y …" and "X chủ trì, phối hợp với Y …" give lead X
    and partners Y; "X phối hợp với Y …" gives lead X (its subject) and partners Y;
    any other subject ("X có trách nhiệm …", "Giao X, Y …") is responsible. A sentence
    that opens with "Định kỳ, …", "Căn cứ …, …" is read from the first comma after
    which a body begins.
    """
    f = _aligned(text)
    got = Subject()
    if (
        inner := _after_ordinal(text, f, registry) or _after_connective(text, f, registry)
    ) is not None:
        return inner
    pos = _opening(text, f, registry, got)
    if pos < 0:
        return None
    if not starts_body(text, f, pos, registry):
        return None
    if (such := _SUCH_AS.match(f, pos)) is not None and text[such.end() : such.end() + 1].isupper():
        # "các đơn vị như Cổng thông tin điện tử Bộ Nội vụ, Báo Dân trí, … cần …": the
        # bodies named after "như" are the owners; the collective only introduces them.
        pos = such.end()
    end = name_end(text, f, pos, min(len(text), pos + 400), registry)
    asked = _asked_at(text, f, pos, end, registry)
    if asked >= 0:
        # "Ủy ban nhân dân tỉnh giao Giám đốc các sở, … triển khai …": the issuer
        # assigns; the bodies after "giao" own the duty. So with "yêu cầu" (requires):
        # "Ủy ban nhân dân Thành phố yêu cầu các Sở, ban, ngành … triển khai …".
        got.assigned = True
        pos = asked
        end = name_end(text, f, pos, min(len(text), pos + 400), registry)
    if _SPEAKER.search(f[pos:end]):
        # "Phó Thủ tướng Chính phủ kết luận tại Thông báo … như sau:": who speaks, not
        # who does what follows.
        return None
    duty = _RESPONSIBLE.search(f, end, min(len(f), max(pos + 220, end + 100)))
    if (
        duty is not None
        # A name that already ends at its own "có trách nhiệm" ("Các cơ quan, đơn vị được
        # giao chủ trì có trách nhiệm …, các cơ quan phối hợp có trách nhiệm …").
        and not re.match(r"(?:co|chiu) trach nhiem\b", f[end:])
        and re.match(r"(?:cac|nhung)\s", f[_last_name(text, f, pos, end, registry) :])
        and not re.search(r"[;.:]", f[end : duty.start()])
    ):
        # "Các cơ quan được phân công chủ trì … có trách nhiệm": a relative clause; so
        # after a list, "Sở A, Sở B và các sở, ngành quản lý quy hoạch … có trách nhiệm".
        # Its scope ("theo chức năng quản lý của mình, …") is not part of the name.
        scope = _SCOPE.search(f, max(pos, end - 2), duty.start())
        end = scope.start() if scope is not None else duty.start()
    names = [_held_by(n, registry) for n in split_names(text[pos:end], registry)]
    if not names or [fold(n).strip(" *") for n in names] == ["thuong truc"]:
        # "(5) Thường trực báo cáo:": on duty (the verb) and reporting, the topic of the
        # bullets below; a standing office is named with the body it stands for.
        return None
    found = [registry.register(Named(n)) for n in names]
    rest = len(text) - len(text[end:].lstrip(" "))
    if text[rest : rest + 1] == "(":  # "(theo phạm vi, lĩnh vực)"
        close = text.find(")", rest)
        rest = close + 1 if close > 0 else rest
    role = _ROLE_AFTER.match(f, rest)
    if role is not None and role.group(1) == "dong chu tri":
        _joint_leads(text, f, role.end(), found, got, registry)
    elif role is not None and role.group(1) == "chu tri":
        got.leads = found
        got.partners, got.end = _partners(text, f, role.end(), registry)
        got.end = max(got.end, role.end())
        if not got.partners:
            got.partners = _taking_part(text, f, role.end(), registry)
    elif role is not None and role.group(1).startswith("phoi hop voi"):
        got.leads = found
        got.partners, got.end = _partners(text, f, role.start(), registry)
    else:
        got.responsible = found
        got.end = rest
    return got


# "Đại hội đại biểu Đảng bộ tỉnh hoàn thành trước …": a congress is held by the body whose
# it is; that body owns the work of holding it.
_CONGRESS_HEAD = re.compile(r"[Đđ]ại hội (?:đại biểu |đảng viên )?(?=\S)")


def _held_by(name: str, registry: Registry) -> str:
    """The body a congress named as a subject belongs to, else ``name`` as it stands."""
    m = _CONGRESS_HEAD.match(name)
    if m is None:
        return name
    rest = name[m.end() :]
    return rest if starts_body(rest, _aligned(rest), 0, registry) else name


def _joint_leads(
    text: str, f: str, pos: int, found: list[Named], got: Subject, registry: Registry
) -> None:
    """Joint leads: "X đồng chủ trì với Y, phối hợp với Z" has leads X, Y and partner Z."""
    got.leads = list(found)
    got.end = pos
    co = _CO_LEAD.match(f, pos)
    if co is not None and starts_body(text, f, co.end(), registry):
        stop = name_end(text, f, co.end(), min(len(text), co.end() + 400), registry)
        got.leads += [
            registry.register(Named(n)) for n in split_names(text[co.end() : stop], registry)
        ]
        got.end = stop
    got.partners, end = _partners(text, f, got.end, registry)
    got.end = max(got.end, end)


def _asked_at(text: str, f: str, pos: int, end: int, registry: Registry) -> int:
    """Where the bodies a subject assigns or asks begin ("X giao Y …"), or -1.

    Raises ``_AsksNoOne`` when the request after the name asks no body ("Bộ trưởng …
    yêu cầu thành lập …").
    """
    gives = re.search(r"\s(?:giao(?: cho)?|yeu cau)\s+(?=\S)", f[pos:end])
    after = -1
    if gives is not None and (
        text[pos + gives.end()].isupper()
        or gives.group(0).strip() == "yeu cau"
        or _NAMED_DISTRICT.match(text, pos + gives.end())
    ):
        after = pos + gives.end()
    head = _HEAD_GIVES_BODIES.search(f, pos, end) if after < 0 else None
    if head is not None and starts_body(text, f, head.end(), registry):
        # "Thủ tướng Chính phủ giao các bộ, cơ quan ngang bộ, … tiếp tục …": the head who
        # assigns, then the bodies (a collective in lower case) that own the work.
        after = head.end()
    asks = _ALSO_GIVES.match(f, end) if after < 0 else None
    if (
        asks is None
        and after < 0
        and _HEAD_SPEAKS.match(f, pos, end)
        and not _GIVEN_TO.search(f, 0, pos)
    ):
        # "Phó Thủ tướng (Trịnh Đình Dũng) chỉ đạo các bộ, ngành đẩy mạnh …": a report
        # quoting the head of government by title or name; whom he directs owns the work.
        # ("Giao Phó Thủ tướng … chỉ đạo các bộ …": the deputy is given the directing.)
        asks = _HEAD_DIRECTS.match(f, end)
    if asks is not None:
        # "Phó Thủ tướng … (cũng) yêu cầu Bộ X …", "Bộ trưởng … đề nghị người đứng đầu …":
        # the name ended at the request; who is asked owns the duty.
        after = asks.end()
    if after < 0 or starts_body(text, f, after, registry):
        return after
    if gives is not None and _NAMED_DISTRICT.match(text, after):
        # Only straight after "giao": in a list "các huyện, thị xã Long Khánh" the town is
        # one of the collective's members, not a body of its own.
        return after
    scoped = _ASKED_AFTER_SCOPE.match(f, after) if after >= 0 else None
    if (
        scoped is not None
        and starts_body(text, f, scoped.end(), registry)
        and _OBLIGED_SOON.match(f, scoped.end(), scoped.end() + 160)
    ):
        # "… Bí thư Thành ủy yêu cầu trong quá trình triển khai thực hiện, các cấp ủy
        # cần …": the request's scope, then whom it asks and what they must do.
        return scoped.end()
    if asks is not None and "giao" not in asks.group(0):
        # "Bộ trưởng … yêu cầu thành lập tổ công tác …": a request naming no one; the
        # speaker is not its owner.
        raise _AsksNoOne
    return -1


# A request's scope before its comma: "trong quá trình triển khai thực hiện, ",
# "cùng với công tác tổ chức Đại hội, ".
_ASKED_AFTER_SCOPE = re.compile(r"(?:trong|cung voi|truoc|sau|khi)\b[^,.;:]{3,80}?,\s+")


# A head of the issuer (or the Government) who assigns: "Thủ tướng Chính phủ giao …".
_HEAD_GIVES_BODIES = re.compile(
    r"\b(?:thu tuong(?: chinh phu)?|chinh phu|bo truong|chu tich)(?: cung)?(?: da)?"
    r"\s+giao(?: cho)?\s+(?=\S)"
)
# The head of government as a report quotes him: "Phó Thủ tướng", "Thủ tướng Phạm Minh
# Chính" (the office alone, "Thủ tướng Chính phủ chỉ đạo …", is an issuer's own duty).
_HEAD_SPEAKS = re.compile(r"(?:pho )?thu tuong(?! chinh phu\s*$)")
_GIVEN_TO = re.compile(r"\b(?:giao(?: cho)?|phan cong|de nghi|yeu cau)\s+$")
_HEAD_DIRECTS = re.compile(r"\s*(?:cung\s+)?(?:da\s+)?chi dao\s+(?=\S)")
_RESPONSIBLE = re.compile(r"\s(?:co|chiu) trach nhiem\b")
_SUCH_AS = re.compile(r"(?:cac|nhung) (?:don vi|co quan|bo, nganh|dia phuong|to chuc) nhu ")
# A news page reports a request still open in the past tense: "Cục X đã có văn bản đề
# nghị Sở Y chỉ đạo …", "UBND tỉnh đã yêu cầu Sở Y chủ trì …". Who is asked owns it as
# in the present; a lapsed date in it is history (spans' _not_past), not a deadline.
# "X chỉ thị Y …" asks as "yêu cầu" does. The letter that carries the request may be
# told in the present or as a follow-up, with its urgency or its round: "Bộ Y tế tiếp
# tục ra công văn lần thứ 2 đề nghị Sở Y …", "Sở X vừa có văn bản khẩn yêu cầu Y …":
# the letter is how the request came, Y still owns it.
_ALSO_GIVES = re.compile(
    r"(?:\s*\([^()]{1,80}\))?\s*(?:cung\s+)?"
    r"(?:(?:da|vua|tiep tuc)\s+(?:(?:co|ra|gui)\s+(?:van ban|cong van|cong dien|thong bao)"
    # "UBND tỉnh vừa ban hành Kế hoạch yêu cầu X …": the plan issued asks X, as a letter.
    r"(?:\s+(?:khan|hoa toc|so\s+\S+|lan(?: thu)?\s+\d+))*\s+"
    r"|ban hanh\s+(?:ke hoach|chi thi|quyet dinh|cong van|van ban|thong bao|chuong trinh)"
    r"(?:\s+(?:khan|hoa toc|so\s+\S+|lan(?: thu)?\s+\d+))*\s+)?"
    r"|(?:co|ra|gui)\s+(?:van ban|cong van|cong dien)(?:\s+(?:khan|hoa toc|so\s+\S+))*\s+)?"
    # "UBND tỉnh X cũng đã chỉ đạo cho Sở Y …": directing "for" a body names it.
    # "X chọn Đảng bộ Y tổ chức …": the one chosen to do it owns it.
    r"(?:giao(?: cho)?|yeu cau|de nghi|chi thi|chi dao cho|chon)\s+"
    # "… đề nghị trong thời gian tới Huyện ủy, UBND huyện X cần …": when, then whom.
    r"(?:(?:trong )?thoi gian toi\s*,?\s+)?(?=\S)"
)
_SCOPE = re.compile(
    r",?\s(?:theo (?:chuc nang|tham quyen|pham vi|linh vuc)|can cu|trong pham vi)\b"
)


def _last_name(text: str, f: str, pos: int, end: int, registry: Registry) -> int:
    """Where the last name of the list ``text[pos:end]`` begins (``pos`` for one name)."""
    names = split_names(text[pos:end], registry)
    if len(names) < 2:
        return pos
    at = text.rfind(names[-1], pos, end)
    return at if at >= 0 else pos


def _taking_part(text: str, f: str, pos: int, registry: Registry) -> list[Named]:
    """The bodies that take part in the next clause: the lead's partners.

    "X chủ trì thẩm tra; Y, các Ủy ban khác tham gia thẩm tra": the next clause of the
    sentence, its subject before "tham gia".
    """
    semi = f.find(";", pos, pos + 200)
    if semi < 0 or "." in f[pos:semi]:
        return []
    at = semi + 1
    while at < len(f) and f[at] == " ":
        at += 1
    if not starts_body(text, f, at, registry):
        return []
    end = name_end(text, f, at, min(len(text), at + 300), registry)
    if not re.match(r"\s*tham gia\b", f[end:]):
        return []
    return [registry.register(Named(n)) for n in split_names(text[at:end], registry)]


# "Đồng thời, …", "Ngoài ra, …": a connective alone before the first comma.
_BARE_CONNECTIVE = re.compile(r"^(?:dong thoi|ngoai ra|ben canh do)\s*,\s*")


# "Định kỳ 06 tháng và hằng năm, báo cáo …", "Định kỳ hằng quý báo cáo …": a cycle, then
# the verb.
# "Định kỳ (6 tháng, hằng năm) (hoặc đột xuất), …": a cycle opening a sentence.
_CYCLE_OPENING = re.compile(
    r"(?:dinh ky|hang (?:nam|quy|thang))"
    r"(?:\s*(?:,\s*|va\s+|hoac\s+)?(?:\d{1,2} thang|hang (?:nam|quy|thang)|nam|quy|thang)\b)*"
    r"(?:\s*,?\s*(?:hoac|va) dot xuat\b)?"
    r"\s*,?\s*"
)


def _then_owner(text: str, f: str, registry: Registry) -> int:
    """Where the owner after a condition's "thì" begins, or -1.

    "Đối với kiến nghị thuộc thẩm quyền của UBND tỉnh, Chủ tịch UBND tỉnh mà … thì Văn
    phòng UBND tỉnh chủ trì …": the bodies in the condition only say whose matter it is;
    the one after "thì" (possibly after a time phrase and its comma: "thì trong thời hạn
    07 ngày …, sở, ban, ngành … phải …") does the work.
    """
    then = re.search(r" thì ", text[:400])
    if then is None or re.search(r"[.;:]", text[: then.start()]):
        return -1
    at = then.end()
    if starts_body(text, f, at, registry):
        return at
    comma = text.find(", ", at, at + 150)
    if (
        re.match(r"(?:trong|trước|sau|kể từ|chậm nhất)\b", text[at:])
        and comma > 0
        and not re.search(r"[.;:]", text[at:comma])
        and starts_body(text, f, comma + 2, registry)
    ):
        return comma + 2
    return -1


# A time limit opening a sentence: "Trong thời hạn 05 ngày …,", "Chậm nhất là 30 ngày, …".
# "Trước ngày 27/3/2025, tiếp thu ý kiến của các tỉnh uỷ …": a day's limit opens the
# sentence as "Chậm nhất …" does, whichever of its words (or "ngày" left out).
_TIME_LIMIT_OPENING = re.compile(
    r"(?:trong (?:thoi han|vong)|cham nhat|han chot|khong qua ngay|truoc (?:ngay\b|(?=\d)))\b"
)


def _after_opener(text: str, f: str, registry: Registry) -> int:
    """After an opening clause, the first comma where a body's name begins, or -1."""
    then = _then_owner(text, f, registry)
    if then >= 0:
        return then
    cycle = _CYCLE_OPENING.match(f)
    if (
        cycle is not None
        and _VERB.match(f, cycle.end())
        # "Hàng năm, căn cứ nhiệm vụ tại Kế hoạch, các Phòng/Ban … xây dựng …": the
        # grounds, a second opener, and then who.
        and not _GROUNDS_OPENING.match(f, cycle.end())
    ):
        # A cycle straight before the verb leaves the sentence with no subject: the bodies
        # after it ("…, gửi Chủ tịch Ủy ban nhân dân cấp tỉnh, Sở …") receive the report.
        return -1
    bare = _BARE_CONNECTIVE.match(f)
    if (
        bare is not None
        and not starts_body(text, f, bare.end(), registry)
        and not _LEADING.match(f[bare.end() :])
    ):
        # "Đồng thời, tăng cường kiểm soát … tâm lý nhân dân, nhà đầu tư …": the
        # connective leads straight into the verb; the names later on are no subject.
        # ("Ngoài ra, Thủ tướng yêu cầu X …" leads into a request: X is asked.)
        return -1
    listed = -1  # where a name listed after "phối hợp với …," begins
    # "…, Kết luận nêu rõ yêu cầu các cấp uỷ …", "…, Kết luận nêu rõ, giao X …": an
    # article telling what the document asks.
    for k, m in enumerate(
        re.finditer(
            # "…, mới đây UBND TP giao X …": lately, then who.
            r",\s*(?:(?:moi|gan) day,?\s+|vua qua,?\s+)?(?:" + _HEAD_SAYS + r",\s*)?"
            r"(?:(?:(?:ke hoach|ket luan|nghi quyet) neu ro,?\s+|" + _HEAD_ASKS + r")?"
            r"(?:de nghi|giao|yeu cau)\s+)?",
            f[:_OPENING_SPAN],
        )
    ):
        if (
            k == 0
            and _TIME_LIMIT_OPENING.match(f)
            and m.end() == m.start() + 2
            and _VERB.match(f, m.end())
            and not starts_body(text, f, m.end(), registry)
        ):
            # "Trong thời hạn 02 ngày làm việc, gửi Báo cáo … đến Văn phòng UBND tỉnh,
            # Thường trực HĐND …": the time limit, then the verb; the bodies later on
            # receive the report, they are no subject.
            return -1
        if re.match(
            r"(?:chu tri|phoi hop|tham gia|chi dao|huong dan|trien khai|thuc hien"
            # "Trên cơ sở kế hoạch … đã được phê duyệt, tập trung phân tích … để lựa chọn
            # các doanh nghiệp …", "…, tiến hành rà soát …": verbs that open a duty, never a
            # name listed after a comma.
            r"|tap trung|tien hanh)\b",
            f[m.end() :],
        ):
            # "Trên cơ sở đề xuất …, chủ trì tổng hợp … và phối hợp với Y …", "Căn cứ
            # chức năng, nhiệm vụ, chỉ đạo các cơ sở …": the verb follows the opener with
            # no subject; the bodies after it (directed, joined) are not one.
            return -1
        if _FIGURE_BEFORE.search(text, 0, m.start() + 1):
            # "Đối với một số Cục Thuế có tỷ lệ … thấp: Long An (49,3%), …, TP Hồ Chí Minh
            # (64,4%), …": places listed with their figures are what the scope reports,
            # no subject of the sentence.
            continue
        if _JOINED_LIST.search(
            f, max(f.rfind(",", 0, m.start()), f.rfind(";", 0, m.start()), 0), m.start()
        ) or (
            # "…, giải trình với Ủy ban Thường vụ Quốc hội, Quốc hội, các cơ quan …": each
            # further name goes on with the same list.
            listed >= 0
            and m.start() - listed <= _LISTED_NAME
            and starts_body(text, f, listed, registry)
        ):
            # "Căn cứ tình hình …, quyết định …; đồng thời phối hợp với Sở X, Công an
            # tỉnh và …": the comma goes on with the bodies joined in, no subject.
            listed = m.end()
            continue
        listed = -1
        if _AUTHORS_OF_GROUNDS.match(f, m.end()):
            # "Căn cứ … các Kết luận … của Bộ Chính trị, Ban Bí thư và các quy định liên
            # quan; …": the bodies whose texts the grounds cite, listed with other texts.
            continue
        # "Trường hợp phát sinh …, đề nghị Bộ Nội vụ, … quyết định …": the request after
        # the condition names the subject.
        if starts_body(text, f, m.end(), registry):
            return m.end()
    if _GROUNDS_OPENING.match(f):
        # "Căn cứ Quy định … của Bộ Chính trị …; đồng thời, trên cơ sở …; các cấp ủy, tổ
        # chức đảng … có trách nhiệm …": long grounds in clauses; the one that opens on
        # bodies and says what they must do is the sentence's subject and verb.
        for sc in re.finditer(r";\s*", f[:_LONG_OPENING]):
            if starts_body(text, f, sc.end(), registry) and _OBLIGED_SOON.match(
                f, sc.end(), sc.end() + 160
            ):
                return sc.end()
        # "Căn cứ vào Quy hoạch … (Nghị quyết số …); …; điều chỉnh … (Quyết định số …), Ủy
        # ban nhân dân các tỉnh … có trách nhiệm …": grounds past the opening's span, then
        # the comma before the bodies that must act.
        for sc in re.finditer(r",\s*", f[_OPENING_SPAN:_LONG_OPENING]):
            at = _OPENING_SPAN + sc.end()
            if starts_body(text, f, at, registry) and _OBLIGED_SOON.match(f, at, at + 160):
                return at
    # "Để thực hiện thắng lợi … (a purpose of several hundred letters) …, Thủ tướng Chính
    # phủ yêu cầu X …": further on, only the head of government asking a body ends it.
    for m in _HEAD_ASKS_AFTER.finditer(f, 0, _LONG_OPENING):
        if m.start() >= _OPENING_SPAN and starts_body(text, f, m.end(), registry):
            return m.end()
    # "Đối với Sở Xây dựng, khẩn trương đề xuất …", "Đối với Thủ trưởng các đơn vị …
    # quán triệt …": the body singled out by its capitalised name is the one asked, when
    # no other follows ("Đối với các huyện đang có dịch, …" is the scope, not who acts).
    about = _ABOUT_BODY.match(f)
    if (
        about is not None
        and text[about.end() : about.end() + 1].isupper()
        and starts_body(text, f, about.end(), registry)
    ):
        return about.end()
    return -1


_ABOUT_BODY = re.compile(r"doi voi (?=\S)")
# "… và báo cáo, giải trình với Ủy ban Thường vụ Quốc hội, Quốc hội, …": the bodies
# worked with are the verb's object, so the comma goes on with them, no subject.
_JOINED_LIST = re.compile(
    r"\b(?:phoi hop(?: chat che)?(?: voi)?|(?:giai trinh|lam viec|trao doi) voi) (?=\S)"
)
_GROUNDS_OPENING = re.compile(r"\**\s*(?:can cu|tren co so)\b")
_OBLIGED_SOON = re.compile(r"[^;.:]*?\s(?:co trach nhiem|phai|can)\s")
_AUTHORS_OF_GROUNDS = re.compile(
    r"[^,;:]{1,60}\s+va cac (?:quy dinh|van ban|huong dan)(?: (?:co )?lien quan)?\s*[;,]"
)
_OPENING_SPAN = 300  # an opening clause's commas looked at for who follows
_LISTED_NAME = 80  # a name's length, at most, in a list of bodies worked with
_LONG_OPENING = 700  # a long purpose's, for the head of government asking
_HEAD_ASKS_AFTER = re.compile(r",\s*" + _HEAD_ASKS + r"(?:cung )?(?:de nghi|giao|yeu cau)\s+")
_FIGURE_BEFORE = re.compile(r"\(\s*\d[\d.,\s]*%\s*\)\s*,$")


def partners_after(text: str, pos: int, registry: Registry) -> list[Named]:
    """The bodies of a "phối hợp với Y …" phrase at ``pos`` (or after it)."""
    got, _ = _partners(text, _aligned(text), pos, registry)
    return got


def _partners(text: str, f: str, pos: int, registry: Registry) -> tuple[list[Named], int]:
    m = _PARTNERS_AFTER.match(f, pos)
    if m is None:
        return [], pos
    start = m.end()
    if not starts_body(text, f, start, registry):
        return [], start
    end = name_end(text, f, start, min(len(text), start + 400), registry)
    names = split_names(text[start:end], registry)
    return [registry.register(Named(n)) for n in names], end


def verb_led(name: str) -> bool:
    """Whether a name read as a subject is a verb phrase ("Lãnh đạo, chỉ đạo rà soát …")."""
    return bool(_VERB.match(_aligned(name)))
