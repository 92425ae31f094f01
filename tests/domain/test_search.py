from counselor_app.domain.search import matches, pinyin_forms, search_key


def test_pinyin_initials_and_full_pinyin():
    assert pinyin_forms("张三明") == "zhangsanming zsm"
    assert pinyin_forms("Li Lei") == ""


def test_queries():
    key = search_key("2023070101", "张三明")
    for q in ("zsm", "ZSM", "zhangsan", "张三", "070101", "zs 0701"):
        assert matches(key, q), q
    for q in ("lsm", "李", "999"):
        assert not matches(key, q), q
