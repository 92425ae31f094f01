"""A deterministic generator of a SYNTHETIC school for demos, tests and benchmarks.

Every person here is invented: names are drawn from common surnames and given-name characters, phone numbers all
start with "1990" and birth dates follow the grade. Pure Python (no Qt, no SQL, no I/O); only ``random.Random(seed)``
is used, so the same arguments give the same school. With ``today=None`` the reference date is ``date.today()``
(ages and enrolment years then follow the real calendar); pass ``today`` for a fully reproducible result.
"""
from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass
from datetime import date
from random import Random

from counselor_app.domain import staff_roles
from counselor_app.domain.school import GradeKind, SchoolType

SCHOOL_TYPES = tuple(t.value for t in SchoolType)
STAFF_ROLES = staff_roles.CODES


@dataclass(frozen=True, slots=True)
class DemoStaff:
    key: str
    name: str
    gender: str
    phone: str
    roles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DemoClass:
    key: str
    grade_key: str
    name: str
    head_teacher_key: str | None


@dataclass(frozen=True, slots=True)
class DemoGrade:
    key: str
    name: str
    kind: str
    level: int
    leader_key: str | None


@dataclass(frozen=True, slots=True)
class DemoGuardian:
    name: str
    relation: str
    phone: str


@dataclass(frozen=True, slots=True)
class DemoStudent:
    student_no: str
    name: str
    gender: str
    birth_date: date
    class_key: str
    dorm: str | None
    boarding: bool
    guardians: tuple[DemoGuardian, ...]
    is_monitor: bool


@dataclass(frozen=True, slots=True)
class DemoSchool:
    grades: tuple[DemoGrade, ...]
    classes: tuple[DemoClass, ...]
    staff: tuple[DemoStaff, ...]
    students: tuple[DemoStudent, ...]


# --- name material -------------------------------------------------------------------------------------------------
# Common surnames with rough relative frequencies (per 10,000), then a few compound surnames, rarely.
_SURNAMES = tuple("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董肖程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶"
                  "闫余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
                  ) + ("欧阳", "司马", "上官", "诸葛", "东方", "慕容")
_SURNAME_WEIGHTS = (
    741, 794, 707, 538, 453, 308, 229, 223, 212, 205, 167, 154, 131, 126, 121, 118, 117, 115, 105, 86,  # 王..罗
    80, 75, 72, 68, 65, 61, 60, 57, 55, 55, 52, 50, 48, 48, 47, 44, 43, 42, 41, 40,  # 梁..吕
    39, 38, 37, 36, 35, 34, 33, 32, 32, 31, 30, 30, 29, 29, 28, 28, 27, 27, 26, 26,  # 苏..姜
    25, 25, 24, 24, 23, 23, 22, 22, 21, 21, 20, 20, 20, 19, 19, 18, 18, 18, 17, 17,  # 范..史
    16, 16, 16, 15, 15, 15, 14, 14, 14, 13, 13, 13, 12, 12, 12, 11, 11, 11, 10, 10,  # 顾..文
    4, 1, 1, 1, 1, 1,  # compound
)
_SURNAME_CUM = tuple(itertools.accumulate(_SURNAME_WEIGHTS))
_SURNAME_TOTAL = _SURNAME_CUM[-1]
assert len(_SURNAMES) == len(_SURNAME_WEIGHTS)

