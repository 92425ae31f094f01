"""Issue 10, finding 1: roles are signed by a head. A user holding only the data key (every password opens it) cannot
make themselves office head: the login refuses the forged role (audited) and ``verify`` names it."""
import json
import shutil
from pathlib import Path

import pytest

from testdata import HEAD_LOGIN, HEAD_PASSWORD
from counselor_app.domain.errors import RoleNotAuthentic
from counselor_app.domain.roles import Role
from counselor_app.services import credentials, signing, users as user_service
from counselor_app.services.integrity import verify_office
from counselor_app.services.office import login
from counselor_app.store import audit, crypto, signing as sig_store
from counselor_app.store.keyslots import KeySlots
from counselor_app.store.roster import RosterRow

PW = "Assistant-Pass-2026"
FIXTURES = Path(__file__).resolve().parents[1] / "store" / "fixtures"


@pytest.fixture
def office(new_office, data_dir):
    """An office with a head and an assistant; closed."""
    s = new_office.session
    user_service.add_user(s, "zhang", "张助理", Role.ASSISTANT, PW)
    user_service.add_user(s, "li", "李老师", Role.COUNSELOR, PW)
    s.close()
    return data_dir, new_office.recovery_key


def raw_sql(session, *statements):
    """What an assistant with a Python shell does with the data key their password opens."""
    for sql in statements:
        session.conn.execute(sql)


def audit_rows(data_dir, action):
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as s:
        return [r for r in audit.iter_all(s.conn) if r.action == action]


def test_an_assistant_who_sets_their_own_role_to_head_is_refused_and_reported(office):
    data_dir, _ = office
    with login(data_dir, "zhang", PW) as s:
        assert s.user.role is Role.ASSISTANT
        raw_sql(s, "UPDATE app_user SET role = 'head' WHERE login = 'zhang'")
    with pytest.raises(RoleNotAuthentic) as refused:
        login(data_dir, "zhang", PW)
    assert "cannot be confirmed" in refused.value.english()
    assert "differs from what an office head signed" in refused.value.english()
    denied = [r for r in audit_rows(data_dir, "login") if r.outcome == "denied"]
    assert [(r.detail, r.user_id) for r in denied] == [("role_changed", 2)]
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as head:
        report = verify_office(head)
    assert not report.ok
    assert any("Account #2 (zhang): the database says role: Office head, an office head signed role: Assistant" in p
               for p in report.problems)


def test_a_counselor_who_makes_an_account_head_by_sql_cannot_log_in_with_it(office):
    data_dir, _ = office
    with login(data_dir, "li", PW) as s:   # a counselor holds the clinical key, not a head's signing key
        raw_sql(s, "UPDATE app_user SET role = 'head' WHERE login = 'li'")
    with pytest.raises(RoleNotAuthentic):
        login(data_dir, "li", PW)


def test_an_account_inserted_by_sql_with_a_slot_of_its_own_is_refused(office):
    data_dir, _ = office
    with login(data_dir, "zhang", PW) as s:
        slots = KeySlots.load(data_dir / "keyslots.json")
        slot_id = slots.slot_id_for("boss")
        slots.add_principal(slot_id, "user", b"Made-Up-Pass-2026", s.data_key, crypto.default_kdf())
        slots.save(data_dir / "keyslots.json")
        raw_sql(s, "INSERT INTO app_user (login, display_name, role, active, slot_id, created_at) VALUES "
                   f"('boss', '假主任', 'head', 1, '{slot_id}', '2026-01-01T00:00:00+00:00')")
    with pytest.raises(RoleNotAuthentic) as refused:
        login(data_dir, "boss", "Made-Up-Pass-2026")
    assert "no office head has signed this account" in refused.value.english()
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as head:
        assert any("is in the database but no office head signed it" in p for p in verify_office(head).problems)


def test_a_slot_replaced_under_a_password_the_attacker_chose_is_refused(office):
    """The data key lets anyone write a new slot for the head's login; its key is not the one a head signed."""
    data_dir, _ = office
    with login(data_dir, "zhang", PW) as s:
        slots = KeySlots.load(data_dir / "keyslots.json")
        head_slot = slots.slot_id_for(HEAD_LOGIN)
        slots.add_principal(head_slot, "user", b"Taken-Over-2026", s.data_key, crypto.default_kdf())
        signing.give_signing_key(slots, head_slot)
        slots.save(data_dir / "keyslots.json")
    with pytest.raises(RoleNotAuthentic) as refused:
        login(data_dir, HEAD_LOGIN, "Taken-Over-2026")
    assert "key does not match" in refused.value.english()


def test_a_roster_made_up_by_the_assistant_is_refused_by_everyone_pinned_to_the_real_one(office):
    data_dir, _ = office
    with login(data_dir, "zhang", PW) as s:
        me = s.signer
        raw_sql(s, "DROP TRIGGER account_roster_no_delete", "DELETE FROM account_roster")
        body = {"office": me.office_id, "version": 1, "prev": "", "at": audit.now_iso(), "trail": {"count": 0,
                "hash": "0" * 64}, "recovery": "", "accounts": [
                    signing.account_entry(s.user, me.public) | {"role": "head"}]}
        text = sig_store.canonical(body)
        digest = sig_store.digest(text)
        s.conn.execute("INSERT INTO account_roster VALUES (?, ?, ?, ?, ?)",
                       (1, text, me.signer_id, me.sign(signing.roster_statement(me.office_id, 1, digest)), digest))
        raw_sql(s, "UPDATE app_user SET role = 'head' WHERE login = 'zhang'")
    for who, password in ((HEAD_LOGIN, HEAD_PASSWORD), ("zhang", PW)):
        with pytest.raises(RoleNotAuthentic) as refused:
            login(data_dir, who, password)
        assert "changed or replaced" in refused.value.english()


