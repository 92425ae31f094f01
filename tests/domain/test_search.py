from counselor_app.domain.search import matches, pinyin_forms, search_key, sort_key


def test_pinyin_initials_and_full_pinyin():
    assert pinyin_forms("张三明") == "zhangsanming zsm"
    assert pinyin_forms("Li Lei") == ""


def test_queries():
    key = search_key("2023070101", "张三明")
    for q in ("zsm", "ZSM", "zhangsan", "张三", "070101", "zs 0701"):
        assert matches(key, q), q
    for q in ("lsm", "李", "999"):
        assert not matches(key, q), q


def test_names_are_read_character_by_character_and_surnames_as_surnames():
    assert pinyin_forms("于思远") == "yusiyuan ysy"          # not the phrase reading yu sai
    assert pinyin_forms("曾小明") == "cengxiaoming cxm zengxiaoming zxm"
    assert pinyin_forms("单田芳").split()[2:] == ["shantianfang", "stf"]
    assert pinyin_forms("王a明") == "wangming wm"
    key = search_key("1", "曾小明")
    assert matches(key, "zxm") and matches(key, "cxm") and matches(key, "zengxiao")


def test_sort_key_reads_surnames_as_surnames():
    assert sorted(["王芳", "曾强", "陈静"], key=sort_key) == ["陈静", "王芳", "曾强"]
