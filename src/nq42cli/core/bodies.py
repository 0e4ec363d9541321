"""Bodies that Party and State plans assign duties to, for drafting plans from text.

Each body has the key and names the plan file uses, and the spellings documents write
it in. The first entries are the owners of Kế hoạch 19-KH/TW with the keys of
``data/plan.yaml``; the rest are central bodies that plans of the same kind name often
(the 2025 ministries and Party bodies among them). Matching folds case, accents and tone
placement, so "Uỷ ban" and "Ủy ban" are one spelling.
"""

from __future__ import annotations

from dataclasses import dataclass

from nq42cli.core.vocab import OwnerKind

__all__ = ["BODIES", "Body"]


@dataclass(frozen=True, slots=True)
class Body:
    """A body (or group, or office holders) with the spellings documents use."""

    key: str
    name: str
    short: str
    kind: OwnerKind
    aliases: tuple[str, ...] = ()

    @property
    def spellings(self) -> tuple[str, ...]:
        """The canonical name first, then the other spellings."""
        return (self.name, *self.aliases)


B, G, P = OwnerKind.BODY, OwnerKind.GROUP, OwnerKind.PEOPLE

BODIES: tuple[Body, ...] = (
    # The owners of Kế hoạch 19-KH/TW, keyed as in data/plan.yaml.
    Body("bct", "Bộ Chính trị", "BCT", B),
    Body("bbt", "Ban Bí thư", "BBT", B),
    Body("btgtw", "Ban Tuyên giáo Trung ương", "BTGTW", B),
    Body("bkttw", "Ban Kinh tế Trung ương", "BKTTW", B),
    Body("dd_qh", "Đảng đoàn Quốc hội", "ĐĐQH", B),
    Body("bcsd_cp", "Ban cán sự đảng Chính phủ", "BCSĐCP", B),
    Body("dd_mttq", "Đảng đoàn Mặt trận Tổ quốc Việt Nam", "ĐĐ MTTQVN", B),
    Body(
        "bbt_doan",
        "Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        "BBT TWĐ",
        B,
        ("Ban Bí thư Trung ương Đoàn",),
    ),
    Body("to_chuc_ctxh", "các tổ chức chính trị - xã hội", "Tổ chức CT-XH", G),
    Body("cac_ban_dang", "các ban đảng", "Các ban đảng", G, ("các ban của Đảng",)),
    Body("cac_bcsd_dd", "ban cán sự đảng, đảng đoàn", "BCSĐ, ĐĐ", G),
    Body("du_truc_thuoc_tw", "đảng uỷ trực thuộc Trung ương", "ĐU trực thuộc TW", G),
    Body(
        "bo_nganh_tw",
        "Ban cán sự đảng, đảng đoàn, đảng uỷ các bộ, ngành, cơ quan Trung ương có liên quan",
        "Bộ, ngành TW",
        G,
        ("các bộ, ngành, cơ quan Trung ương", "các bộ, ngành Trung ương", "các bộ, ngành"),
    ),
    Body("tinh_thanh_uy", "các tỉnh uỷ, thành uỷ", "Tỉnh uỷ, thành uỷ", G),
    Body("cap_uy_to_chuc_dang", "các cấp uỷ, tổ chức đảng", "Cấp uỷ, tổ chức đảng", G),
    Body("co_quan_nha_nuoc", "cơ quan nhà nước", "Cơ quan nhà nước", G),
    Body("mttq", "Mặt trận Tổ quốc Việt Nam", "MTTQVN", B),
    Body(
        "co_quan_lien_quan",
        "các cơ quan, tổ chức có liên quan",
        "Cơ quan liên quan",
        G,
        ("các cơ quan liên quan", "các cơ quan có liên quan", "các cơ quan, đơn vị liên quan"),
    ),
    Body("uv_bct", "Uỷ viên Bộ Chính trị", "UVBCT", P),
    Body("uv_bbt", "Uỷ viên Ban Bí thư", "UVBBT", P),
    Body("uv_bchtw", "Uỷ viên Ban Chấp hành Trung ương Đảng", "UVTW", P),
    Body(
        "bi_thu",
        "bí thư tỉnh uỷ, thành uỷ, đảng đoàn, ban cán sự đảng, đảng uỷ trực thuộc Trung ương",
        "Bí thư cấp uỷ",
        P,
    ),
    # Central bodies other plans name.
    Body("btctw", "Ban Tổ chức Trung ương", "BTCTW", B),
    Body("btgdvtw", "Ban Tuyên giáo và Dân vận Trung ương", "BTG&DVTW", B),
    Body("bnctw", "Ban Nội chính Trung ương", "BNCTW", B),
    Body("bdntw", "Ban Đối ngoại Trung ương", "BĐNTW", B),
    Body("bdvtw", "Ban Dân vận Trung ương", "BDVTW", B),
    Body("ubkttw", "Uỷ ban Kiểm tra Trung ương", "UBKTTW", B),
    Body("vptwd", "Văn phòng Trung ương Đảng", "VPTW", B),
    Body("du_cp", "Đảng uỷ Chính phủ", "ĐUCP", B),
    Body("du_qh", "Đảng uỷ Quốc hội", "ĐUQH", B),
    Body(
        "du_mttq",
        "Đảng uỷ Mặt trận Tổ quốc, các đoàn thể Trung ương",
        "ĐU MTTQ",
        B,
        ("Đảng uỷ Mặt trận Tổ quốc Việt Nam, các đoàn thể Trung ương",),
    ),
    Body("qutw", "Quân uỷ Trung ương", "QUTW", B),
    Body("du_cand", "Đảng uỷ Công an Trung ương", "ĐUCATW", B),
    Body("cp", "Chính phủ", "CP", B),
    Body("qh", "Quốc hội", "QH", B),
    Body("ubtvqh", "Uỷ ban Thường vụ Quốc hội", "UBTVQH", B),
    Body("vpcp", "Văn phòng Chính phủ", "VPCP", B),
    Body("ttcp", "Thanh tra Chính phủ", "TTCP", B),
    Body("nhnn", "Ngân hàng Nhà nước Việt Nam", "NHNN", B, ("Ngân hàng Nhà nước",)),
    Body("bo_noi_vu", "Bộ Nội vụ", "BNV", B),
    Body("bo_tai_chinh", "Bộ Tài chính", "BTC", B),
    Body("bo_tu_phap", "Bộ Tư pháp", "BTP", B),
    Body("bo_y_te", "Bộ Y tế", "BYT", B),
    Body("bo_gddt", "Bộ Giáo dục và Đào tạo", "BGDĐT", B),
    Body("bo_cong_an", "Bộ Công an", "BCA", B),
    Body("bo_quoc_phong", "Bộ Quốc phòng", "BQP", B),
    Body("bo_ngoai_giao", "Bộ Ngoại giao", "BNG", B),
    Body("bo_cong_thuong", "Bộ Công Thương", "BCT (Công Thương)", B),
    Body("bo_xay_dung", "Bộ Xây dựng", "BXD", B),
    Body("bo_nnmt", "Bộ Nông nghiệp và Môi trường", "BNNMT", B),
    Body("bo_khcn", "Bộ Khoa học và Công nghệ", "BKHCN", B),
    Body("bo_vhttdl", "Bộ Văn hoá, Thể thao và Du lịch", "BVHTTDL", B),
    Body("bo_dttg", "Bộ Dân tộc và Tôn giáo", "BDTTG", B),
    Body("bo_ldtbxh", "Bộ Lao động - Thương binh và Xã hội", "BLĐTBXH", B),
    Body("bo_khdt", "Bộ Kế hoạch và Đầu tư", "BKHĐT", B),
    Body("bo_tttt", "Bộ Thông tin và Truyền thông", "BTTTT", B),
    Body("bo_tnmt", "Bộ Tài nguyên và Môi trường", "BTNMT", B),
    Body("bo_gtvt", "Bộ Giao thông vận tải", "BGTVT", B),
    Body("bo_nnptnt", "Bộ Nông nghiệp và Phát triển nông thôn", "BNNPTNT", B),
    Body("ubnd_tinh", "Uỷ ban nhân dân các tỉnh, thành phố", "UBND tỉnh, thành phố", G),
    Body("tldld", "Tổng Liên đoàn Lao động Việt Nam", "TLĐLĐVN", B),
    Body("hlhpn", "Hội Liên hiệp Phụ nữ Việt Nam", "HLHPNVN", B),
    Body("hoi_nong_dan", "Hội Nông dân Việt Nam", "HNDVN", B),
    Body("hoi_ccb", "Hội Cựu chiến binh Việt Nam", "HCCBVN", B),
    Body("doan_tn", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "ĐTNCSHCM", B),
    # The courts, the procuracy, the audit office, the Front's central committee and the
    # national press agencies, as the Constitution and their own statutes name them.
    Body("ttg", "Thủ tướng Chính phủ", "TTg", P),
    Body("tandtc", "Toà án nhân dân tối cao", "TANDTC", B),
    Body("vksndtc", "Viện kiểm sát nhân dân tối cao", "VKSNDTC", B),
    Body("ktnn", "Kiểm toán Nhà nước", "KTNN", B),
    Body("ubtw_mttq", "Uỷ ban Trung ương Mặt trận Tổ quốc Việt Nam", "UBTW MTTQVN", B),
    Body("ttxvn", "Thông tấn xã Việt Nam", "TTXVN", B),
    Body("vtv", "Đài Truyền hình Việt Nam", "VTV", B),
    Body("vov", "Đài Tiếng nói Việt Nam", "VOV", B),
)