def test_every_change_of_the_head_is_signed_and_logins_keep_working(office):
    data_dir, recovery_key = office
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as head:
        user_service.change_role(head, "zhang", Role.COUNSELOR)
        user_service.add_user(head, "wang", "王老师", Role.HEAD, PW)
        user_service.deactivate_user(head, "li")
        user_service.reactivate_user(head, "li", "Second-Start-2026")
        user_service.set_temporary_password(head, "zhang", "Temporary-Pass-2026")
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as head:   # (verify right after a re-key, in the same
        assert verify_office(head).ok                          # session, fails SQLCipher's page check: not ours)
    for who, password, role in (("zhang", "Temporary-Pass-2026", Role.COUNSELOR), ("wang", PW, Role.HEAD),
                                ("li", "Second-Start-2026", Role.COUNSELOR)):
        with login(data_dir, who, password) as s:
            assert s.user.role is role and s.signer is not None
    # the second head signs too; the recovery key vouches for a recovered account's new key
    with login(data_dir, "wang", PW) as second:
        user_service.change_role(second, "zhang", Role.ASSISTANT)
    credentials.recover_password(data_dir, "zhang", recovery_key, "Recovered-Pass-2026")
    with login(data_dir, "zhang", "Recovered-Pass-2026") as s:
        assert s.user.role is Role.ASSISTANT
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as head:
        report = verify_office(head)
        assert report.ok, report.problems
        rows = list(head.conn.execute("SELECT version, signer FROM account_roster"))
    assert [signer for _v, signer in rows] == [1, 1, 1, 1, 1, 1, 1, 1, 4, 0]   # head ×8, wang, the recovery key


def test_a_role_change_signed_by_a_demoted_head_is_refused(office):
    """Only an active head of the previous version may sign: a version signed with an assistant's key fails."""
    data_dir, _ = office
    with login(data_dir, "zhang", PW) as s:
        with pytest.raises(RoleNotAuthentic):
            signing.sign_account(s.conn, s.signer, s.user.id)


def upgraded(tmp_path) -> Path:
    office = tmp_path / "office"
    shutil.copytree(FIXTURES / "schema_v5", office)
    return office


def test_an_upgraded_office_gets_its_signatures_at_the_first_head_login(tmp_path):
    office = upgraded(tmp_path)
    with login(office, "assistant", "Xinli-2026-Office") as s:   # before any head: the role as the database has it
        assert s.user.role is Role.ASSISTANT and s.signer is None
        assert s.conn.execute("SELECT count(*) FROM account_roster").fetchone()[0] == 0
    with login(office, "demo", "Xinli-2026-Office") as head:
        assert head.signer is not None
        assert verify_office(head).ok
        root = head.conn.execute("SELECT hash FROM account_roster WHERE version = 1").fetchone()[0]
        assert [r.action for r in audit.iter_all(head.conn)].count("roster.root") == 1
    slots = json.loads((office / "keyslots.json").read_text())
    assert slots["version"] == 4 and slots["root"] == root
    head_slot = KeySlots.load(office / "keyslots.json").slot_id_for("demo")
    assert next(s for s in slots["slots"] if s["id"] == head_slot)["pin"] == root
    with login(office, "assistant", "Xinli-2026-Office") as s:   # pinned at its own next login
        assert s.signer is not None
    assistant_slot = KeySlots.load(office / "keyslots.json").slot_id_for("assistant")
    assert KeySlots.load(office / "keyslots.json").find(assistant_slot).pin == root


def test_before_the_first_head_login_a_forged_head_without_the_clinical_key_is_refused(tmp_path):
    office = upgraded(tmp_path)
    with login(office, "assistant", "Xinli-2026-Office") as s:
        raw_sql(s, "UPDATE app_user SET role = 'head' WHERE login = 'assistant'")
    with pytest.raises(RoleNotAuthentic) as refused:
        login(office, "assistant", "Xinli-2026-Office")
    assert "clinical key" in refused.value.english()


def test_a_roster_version_changed_in_place_breaks_the_chain(office):
    data_dir, _ = office
    with login(data_dir, "zhang", PW) as s:
        raw_sql(s, "DROP TRIGGER account_roster_no_update",
                "UPDATE account_roster SET body = replace(body, '\"role\":\"assistant\"', '\"role\":\"head\"')")
    with pytest.raises(RoleNotAuthentic):
        login(data_dir, HEAD_LOGIN, HEAD_PASSWORD)


def test_roster_chain_rules():
    row = RosterRow(1, "{}", 1, b"", "x")
    assert signing.check_chain([], "office", None) == ([], None)
    assert signing.check_chain([row], "office", None) == ([], 1)


def test_restoring_a_backup_from_before_the_upgrade_needs_a_temporary_password_for_the_others(tmp_path):
    from counselor_app.services import restore

    office = upgraded(tmp_path)
    with login(office, "demo", "Xinli-2026-Office"):
        pass
    with login(office, "assistant", "Xinli-2026-Office") as s:
        assert s.signer is not None   # now pinned to the roster's root
    before = next(p for p in (office / "backups").iterdir() if p.name.startswith("premigration"))
    restore.restore_backup(office, before, "demo", "Xinli-2026-Office")
    with login(office, "demo", "Xinli-2026-Office") as head:   # a new root from the restored accounts
        assert verify_office(head).ok
    with pytest.raises(RoleNotAuthentic):                      # still bound to the old root
        login(office, "assistant", "Xinli-2026-Office")
    with login(office, "demo", "Xinli-2026-Office") as head:
        user_service.set_temporary_password(head, "assistant", "Temporary-Pass-2026")
    with login(office, "assistant", "Temporary-Pass-2026") as s:
        assert s.user.role is Role.ASSISTANT
