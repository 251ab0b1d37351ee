"""An actor is made by a sign-in (or is the CLI, the window before sign-in, start-up recovery): one typed by
a script, or edited after it was made, is refused by every service; a signed-in user whose account was
deactivated or given another role since is refused by the services that return personal data."""
from __future__ import annotations

import dataclasses

import pytest

from enrol.db.engine import Database
from enrol.domain.children import ChildFields
from enrol.services.centre import settings
from enrol.services.context import SYSTEM, Actor
from enrol.services.people import audit, children, users
from enrol.services.people.permissions import NotSignedIn, PermissionDenied

PASSWORD = "correct horse 42"


@pytest.fixture
def centre(db: Database) -> tuple[Database, int]:
    users.add_user(db, actor=Actor.cli(), login="desk", role="registrar", full_name="Тіркеуші", password=PASSWORD)
    users.add_user(db, actor=Actor.cli(), login="teacher", role="teacher", full_name="Педагог", password=PASSWORD)
    kid = children.register_child(
        db, actor=Actor.cli(), fields=ChildFields(surname="Нүсіпова", name="Әсем", iin="150314601232"),
        guardians=[children.GuardianInput(full_name="Нүсіпова Гүлнар", phone="+77071234567")]).child.id
    return db, kid


def test_a_typed_actor_is_refused_everywhere(centre: tuple[Database, int]) -> None:
    db, kid = centre
    forged = Actor(login="cli:root", role="administrator")
    for call in (lambda: children.child_detail(db, actor=forged, child=kid),
                 lambda: children.search_children(db, actor=forged, text="Нүс"),
                 lambda: audit.list_events(db, actor=forged),
                 lambda: settings.set_setting(db, actor=forged, key="building_capacity", value="10")):
        with pytest.raises(NotSignedIn):
            call()
    assert settings.get_setting(db, key="building_capacity").value != "10"


def test_an_actor_edited_after_sign_in_is_refused(centre: tuple[Database, int]) -> None:
    db, kid = centre
    teacher = users.sign_in(db, login="teacher", password=PASSWORD)
    assert children.search_children(db, actor=teacher, text="Нүс")  # a teacher finds a child of a register
    with pytest.raises(PermissionDenied):
        children.child_detail(db, actor=teacher, child=kid)  # but not the guardians' phones
    promoted = dataclasses.replace(teacher, role="administrator")
    with pytest.raises(NotSignedIn):
        children.child_detail(db, actor=promoted, child=kid)
    impostor = dataclasses.replace(teacher, login="desk", user_id=teacher.user_id)
    with pytest.raises(NotSignedIn):
        children.search_children(db, actor=impostor, text="Нүс")


def test_a_session_ends_with_a_deactivation_or_a_change_of_role(centre: tuple[Database, int]) -> None:
    db, kid = centre
    desk = users.sign_in(db, login="desk", password=PASSWORD)
    assert children.child_detail(db, actor=desk, child=kid).guardians[0].phone == "+77071234567"
    users.update_user(db, actor=Actor.cli(), login="desk", role="teacher")
    with pytest.raises(NotSignedIn):
        children.child_detail(db, actor=desk, child=kid)
    users.update_user(db, actor=Actor.cli(), login="desk", role="registrar")
    assert children.child_guardians(db, actor=desk, child=kid)
    users.deactivate_user(db, actor=Actor.cli(), login="desk")
    with pytest.raises(NotSignedIn):
        children.child_guardians(db, actor=desk, child=kid)


def test_the_cli_the_window_before_sign_in_and_recovery_are_genuine() -> None:
    assert Actor.cli().genuine and Actor.desktop().genuine and SYSTEM.genuine
    assert not Actor(login=SYSTEM.login, role=SYSTEM.role).genuine


def test_every_personal_data_read_refuses_a_deactivated_users_session(centre: tuple[Database, int],
                                                                      tmp_path) -> None:  # type: ignore[no-untyped-def]
    from enrol.services.attendance import month
    from enrol.services.enrolment import notifications
    from enrol.services.people import child_data, consent
    from enrol.services.transfer import exports

    db, kid = centre
    desk = users.sign_in(db, login="desk", password=PASSWORD)
    reads = [
        lambda: child_data.export_child(db, actor=desk, child=kid),
        lambda: consent.consent_register(db, actor=desk, child=kid),
        lambda: consent.children_without_consent(db, actor=desk),
        lambda: month.child_attendance(db, actor=desk, child=kid),
        lambda: notifications.list_notifications(db, actor=desk),
        lambda: exports.export_children(db, actor=desk, path=tmp_path / "children.csv"),
        lambda: children.child_detail(db, actor=desk, child=kid),
    ]
    for read in reads:
        read()  # allowed while the account is active
    users.deactivate_user(db, actor=Actor.cli(), login="desk")
    for read in reads:
        with pytest.raises(NotSignedIn):
            read()