_M, _F = "male", "female"
# Students (born 2005-2020): whole popular names, first + second characters, single characters.
_YOUNG_FULL = {
    _M: "子轩 浩宇 宇轩 浩然 梓轩 子豪 俊杰 宇航 博文 皓轩 子墨 一鸣 明轩 天佑 思远 泽宇 嘉豪 宇辰 家豪 俊熙 晨阳 奕辰 "
        "梓豪 若凡 景行 昊天 铭泽 沐阳 子睿 煜祺 智宸 正豪 昊然 明杰 立诚 立轩 立辉 峻熙 弘文 熠彤 鸿煊 烨霖 哲瀚 "
        "鑫鹏 致远 俊驰 雨泽 烨磊 晟睿 天宇 文昊 修洁 黎昕 远航 旭尧 鸿涛 伟祺 荣轩 越泽 浩宇 瑾瑜 皓轩 擎苍 擎宇".split(),
    _F: "欣怡 梓涵 诗涵 雨涵 子涵 可馨 雨欣 一诺 梓萱 语桐 思彤 欣妍 紫萱 佳怡 佳琪 雨桐 若汐 芷若 梦琪 语嫣 诗琪 "
        "可欣 晓彤 静怡 雅琪 思琪 婉清 心怡 嘉怡 依诺 欣然 诗雨 雨萱 梓琪 悦然 思涵 子萱 雅涵 沐晴 安琪 语汐 梦瑶 "
        "嘉欣 若曦 紫涵 芊芊 佳欣 梓晴 婧琪 书瑶 晨曦 雨彤 乐瑶 羽彤 清妍 诗琳 梓妍 钰涵 一然 可昕 怡宁 思语".split(),
}
_YOUNG_FIRST = {_M: tuple("子浩宇俊博明文嘉天泽睿家志一思晨锦昊鸿承逸景瑞"), _F: tuple("欣梓诗雨可语思佳若梦晓静雅婉心紫芷书婧嘉")}
_YOUNG_SECOND = {_M: tuple("轩豪然杰航辰阳熙鸣远涛铭川凯霖森恒哲源翔"), _F: tuple("怡涵萱桐彤琪妍馨汐悦瑶雯琳菲颖宁诺月曦蕊")}
_YOUNG_SINGLE = {_M: tuple("浩宇磊鑫杰睿航博凯阳辰毅"), _F: tuple("琳婷悦萱妍瑶雪娜静颖璐琪")}
# Parents and staff (born 1965-2000).
_ADULT = {
    _M: "伟 磊 军 勇 强 涛 斌 鹏 超 杰 明 华 平 刚 波 辉 峰 建华 国强 志强 海涛 永刚 晓东 建军 文斌 俊峰 志刚 宏伟 "
        "春雷 立新 海波 振华 金龙 小龙 晓明 文军 建平 红军 卫东 德胜 子健 俊 浩 亮 鑫 飞 健 宇 凯 帅".split(),
    _F: "芳 丽 静 敏 艳 娟 霞 燕 红 玲 慧 婷 莉 萍 倩 颖 洁 琳 丹 雪 丽娟 春梅 海燕 晓燕 丽华 红梅 美玲 雪梅 "
        "晓红 丽萍 桂芳 玉梅 小丽 晓丽 秀丽 明霞 文静 丽丽 婷婷 晓静 佳 莹 瑶 薇 欢 璐 蕾 媛 晶 姗".split(),
}
# Grandparents (born 1940-1970).
_OLD = {
    _M: "建国 国华 德明 福生 金山 志明 长林 永福 保国 树林 国庆 文华 明德 广才 振国 德福 玉林 学军 长生 "
        "春生 满仓 有才 卫国 新民 胜利 跃进 庆丰 兴旺 成 林 军 华 明 忠 贵 福 山".split(),
    _F: "秀英 桂英 玉兰 秀兰 桂兰 凤英 淑珍 玉珍 翠花 秀珍 桂芝 金凤 素芬 淑英 玉梅 秀云 兰英 桂香 "
        "秀芳 凤兰 玉芳 素珍 春兰 冬梅 美兰 淑芬 英 兰 芳 珍 凤 华 梅".split(),
}

_K12_GRADE_NAMES = ("", "一年级", "二年级", "三年级", "四年级", "五年级", "六年级", "七年级", "八年级", "九年级",
                    "高一", "高二", "高三")
_LEVELS = {"primary": range(1, 7), "middle": range(7, 10), "high": range(10, 13), "nine_year": range(1, 10),
           "complete_middle": range(7, 13), "vocational": range(10, 13)}
# Share of boarders by school type: (up to this level, this share; above it, that share). Universities: everybody.
_BOARDING = {"primary": (12, 0.03, 0.03), "middle": (12, 0.3, 0.3), "high": (12, 0.7, 0.7),
             "nine_year": (6, 0.04, 0.25), "complete_middle": (9, 0.3, 0.65), "vocational": (12, 0.8, 0.8)}
_VOC_MAJORS = ("计算机应用", "电子商务", "会计事务", "数控技术应用", "汽车运用与维修", "机电技术应用", "学前教育", "护理",
               "旅游服务与管理", "电子技术应用", "工业机器人技术应用", "建筑工程施工")
