"""Unit lists split into one entry per unit: real lists copied from the dev corpus texts.

Each case is (list as written, units as written). The file tag says where the list comes from
(corpus/dev/NNN_*.txt); the tests do not read the corpus.
"""

from __future__ import annotations

import pytest

from vnlegal.assignments.bodies import canonical_unit, classify, is_unit_start, split_units
from vnlegal.assignments.body_ends import unit_list_end

CASES: list[tuple[str, str, list[str]]] = [
    # 000: labelled fields and prose of the seed plan
    (
        "000",
        "Ủy ban nhân dân các huyện, thị xã, thành phố.",
        ["Ủy ban nhân dân các huyện, thị xã, thành phố"],
    ),
    (
        "000",
        "Phòng Văn hóa và Thông tin các huyện, thị xã, thành phố, Ủy ban nhân dân các xã, phường, "
        "thị trấn và các cơ quan, đơn vị liên quan.",
        [
            "Phòng Văn hóa và Thông tin các huyện, thị xã, thành phố",
            "Ủy ban nhân dân các xã, phường, thị trấn",
            "các cơ quan, đơn vị liên quan",
        ],
    ),
    ("000", "Sở Thông tin và Truyền thông.", ["Sở Thông tin và Truyền thông"]),
    (
        "000",
        "Lãnh đạo các sở, ban, ngành, đoàn thể; lãnh đạo UBND các huyện, thị xã, thành phố",
        ["Lãnh đạo các sở, ban, ngành, đoàn thể", "lãnh đạo UBND các huyện, thị xã, thành phố"],
    ),
    (
        "000",
        "Phòng Văn hóa và Thông tin, Trung tâm Văn hóa Thể thao và Truyền thanh, Đài Truyền thanh cấp "
        "huyện và Đài Truyền thanh cấp xã",
        [
            "Phòng Văn hóa và Thông tin",
            "Trung tâm Văn hóa Thể thao và Truyền thanh",
            "Đài Truyền thanh cấp huyện",
            "Đài Truyền thanh cấp xã",
        ],
    ),
    (
        "000",
        "Tỉnh ủy, Hội đồng nhân dân, Ủy ban nhân dân tỉnh",
        ["Tỉnh ủy", "Hội đồng nhân dân", "Ủy ban nhân dân tỉnh"],
    ),
    (
        "000",
        "các sở, ban, ngành, đoàn thể và các huyện, thị xã, thành phố",
        ["các sở, ban, ngành, đoàn thể", "các huyện, thị xã, thành phố"],
    ),
    (
        "000",
        "Các sở, ban, ngành, đoàn thể, cơ quan báo chí",
        ["Các sở, ban, ngành, đoàn thể, cơ quan báo chí"],
    ),
    (
        "000",
        "Ủy ban nhân dân các xã, phường, thị trấn",
        ["Ủy ban nhân dân các xã, phường, thị trấn"],
    ),
    # 003: the task table and the "Tổ chức thực hiện" items
    ("003", "Cục Biến đổi khí hậu", ["Cục Biến đổi khí hậu"]),
    (
        "003",
        "Vụ Pháp chế và các đơn vị có liên quan thuộc Bộ TN&MT.",
        ["Vụ Pháp chế", "các đơn vị có liên quan thuộc Bộ TN&MT"],
    ),
    (
        "003",
        "Vụ Môi trường, Cục Kiểm soát ô nhiễm môi trường, các đơn vị có liên quan thuộc Bộ TN&MT.",
        ["Vụ Môi trường", "Cục Kiểm soát ô nhiễm môi trường", "các đơn vị có liên quan thuộc Bộ TN&MT"],
    ),
    (
        "003",
        "Cục Chuyển đổi số và Thông tin dữ liệu TNMT, các đơn vị thuộc các Bộ có liên quan.",
        ["Cục Chuyển đổi số và Thông tin dữ liệu TNMT", "các đơn vị thuộc các Bộ có liên quan"],
    ),
    (
        "003",
        "Cục Biến đổi khí hậu, Cục Bảo tồn thiên nhiên và Đa dạng sinh học và các đơn vị có liên quan "
        "thuộc Bộ TN&MT.",
        [
            "Cục Biến đổi khí hậu",
            "Cục Bảo tồn thiên nhiên và Đa dạng sinh học",
            "các đơn vị có liên quan thuộc Bộ TN&MT",
        ],
    ),
    (
        "003",
        "Các đơn vị thuộc các Bộ quản lý lĩnh vực, các tổ chức quốc tế, các Viện nghiên cứu, Trường Đại "
        "học có liên quan.",
        [
            "Các đơn vị thuộc các Bộ quản lý lĩnh vực",
            "các tổ chức quốc tế",
            "các Viện nghiên cứu, Trường Đại học có liên quan",
        ],
    ),
    (
        "003",
        "Viện Khoa học Khí tượng thủy văn và Biến đổi khí hậu; Viện Chiến lược, Chính sách TN&MT",
        ["Viện Khoa học Khí tượng thủy văn và Biến đổi khí hậu", "Viện Chiến lược, Chính sách TN&MT"],
    ),
    (
        "003",
        "Cục Biến đổi khí hậu và các cơ quan, đơn vị có liên quan",
        ["Cục Biến đổi khí hậu", "các cơ quan, đơn vị có liên quan"],
    ),
    (
        "003",
        "Trung tâm Truyền thông TN&MT, Báo TN&MT, Tạp chí TN&MT",
        ["Trung tâm Truyền thông TN&MT", "Báo TN&MT", "Tạp chí TN&MT"],
    ),
    (
        "003",
        "Cục Biến đổi khí hậu, các đơn vị có liên quan thuộc Bộ TN&MT.",
        ["Cục Biến đổi khí hậu", "các đơn vị có liên quan thuộc Bộ TN&MT"],
    ),
    ("003", "Cục Viễn thám quốc gia", ["Cục Viễn thám quốc gia"]),
    ("003", "các Bộ, cơ quan liên quan", ["các Bộ, cơ quan liên quan"]),
    (
        "003",
        "Bộ Thông tin và Truyền thông, các cơ quan thông tấn, báo chí",
        ["Bộ Thông tin và Truyền thông", "các cơ quan thông tấn, báo chí"],
    ),
    (
        "003",
        "Bộ Tài chính và các Bộ, cơ quan liên quan",
        ["Bộ Tài chính", "các Bộ, cơ quan liên quan"],
    ),
    (
        "003",
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
        ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"],
    ),
    ("003", "các tổ chức, doanh nghiệp", ["các tổ chức, doanh nghiệp"]),
    ("003", "các cơ quan, tổ chức có liên quan", ["các cơ quan, tổ chức có liên quan"]),
    (
        "003",
        "Cục Kiểm soát ô nhiễm môi trường, Vụ Môi trường",
        ["Cục Kiểm soát ô nhiễm môi trường", "Vụ Môi trường"],
    ),
    (
        "003",
        "Cục Chuyển đổi số và Thông tin dữ liệu tài nguyên môi trường",
        ["Cục Chuyển đổi số và Thông tin dữ liệu tài nguyên môi trường"],
    ),
    ("003", "Vụ Hợp tác quốc tế, Vụ Pháp chế", ["Vụ Hợp tác quốc tế", "Vụ Pháp chế"]),
    (
        "003",
        "các đơn vị truyền thông thuộc Bộ Tài nguyên và Môi trường",
        ["các đơn vị truyền thông thuộc Bộ Tài nguyên và Môi trường"],
    ),
    (
        "003",
        "cơ quan chuyên môn thuộc Bộ Nông nghiệp và Phát triển nông thôn",
        ["cơ quan chuyên môn thuộc Bộ Nông nghiệp và Phát triển nông thôn"],
    ),
    (
        "003",
        "Cục Biến đổi khí hậu, Cục Bảo tồn thiên nhiên và Đa dạng sinh học, cơ quan chuyên môn thuộc Bộ "
        "Nông nghiệp và Phát triển nông thôn và các địa phương có rừng",
        [
            "Cục Biến đổi khí hậu",
            "Cục Bảo tồn thiên nhiên và Đa dạng sinh học",
            "cơ quan chuyên môn thuộc Bộ Nông nghiệp và Phát triển nông thôn",
            "các địa phương có rừng",
        ],
    ),
    (
        "003",
        "Trung tâm Truyền thông tài nguyên và môi trường, Báo Tài nguyên và Môi trường, Tạp chí Tài "
        "nguyên và Môi trường",
        [
            "Trung tâm Truyền thông tài nguyên và môi trường",
            "Báo Tài nguyên và Môi trường",
            "Tạp chí Tài nguyên và Môi trường",
        ],
    ),
    ("003", "Các đơn vị trực thuộc Bộ TN&MT", ["Các đơn vị trực thuộc Bộ TN&MT"]),
    # 004: a person per line in a task-table cell, and the plan's own lists
    ("004", "Vũ Việt Linh\nNguyễn Thị Loan", ["Vũ Việt Linh", "Nguyễn Thị Loan"]),
    ("004", "Đỗ Mạnh Cường\nVũ Việt Linh", ["Đỗ Mạnh Cường", "Vũ Việt Linh"]),
    (
        "004",
        "Đỗ Mạnh Cường\nVũ Việt Linh\nNguyễn Thị Loan",
        ["Đỗ Mạnh Cường", "Vũ Việt Linh", "Nguyễn Thị Loan"],
    ),
    ("004", "Nguyễn Thị Loan", ["Nguyễn Thị Loan"]),
    ("004", "các tổ chức, cá nhân liên quan", ["các tổ chức, cá nhân liên quan"]),
    ("004", "phòng Quản lý công nghiệp", ["phòng Quản lý công nghiệp"]),
    # 016: the Quy chế's responsibilities
    ("016", "các sở, ban, ngành có liên quan", ["các sở, ban, ngành có liên quan"]),
    (
        "016",
        "các sở, ngành, Ủy ban nhân dân cấp xã",
        ["các sở, ngành", "Ủy ban nhân dân cấp xã"],
    ),
    (
        "016",
        "Sở Công Thương, Công an tỉnh, Uỷ ban nhân dân cấp xã",
        ["Sở Công Thương", "Công an tỉnh", "Uỷ ban nhân dân cấp xã"],
    ),
    ("016", "Sở Công Thương và Ủy ban nhân dân cấp xã", ["Sở Công Thương", "Ủy ban nhân dân cấp xã"]),
    ("016", "các sở, ngành, địa phương có liên quan", ["các sở, ngành, địa phương có liên quan"]),
    (
        "016",
        "các Sở, ban ngành, Ủy ban nhân dân cấp xã",
        ["các Sở, ban ngành", "Ủy ban nhân dân cấp xã"],
    ),
    (
        "016",
        "các sở, ngành có liên quan, Ủy ban nhân dân cấp xã",
        ["các sở, ngành có liên quan", "Ủy ban nhân dân cấp xã"],
    ),
    (
        "016",
        "đơn vị chủ quản cụm công nghiệp và các ngành liên quan",
        ["đơn vị chủ quản cụm công nghiệp", "các ngành liên quan"],
    ),
    (
        "016",
        "các đơn vị nghiệp vụ và Công an các địa phương",
        ["các đơn vị nghiệp vụ", "Công an các địa phương"],
    ),
    (
        "016",
        "Sở Công Thương, các sở, ngành có liên quan",
        ["Sở Công Thương", "các sở, ngành có liên quan"],
    ),
    (
        "016",
        "Sở Công Thương và các sở, ban, ngành, Uỷ ban nhân dân cấp xã và các đơn vị có liên quan",
        [
            "Sở Công Thương",
            "các sở, ban, ngành",
            "Uỷ ban nhân dân cấp xã",
            "các đơn vị có liên quan",
        ],
    ),
    (
        "016",
        "Thủ trưởng các sở, ban, ngành thuộc tỉnh; Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân "
        "có liên quan",
        [
            "Thủ trưởng các sở, ban, ngành thuộc tỉnh",
            "Ủy ban nhân dân các xã, phường",
            "các tổ chức, cá nhân có liên quan",
        ],
    ),
    ("016", "Chủ tịch, các Phó Chủ tịch UBND tỉnh", ["Chủ tịch", "các Phó Chủ tịch UBND tỉnh"]),
    ("016", "Công an tỉnh, Thuế tỉnh", ["Công an tỉnh", "Thuế tỉnh"]),
    ("016", "TT. Tỉnh uỷ, HĐND tỉnh", ["TT. Tỉnh uỷ", "HĐND tỉnh"]),
    ("016", "chủ đầu tư, cơ quan, đơn vị", ["chủ đầu tư, cơ quan, đơn vị"]),
    ("016", "Sở Công Thương, Sở Tài chính", ["Sở Công Thương", "Sở Tài chính"]),
    # 022: the article that names who carries the decision out
    (
        "022",
        "Chánh Văn phòng Sở, Trưởng phòng Quản lý công nghiệp, cá nhân có liên quan và các ông/bà có tên "
        "tại Điều 2",
        [
            "Chánh Văn phòng Sở",
            "Trưởng phòng Quản lý công nghiệp",
            "cá nhân có liên quan và các ông/bà có tên tại Điều 2",
        ],
    ),
    # 026, 030, 032: letters
    ("026", "UBND huyện, thị, thành phố", ["UBND huyện, thị, thành phố"]),
    ("026", "Báo An Giang, Đài PT-TH An Giang", ["Báo An Giang", "Đài PT-TH An Giang"]),
    ("026", "Tỉnh Ủy, TT. HĐND tỉnh, TT. UBND tỉnh", ["Tỉnh Ủy", "TT. HĐND tỉnh", "TT. UBND tỉnh"]),
    (
        "030",
        "Giám đốc Sở Y tế, Giám đốc các Sở liên quan",
        ["Giám đốc Sở Y tế", "Giám đốc các Sở liên quan"],
    ),
    ("030", "Công an tỉnh và Sở Y tế", ["Công an tỉnh", "Sở Y tế"]),
    ("030", "Sở Y tế tỉnh, thành phố trực thuộc TW", ["Sở Y tế tỉnh, thành phố trực thuộc TW"]),
    ("030", "các sở, ngành liên quan", ["các sở, ngành liên quan"]),
    (
        "030",
        "Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương",
        ["Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"],
    ),
    ("032", "Bộ Kế hoạch và Đầu tư.", ["Bộ Kế hoạch và Đầu tư"]),
    (
        "032",
        "Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp",
        ["Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp"],
    ),
    # 034: the letter's addressees and duties
    (
        "034",
        "Sở Nông nghiệp và Môi trường, Công an tỉnh và UBND các địa phương",
        ["Sở Nông nghiệp và Môi trường", "Công an tỉnh", "UBND các địa phương"],
    ),
    (
        "034",
        "Công an tỉnh, các Sở, ban, ngành và địa phương liên quan",
        # gold convention (dev 001): "và" closes the list of kinds; the locality is its own unit
        ["Công an tỉnh", "các Sở, ban, ngành", "địa phương liên quan"],
    ),
    ("034", "các Sở, ban, ngành, địa phương", ["các Sở, ban, ngành, địa phương"]),
    (
        "034",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai và các cơ quan liên quan",
        ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai", "các cơ quan liên quan"],
    ),
    (
        "034",
        "Thủ trưởng các Sở, ban, ngành của tỉnh, Chủ tịch UBND các xã, phường và các tổ chức, cá nhân có "
        "liên quan",
        [
            "Thủ trưởng các Sở, ban, ngành của tỉnh",
            "Chủ tịch UBND các xã, phường",
            "các tổ chức, cá nhân có liên quan",
        ],
    ),
    ("034", "Các sở, ban, ngành thuộc UBND tỉnh;", ["Các sở, ban, ngành thuộc UBND tỉnh"]),
    ("034", "Bộ Chỉ huy Quân sự tỉnh;", ["Bộ Chỉ huy Quân sự tỉnh"]),
    ("034", "CVP, các PCVP UBND tỉnh", ["CVP", "các PCVP UBND tỉnh"]),
    (
        "034",
        "lực lượng chức năng và chính quyền cơ sở tại các địa bàn giáp biên giới",
        ["lực lượng chức năng", "chính quyền cơ sở tại các địa bàn giáp biên giới"],
    ),
    # 038: the report
    (
        "038",
        "Sở Nông nghiệp và Môi trường và các cơ quan liên quan",
        ["Sở Nông nghiệp và Môi trường", "các cơ quan liên quan"],
    ),
    (
        "038",
        "Bộ Nông nghiệp và Môi trường, Bộ Công Thương, Bộ Xây dựng",
        ["Bộ Nông nghiệp và Môi trường", "Bộ Công Thương", "Bộ Xây dựng"],
    ),
    ("038", "các Sở, ban, ngành và địa phương", ["các Sở, ban, ngành", "địa phương"]),
    ("038", "Báo và phát thanh, truyền hình tỉnh", ["Báo và phát thanh, truyền hình tỉnh"]),
    # 040, 042: the Government's orders
    (
        "040",
        "các Bộ Tài nguyên và Môi trường, Nông nghiệp và Phát triển nông thôn, Tư pháp",
        ["các Bộ Tài nguyên và Môi trường, Nông nghiệp và Phát triển nông thôn, Tư pháp"],
    ),
    ("040", "Bộ Tài nguyên và Môi trường, Bộ Tư pháp", ["Bộ Tài nguyên và Môi trường", "Bộ Tư pháp"]),
    (
        "040",
        "Bộ Tài chính và các Bộ, ngành liên quan",
        ["Bộ Tài chính", "các Bộ, ngành liên quan"],
    ),
    (
        "042",
        "Các Bộ: Công Thương, Giao thông vận tải, Xây dựng, Nông nghiệp và Phát triển nông thôn, Tài "
        "nguyên và Môi trường",
        [
            "Các Bộ: Công Thương, Giao thông vận tải, Xây dựng, Nông nghiệp và Phát triển nông thôn, Tài "
            "nguyên và Môi trường"
        ],
    ),
    (
        "042",
        "Bộ Tài nguyên và Môi trường, các cơ quan liên quan và các địa phương có rừng",
        ["Bộ Tài nguyên và Môi trường", "các cơ quan liên quan", "các địa phương có rừng"],
    ),
    (
        "042",
        "Bộ Tài nguyên và Môi trường, các cơ quan liên quan và địa phương có rừng",
        ["Bộ Tài nguyên và Môi trường", "các cơ quan liên quan", "địa phương có rừng"],
    ),
    (
        "042",
        "Bộ Tài nguyên và Môi trường, các bộ, cơ quan liên quan",
        ["Bộ Tài nguyên và Môi trường", "các bộ, cơ quan liên quan"],
    ),
    (
        "042",
        "Bộ Tài nguyên và Môi trường và các Bộ, ngành liên quan",
        ["Bộ Tài nguyên và Môi trường", "các Bộ, ngành liên quan"],
    ),
    (
        "042",
        "Bộ Thông tin và Truyền thông và các cơ quan liên quan",
        ["Bộ Thông tin và Truyền thông", "các cơ quan liên quan"],
    ),
    (
        "042",
        "Ủy ban nhân dân các tỉnh và thành phố trực thuộc trung ương",
        ["Ủy ban nhân dân các tỉnh và thành phố trực thuộc trung ương"],
    ),
    (
        "042",
        "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân "
        "dân các tỉnh và thành phố trực thuộc trung ương",
        [
            "Bộ trưởng",
            "Thủ trưởng cơ quan ngang bộ",
            "Thủ trưởng cơ quan thuộc Chính phủ",
            "Chủ tịch Ủy ban nhân dân các tỉnh và thành phố trực thuộc trung ương",
        ],
    ),
    (
        "042",
        "Văn phòng Trung ương và các Ban của Đảng",
        ["Văn phòng Trung ương", "các Ban của Đảng"],
    ),
    (
        "042",
        "Hội đồng Dân tộc và các Ủy ban của Quốc hội",
        ["Hội đồng Dân tộc", "các Ủy ban của Quốc hội"],
    ),
    (
        "042",
        "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
        ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"],
    ),
    (
        "042",
        "HĐND, UBND các tỉnh, thành phố trực thuộc trung ương",
        ["HĐND", "UBND các tỉnh, thành phố trực thuộc trung ương"],
    ),
    # 044, 046, 050, 054: normative documents
    (
        "044",
        "Ủy ban nhân dân Thành phố Hồ Chí Minh, Ủy ban nhân dân thành phố Đà Nẵng, Ủy ban nhân dân tỉnh "
        "Khánh Hòa",
        [
            "Ủy ban nhân dân Thành phố Hồ Chí Minh",
            "Ủy ban nhân dân thành phố Đà Nẵng",
            "Ủy ban nhân dân tỉnh Khánh Hòa",
        ],
    ),
    (
        "044",
        "Tòa án nhân dân tối cao, Viện kiểm sát nhân dân tối cao, Kiểm toán nhà nước",
        ["Tòa án nhân dân tối cao", "Viện kiểm sát nhân dân tối cao", "Kiểm toán nhà nước"],
    ),
    (
        "046",
        "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban "
        "nhân dân các tỉnh, thành phố trực thuộc trung ương và các cơ quan, đơn vị có liên quan",
        [
            "Các Bộ trưởng",
            "Thủ trưởng cơ quan ngang bộ",
            "Thủ trưởng cơ quan thuộc Chính phủ",
            "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
            "các cơ quan, đơn vị có liên quan",
        ],
    ),
    (
        "050",
        "Cục Thương mại điện tử và Kinh tế số và các cơ quan, đơn vị liên quan",
        ["Cục Thương mại điện tử và Kinh tế số", "các cơ quan, đơn vị liên quan"],
    ),
    (
        "050",
        "Lãnh đạo Bộ, các đơn vị thuộc Bộ Công Thương",
        ["Lãnh đạo Bộ", "các đơn vị thuộc Bộ Công Thương"],
    ),
    (
        "050",
        "Văn phòng Tổng bí thư, Văn phòng Chủ tịch nước,",
        ["Văn phòng Tổng bí thư", "Văn phòng Chủ tịch nước"],
    ),
    (
        "054",
        "Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Chủ tịch Ủy ban nhân dân cấp tỉnh",
        ["Bộ trưởng", "Thủ trưởng cơ quan ngang Bộ", "Chủ tịch Ủy ban nhân dân cấp tỉnh"],
    ),
    (
        "054",
        "Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an",
        ["Bộ trưởng Bộ Quốc phòng", "Bộ trưởng Bộ Công an"],
    ),
    ("054", "cơ quan, tổ chức, cá nhân có liên quan", ["cơ quan, tổ chức, cá nhân có liên quan"]),
    # names with a comma inside (data/unit_name_commas.tsv)
    (
        "issue",
        "Sở Văn hóa, Thể thao và Du lịch, Sở Y tế",
        ["Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế"],
    ),
    (
        "issue",
        "Sở Nội vụ và các cơ quan liên quan",
        ["Sở Nội vụ", "các cơ quan liên quan"],
    ),
]


