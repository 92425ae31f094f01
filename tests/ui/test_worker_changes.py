"""The worker tells the pages what an operation changed; no call site says it."""
from ui_helpers import log_in, wait_for


def test_an_operation_announces_its_areas_and_a_failed_one_nothing(qtbot, make_app, office_ready):
    from counselor_app.services import structure

    app = make_app()
    log_in(qtbot, app)
    seen = []
    app.worker.changed.connect(seen.append)
    done = []
    app.worker.run(lambda s: structure.add_class(s, "七年级", "9班"), done.append)
    wait_for(qtbot, lambda: bool(done))
    assert seen and {"register", "audit"} <= set(seen[-1])
    seen.clear()
    failed = []
    app.worker.run(lambda s: structure.add_class(s, "七年级", "9班"), None, failed.append)  # already there
    wait_for(qtbot, lambda: bool(failed))
    qtbot.wait(50)
    assert seen == []


def test_the_students_page_refreshes_after_a_class_is_added_elsewhere(qtbot, make_app, office_ready):
    from counselor_app.services import structure

    app = make_app()
    main = log_in(qtbot, app)
    main.go_to("students")
    page = main.pages["students"]
    loads = []
    original = page.refresh
    page.refresh = lambda: (loads.append(1), original())
    app.worker.run(lambda s: structure.add_class(s, "七年级", "8班"))
    wait_for(qtbot, lambda: bool(loads))


def test_a_call_after_shutdown_is_dropped_not_an_error(qtbot, make_app, office_ready):
    app = make_app()
    app.worker.shutdown()
    assert app.worker.run(lambda s: 1, lambda r: None) == -1