_DEPARTMENTS = (
    ("计算机学院", ("计算机科学与技术", "软件工程", "网络工程")), ("外国语学院", ("英语", "日语", "翻译")),
    ("文学院", ("汉语言文学", "秘书学")), ("数学与统计学院", ("数学与应用数学", "统计学")),
    ("物理与电子工程学院", ("物理学", "电子信息工程")), ("化学与材料工程学院", ("化学", "材料科学与工程")),
    ("经济与管理学院", ("会计学", "工商管理", "国际经济与贸易")), ("法学院", ("法学",)),
    ("马克思主义学院", ("思想政治教育",)), ("教育科学学院", ("小学教育", "学前教育", "应用心理学")),
    ("艺术学院", ("美术学", "视觉传达设计", "环境设计")), ("体育学院", ("体育教育", "社会体育指导与管理")),
    ("机械工程学院", ("机械设计制造及其自动化", "车辆工程")), ("土木与建筑工程学院", ("土木工程", "建筑学")),
    ("医学院", ("临床医学", "护理学")), ("生命科学学院", ("生物科学", "生物技术")),
    ("新闻与传播学院", ("新闻学", "广告学")), ("音乐学院", ("音乐学", "音乐表演")),
    ("电气工程学院", ("电气工程及其自动化", "自动化")), ("历史与社会学院", ("历史学", "社会工作")),
)
# Share of boys where a major is far from even (default: about even).
_MALE_SHARE = {"学前教育": 0.06, "小学教育": 0.2, "护理": 0.1, "护理学": 0.15, "英语": 0.18, "日语": 0.25,
               "翻译": 0.2, "会计事务": 0.2, "会计学": 0.25, "旅游服务与管理": 0.3, "应用心理学": 0.3,
               "汉语言文学": 0.2, "数控技术应用": 0.9, "汽车运用与维修": 0.92, "机电技术应用": 0.85,
               "工业机器人技术应用": 0.85, "建筑工程施工": 0.85, "机械设计制造及其自动化": 0.85, "车辆工程": 0.88,
               "土木工程": 0.8, "计算机科学与技术": 0.7, "软件工程": 0.72, "网络工程": 0.75,
               "电气工程及其自动化": 0.8, "自动化": 0.78, "体育教育": 0.7}
_ROOMS_PER_FLOOR, _FLOORS = 20, 6


def _pick(rng: Random, seq):
    """Like ``rng.choice`` with one call into C (``Random.random``): the generator's hot path."""
    return seq[int(rng.random() * len(seq))]


def _surname(rng: Random) -> str:
    return _SURNAMES[bisect.bisect_right(_SURNAME_CUM, rng.random() * _SURNAME_TOTAL)]


def _phone(rng: Random) -> str:
    return str(19_900_000_000 + int(rng.random() * 10_000_000))


_YOUNG = {g: (_YOUNG_FULL[g], _YOUNG_FIRST[g], _YOUNG_SECOND[g], _YOUNG_SINGLE[g]) for g in (_M, _F)}


def _young_given(rnd, gender: str) -> str:
    full, first, second, single = _YOUNG[gender]
    r = rnd()
    if r < 0.45:
        return full[int(rnd() * len(full))]
    if r < 0.88:
        return first[int(rnd() * len(first))] + second[int(rnd() * len(second))]
    return single[int(rnd() * len(single))]


# Who looks after the student: (cumulative probability, relations). The father and the paternal grandfather share
# the student's surname; 其他 is an aunt, an uncle or a foster parent.
_GUARDIAN_PATTERNS = ((0.32, ("父亲", "母亲")), (0.64, ("母亲", "父亲")), (0.76, ("母亲",)), (0.85, ("父亲",)),
                      (0.91, ("祖母", "祖父")), (0.95, ("外祖母", "外祖父")), (0.98, ("父亲", "祖母")), (1.0, ("其他",)))
_RELATIONS = {"父亲": (_ADULT[_M], True), "母亲": (_ADULT[_F], False), "祖父": (_OLD[_M], True),
              "祖母": (_OLD[_F], False), "外祖父": (_OLD[_M], False), "外祖母": (_OLD[_F], False),
              "其他": (_ADULT[_M] + _ADULT[_F], False)}
_GUARDIAN_BOUNDS = tuple(bound for bound, _ in _GUARDIAN_PATTERNS)
_GUARDIAN_CHOICES = tuple(tuple((rel, *_RELATIONS[rel]) for rel in rels) for _, rels in _GUARDIAN_PATTERNS)


def _guardians(rnd, surname: str) -> tuple[DemoGuardian, ...]:
    out = []
    for relation, pool, same in _GUARDIAN_CHOICES[bisect.bisect_right(_GUARDIAN_BOUNDS, rnd())]:
        name = (surname if same else _SURNAMES[bisect.bisect_right(_SURNAME_CUM, rnd() * _SURNAME_TOTAL)]) \
            + pool[int(rnd() * len(pool))]
        out.append(DemoGuardian(name, relation, str(19_900_000_000 + int(rnd() * 10_000_000))))
    return tuple(out)