def test_enough_real_lists() -> None:
    assert len(CASES) >= 80


@pytest.mark.parametrize(
    ("source", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_split_units(source: str, text: str, expected: list[str]) -> None:
    assert split_units(text) == expected


def test_split_keeps_text_as_written() -> None:
    text = "Uỷ ban nhân dân các xã, phường, thị trấn; Sở TT&TT"
    assert split_units(text) == ["Uỷ ban nhân dân các xã, phường, thị trấn", "Sở TT&TT"]


def test_split_empty_and_junk() -> None:
    assert split_units("") == []
    assert split_units(" ; , ") == []
    assert split_units("Sở Thông tin và Truyền thông.\n[...]") == ["Sở Thông tin và Truyền thông"]


@pytest.mark.parametrize(
    ("unit", "canonical"),
    [
        ("UBND các xã", "Ủy ban nhân dân các xã"),
        ("Sở TT&TT", "Sở Thông tin và Truyền thông"),
        ("Bộ TN&MT", "Bộ Tài nguyên và Môi trường"),
        ("UBND TP. Hồ Chí Minh", "Ủy ban nhân dân thành phố Hồ Chí Minh"),
        ("Uỷ ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh"),
        ("Sở VH,TT&DL", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Đài PT-TH An Giang", "Đài Phát thanh - Truyền hình An Giang"),
        ("Sở Tư pháp", "Sở Tư pháp"),
    ],
)
def test_canonical_unit(unit: str, canonical: str) -> None:
    assert canonical_unit(unit) == canonical


@pytest.mark.parametrize(
    ("piece", "kind"),
    [
        ("Sở Tư pháp", "head"),
        ("UBND tỉnh", "head"),
        ("Tỉnh đoàn", "head"),
        ("Công an tỉnh", "head"),
        ("các cơ quan liên quan", "det"),
        ("các Bộ", "det"),
        ("các trường hợp còn lại", "lower"),
        ("cơ quan chuyên môn", "generic"),
        ("thị xã", "lower"),
        ("Ban hành kế hoạch", "upper"),
        ("Hội nghị tập huấn", "upper"),
        ("Thể thao và Du lịch", "upper"),
    ],
)
def test_classify(piece: str, kind: str) -> None:
    assert classify(piece) == kind


def test_is_unit_start() -> None:
    assert is_unit_start("Sở Nội vụ tổ chức")
    assert not is_unit_start("Tổ chức hội nghị")


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Sở Nội vụ và các cơ quan liên quan tổ chức hội nghị", "Sở Nội vụ và các cơ quan liên quan"),
        ("các cơ quan, tổ chức có liên quan tổ chức các khóa đào tạo", "các cơ quan, tổ chức có liên quan"),
        (
            "Sở Công Thương và Ủy ban nhân dân cấp xã trong việc thỏa thuận",
            "Sở Công Thương và Ủy ban nhân dân cấp xã",
        ),
        (
            "cơ quan chuyên môn thuộc Bộ Tài chính hoàn thiện dự thảo Đề án",
            "cơ quan chuyên môn thuộc Bộ Tài chính",
        ),
        ("các địa phương có rừng khẩn trương xây dựng cơ sở dữ liệu", "các địa phương có rừng"),
        (
            "Các đơn vị được giao nhiệm vụ trong Kế hoạch khẩn trương",
            "Các đơn vị được giao nhiệm vụ trong Kế hoạch",
        ),
        ("Sở Tài chính.", "Sở Tài chính"),
        ("Sở Y tế; Sở Tài chính thực hiện", "Sở Y tế; Sở Tài chính"),
    ],
)
def test_unit_list_end(text: str, units: str) -> None:
    assert text[: unit_list_end(text, nlp=False)] == units


def test_unknown_task_verb_is_found_by_underthesea() -> None:
    """No listed word ends "các cơ quan chuyên môn cấp huyện sơ tán ...": underthesea's tags do."""
    from vnlegal.lang import nlp

    before = nlp.calls().get("pos_tags", 0)
    text = "các cơ quan chuyên môn cấp huyện sơ tán nhân dân vùng lũ."
    assert text[: unit_list_end(text)] == "các cơ quan chuyên môn cấp huyện"
    assert text[: unit_list_end(text, nlp=False)] == text[:-1]
    assert nlp.calls().get("pos_tags", 0) <= before + 1


@pytest.mark.parametrize(
    "text",
    [
        "Cục Đào tạo, Cục Đối ngoại, Đại sứ quán hoặc cơ quan đại diện Nhà nước Việt Nam ở nước sở tại",
        "Cục Đối ngoại, Đại sứ quán Việt Nam tại Nhật Bản",
        "Bộ Ngoại giao, Lãnh sự quán Việt Nam tại Khon Kaen",
    ],
)
def test_an_embassy_after_a_comma_is_a_unit_of_its_own(text: str) -> None:
    units = split_units(text)
    assert len(units) >= 2 and any(u.startswith(("Đại sứ quán", "Lãnh sự quán")) for u in units), units