def _apportion(total: int, weights: list[float]) -> list[int]:
    """Split ``total`` by ``weights`` exactly (largest remainder)."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    out = [int(x) for x in raw]
    for i in sorted(range(len(raw)), key=lambda i: (out[i] - raw[i], i))[:total - sum(out)]:
        out[i] += 1
    return out


def _class_sizes(n: int, target: int, cap: int) -> list[int]:
    k = max(1, round(n / target), -(-n // cap))
    return [n // k + (i < n % k) for i in range(k)]


class _StaffRoom:
    """Collects staff while the structure is built; frozen at the end."""

    def __init__(self, rng: Random) -> None:
        self.rng = rng
        self.rows: list[list] = []

    def add(self, role: str, female_share: float) -> str:
        gender = _F if self.rng.random() < female_share else _M
        name = _surname(self.rng) + _pick(self.rng, _ADULT[gender])
        self.rows.append([f"S{len(self.rows) + 1:04d}", name, gender, _phone(self.rng), {role}])
        return self.rows[-1][0]

    def add_role(self, key: str, role: str) -> None:
        self.rows[int(key[1:]) - 1][4].add(role)

    def freeze(self) -> tuple[DemoStaff, ...]:
        return tuple(DemoStaff(key, name, gender, phone, tuple(r for r in STAFF_ROLES if r in roles))
                     for key, name, gender, phone, roles in self.rows)


def generate_school(school_type: str, students: int, seed: int = 0, today: date | None = None) -> DemoSchool:
    """A synthetic school of ``school_type`` (one of SCHOOL_TYPES) with exactly ``students`` students."""
    kind = getattr(school_type, "value", school_type)  # accepts SchoolType members too
    if kind not in SCHOOL_TYPES:
        raise ValueError(f"unknown school type: {school_type!r}")
    if isinstance(students, bool) or not isinstance(students, int):
        raise ValueError(f"student count must be an int, got {students!r}")
    if students < 0:
        raise ValueError(f"student count must not be negative, got {students}")
    today = today or date.today()
    rng = Random(seed)
    sy = today.year if today.month >= 9 else today.year - 1  # the school year starts on 1 September
    staff = _StaffRoom(rng)
    university = kind == "university"
    for _ in range(5 + (students > 15000) if university else 3 + (students > 1500) + (students > 3000)):
        staff.add("school_leader", 0.35)
    n_full = (2 + (students > 8000)) if university else 1 + (students > 1000) + (students > 3000)
    for _ in range(n_full):
        staff.add("counselor_full", 0.75)

    grades: list[DemoGrade] = []
    classes: list[DemoClass] = []
    # per class: key, size, effective level (K-12 grade; university year y counts as 13 + y), boarding share,
    # share of boys, student_no prefix, first sequence number, sequence width
    plan: list[tuple[str, int, int, float, float, str, int, int]] = []
    if university:
        depts = [_DEPARTMENTS[i] for i in sorted(rng.sample(range(len(_DEPARTMENTS)),
                                                              min(len(_DEPARTMENTS), max(4, round(students / 2500)))))]
        dept_counts = _apportion(students, [rng.uniform(0.6, 1.4) for _ in depts])
        cohorts = [_apportion(n, [1.0, 1.02, 1.04, 1.06]) for n in dept_counts]  # year 4, 3, 2, 1
        width = max(4, len(str(max(max(c) for c in cohorts))))
        part_from_instructors = []
        for d, ((dept_name, majors), counts) in enumerate(zip(depts, cohorts), 1):
            dkey = f"D{d:02d}"
            grades.append(DemoGrade(dkey, dept_name, GradeKind.DEPARTMENT.value, 0, staff.add("department_head", 0.35)))
            sizes_by_year = [_class_sizes(n, rng.randint(30, 35), 40) for n in counts]
            cw = max(2, len(str(sum(map(len, sizes_by_year)))))
            instructors: list[str] = []
            n_classes = 0
            for y, n, sizes in zip((3, 2, 1, 0), counts, sizes_by_year):
                entry = sy - y
                mine = [staff.add("instructor", 0.55) for _ in range(max(1, round(n / 200)))]
                instructors += mine
                per_major: dict[str, int] = {}
                seq = 1
                for i, size in enumerate(sizes):
                    major = majors[i % len(majors)]
                    per_major[major] = num = per_major.get(major, 0) + 1
                    n_classes += 1
                    ckey = f"{dkey}C{n_classes:0{cw}d}"
                    classes.append(DemoClass(ckey, dkey, f"{major}{entry % 100:02d}{num:02d}班",
                                             mine[i * len(mine) // len(sizes)]))
                    plan.append((ckey, size, 13 + y, 1.0, _MALE_SHARE.get(major, 0.5), f"{entry}{d:02d}", seq, width))
                    seq += size
            part_from_instructors.append(rng.choice(instructors))
        for key in part_from_instructors:
            staff.add_role(key, "counselor_part")
        for _ in range(2):
            staff.add("counselor_part", 0.7)
    else:
        levels = _LEVELS[kind]
        head_keys: list[str] = []
        counts = _apportion(students, [1 + rng.uniform(-0.08, 0.08) for _ in levels])
        sizes_by_grade = [_class_sizes(n, rng.randint(42, 48), 55) for n in counts]
        cw = max(2, len(str(max(map(len, sizes_by_grade)))))
        majors = rng.sample(_VOC_MAJORS, min(len(_VOC_MAJORS), max(3, students // 500)))
        for level, sizes in zip(levels, sizes_by_grade):
            gkey = f"G{level:02d}"
            stage = 1 if level <= 6 else 7 if level <= 9 else 10
            entry = sy - (level - stage)
            voc = kind == "vocational"
            grades.append(DemoGrade(gkey, f"{entry}级" if voc else _K12_GRADE_NAMES[level], GradeKind.GRADE.value, level,
                                    staff.add("grade_leader", 0.55)))
            upto, low, high = _BOARDING[kind]
            per_major = {}
            for c, size in enumerate(sizes, 1):
                ckey = f"{gkey}C{c:0{cw}d}"
                head = staff.add("head_teacher", 0.7)
                head_keys.append(head)
                male_share = 0.515
                if voc:
                    major = majors[(c - 1) % len(majors)]
                    per_major[major] = num = per_major.get(major, 0) + 1
                    name = f"{entry}级{major}{num}班"
                    male_share = _MALE_SHARE.get(major, 0.55)
                else:
                    name = f"{_K12_GRADE_NAMES[level]}({c})班"
                classes.append(DemoClass(ckey, gkey, name, head))
                plan.append((ckey, size, level, low if level <= upto else high, male_share,
                             f"{entry}{stage:02d}{c:0{cw}d}", 1, 2))
        n_part = min(10, max(2, len(head_keys) // 12))
        for key in rng.sample(head_keys, min(len(head_keys), n_part // 2)):
            staff.add_role(key, "counselor_part")
        for _ in range(n_part - n_part // 2):
            staff.add("counselor_part", 0.7)

    # --- students ---------------------------------------------------------------------------------------------
    older_p, younger_p = (0.15, 0.03) if university else (0.12, 0.0) if kind == "vocational" else (0.06, 0.0)
    room_cap = 4 if university else 6 if kind in ("high", "vocational") else 8
    beds = {_M: 0, _F: 0}  # beds handed out so far per gender; boys in odd buildings, girls in even ones
    per_building = _ROOMS_PER_FLOOR * _FLOORS
    out: list[DemoStudent] = []
    rnd = rng.random
    for ckey, size, level, boarding_p, male_share, prefix, seq, width in plan:
        first_no = int(prefix) * 10 ** width + seq  # prefixes start with a year: no leading zero
        # A grade-``level`` student normally turned level+5 by 31 August of the school year's start.
        windows = []
        for shift in (0, 1, -1):
            lo = date(sy - level - 6 - shift, 9, 1).toordinal()
            windows.append((lo, date(sy - level - 5 - shift, 8, 31).toordinal() - lo + 1))
        for gender in beds:  # each class starts its own rooms
            beds[gender] += -beds[gender] % room_cap
        monitor = rng.randrange(size) if size else -1
        for i in range(size):
            gender = _M if rnd() < male_share else _F
            surname = _SURNAMES[bisect.bisect_right(_SURNAME_CUM, rnd() * _SURNAME_TOTAL)]
            r = rnd()
            lo, span = windows[1 if r < older_p else 2 if r > 1 - younger_p else 0]
            boarding = rnd() < boarding_p
            dorm = None
            if boarding:
                room = beds[gender] // room_cap
                beds[gender] += 1
                building = 2 * (room // per_building) + (1 if gender == _M else 2)
                floor, num = divmod(room % per_building, _ROOMS_PER_FLOOR)
                dorm = f"{building}号楼-{floor + 1}{num + 1:02d}"
            out.append(DemoStudent(str(first_no + i), surname + _young_given(rnd, gender), gender,
                                   date.fromordinal(lo + int(rnd() * span)), ckey, dorm, boarding,
                                   _guardians(rnd, surname), i == monitor))
    return DemoSchool(tuple(grades), tuple(classes), staff.freeze(), tuple(out))
