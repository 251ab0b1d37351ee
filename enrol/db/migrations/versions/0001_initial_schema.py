"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-27
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=80), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('entity', sa.String(length=30), nullable=False),
    sa.Column('entity_id', sa.String(length=40), nullable=True),
    sa.Column('before', sa.Text(), nullable=True),
    sa.Column('after', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_events'))
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_events_actor'), ['actor'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_events_at'), ['at'], unique=False)
        batch_op.create_index('ix_audit_events_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('children',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('surname', sa.String(length=80), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('patronymic', sa.String(length=80), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=False),
    sa.Column('iin', sa.String(length=12), nullable=True),
    sa.Column('school', sa.String(length=200), nullable=True),
    sa.Column('grade', sa.Integer(), nullable=True),
    sa.Column('shift', sa.Integer(), nullable=True),
    sa.Column('district', sa.String(length=80), nullable=True),
    sa.Column('priority', sa.String(length=30), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('search_key', sa.String(length=300), nullable=False),
    sa.Column('search_key_alt', sa.String(length=300), nullable=False),
    sa.Column('sort_key', sa.String(length=600), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('anonymised', sa.Boolean(), nullable=False),
    sa.CheckConstraint("sex IN ('f', 'm')", name=op.f('ck_children_sex_value')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_children')),
    sa.UniqueConstraint('iin', name=op.f('uq_children_iin'))
    )
    with op.batch_alter_table('children', schema=None) as batch_op:
        batch_op.create_index('ix_children_birth_date', ['birth_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_children_search_key'), ['search_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_children_search_key_alt'), ['search_key_alt'], unique=False)
        batch_op.create_index(batch_op.f('ix_children_sort_key'), ['sort_key'], unique=False)

    op.create_table('clubs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('name_ru', sa.String(length=200), nullable=True),
    sa.Column('direction', sa.String(length=30), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('age_min', sa.Integer(), nullable=False),
    sa.Column('age_max', sa.Integer(), nullable=False),
    sa.Column('funding', sa.String(length=10), nullable=False),
    sa.Column('default_group_size', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.CheckConstraint('age_min <= age_max', name=op.f('ck_clubs_age_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clubs')),
    sa.UniqueConstraint('name', name=op.f('uq_clubs_name'))
    )
    locks = op.create_table('locks',
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_locks'))
    )
    # The row every capacity-changing writer locks first on PostgreSQL (SELECT … FOR UPDATE).
    op.bulk_insert(locks, [{'name': 'building'}])
    op.create_table('rooms',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('floor', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('seats', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.CheckConstraint('floor BETWEEN 1 AND 3', name=op.f('ck_rooms_floor_range')),
    sa.CheckConstraint('seats >= 0', name=op.f('ck_rooms_seats_nonnegative')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rooms')),
    sa.UniqueConstraint('code', name=op.f('uq_rooms_code'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('staff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('surname', sa.String(length=80), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('patronymic', sa.String(length=80), nullable=True),
    sa.Column('position', sa.String(length=30), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff'))
    )
    op.create_table('events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=False),
    sa.Column('headcount', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.CheckConstraint('headcount >= 0', name=op.f('ck_events_headcount_nonnegative')),
    sa.CheckConstraint('starts_at < ends_at', name=op.f('ck_events_time_order')),
    sa.ForeignKeyConstraint(['room_id'], ['rooms.id'], name=op.f('fk_events_room_id_rooms')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_events'))
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index('ix_events_starts_at', ['starts_at'], unique=False)

    op.create_table('groups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('club_id', sa.Integer(), nullable=False),
    sa.Column('teacher_id', sa.Integer(), nullable=True),
    sa.Column('seats', sa.Integer(), nullable=False),
    sa.Column('age_min', sa.Integer(), nullable=False),
    sa.Column('age_max', sa.Integer(), nullable=False),
    sa.Column('language', sa.String(length=2), nullable=False),
    sa.Column('academic_year', sa.String(length=9), nullable=False),
    sa.Column('funding', sa.String(length=10), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.CheckConstraint('age_min <= age_max', name=op.f('ck_groups_age_order')),
    sa.CheckConstraint('seats >= 0', name=op.f('ck_groups_seats_nonnegative')),
    sa.ForeignKeyConstraint(['club_id'], ['clubs.id'], name=op.f('fk_groups_club_id_clubs')),
    sa.ForeignKeyConstraint(['teacher_id'], ['staff.id'], name=op.f('fk_groups_teacher_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_groups')),
    sa.UniqueConstraint('code', name=op.f('uq_groups_code'))
    )
    with op.batch_alter_table('groups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_groups_club_id'), ['club_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_groups_teacher_id'), ['teacher_id'], unique=False)

    op.create_table('guardians',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('child_id', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('relation', sa.String(length=30), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('iin', sa.String(length=12), nullable=True),
    sa.ForeignKeyConstraint(['child_id'], ['children.id'], name=op.f('fk_guardians_child_id_children'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guardians'))
    )
    with op.batch_alter_table('guardians', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_guardians_child_id'), ['child_id'], unique=False)

    op.create_table('specialists',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('specialty', sa.String(length=30), nullable=False),
    sa.Column('cabinet_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['cabinet_id'], ['rooms.id'], name=op.f('fk_specialists_cabinet_id_rooms')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_specialists_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_specialists')),
    sa.UniqueConstraint('staff_id', name=op.f('uq_specialists_staff_id'))
    )
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('login', sa.String(length=60), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('password_hash', sa.String(length=300), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_users_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('login', name=op.f('uq_users_login'))
    )
    op.create_table('appointments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('specialist_id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('series_id', sa.String(length=36), nullable=True),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.CheckConstraint('starts_at < ends_at', name=op.f('ck_appointments_time_order')),
    sa.ForeignKeyConstraint(['room_id'], ['rooms.id'], name=op.f('fk_appointments_room_id_rooms')),
    sa.ForeignKeyConstraint(['specialist_id'], ['specialists.id'], name=op.f('fk_appointments_specialist_id_specialists')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appointments'))
    )
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_appointments_specialist_id'), ['specialist_id'], unique=False)
        batch_op.create_index('ix_appointments_starts_at', ['starts_at'], unique=False)

    op.create_table('consents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('child_id', sa.Integer(), nullable=False),
    sa.Column('guardian_id', sa.Integer(), nullable=True),
    sa.Column('signed_by', sa.String(length=200), nullable=False),
    sa.Column('relation', sa.String(length=30), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=False),
    sa.Column('scope', sa.Text(), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('photo_consent', sa.Boolean(), nullable=False),
    sa.Column('form_version', sa.String(length=30), nullable=False),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('recorded_by', sa.String(length=80), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['children.id'], name=op.f('fk_consents_child_id_children'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['guardian_id'], ['guardians.id'], name=op.f('fk_consents_guardian_id_guardians'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consents'))
    )
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consents_child_id'), ['child_id'], unique=False)

    op.create_table('enrolments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('child_id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('priority_rank', sa.Integer(), nullable=False),
    sa.Column('applied_at', sa.DateTime(), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('offer_expires_at', sa.DateTime(), nullable=True),
    sa.Column('funding', sa.String(length=20), nullable=False),
    sa.Column('voucher_number', sa.String(length=40), nullable=True),
    sa.Column('override_reason', sa.Text(), nullable=True),
    sa.Column('withdraw_reason', sa.Text(), nullable=True),
    sa.CheckConstraint("status IN ('waitlisted', 'offered', 'enrolled', 'withdrawn', 'completed', 'declined', 'expired')", name=op.f('ck_enrolments_status_value')),
    sa.ForeignKeyConstraint(['child_id'], ['children.id'], name=op.f('fk_enrolments_child_id_children')),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_enrolments_group_id_groups')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enrolments'))
    )
    with op.batch_alter_table('enrolments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enrolments_child_id'), ['child_id'], unique=False)
        batch_op.create_index('ix_enrolments_group_status', ['group_id', 'status'], unique=False)
        batch_op.create_index('uq_enrolments_child_group_active', ['child_id', 'group_id'], unique=True, sqlite_where=sa.text("status IN ('waitlisted', 'offered', 'enrolled')"), postgresql_where=sa.text("status IN ('waitlisted', 'offered', 'enrolled')"))

    op.create_table('meetings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('weekday', sa.Integer(), nullable=False),
    sa.Column('start_minute', sa.Integer(), nullable=False),
    sa.Column('end_minute', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=True),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.CheckConstraint('start_minute >= 0 AND start_minute < end_minute AND end_minute <= 1440', name=op.f('ck_meetings_time_order')),
    sa.CheckConstraint('weekday BETWEEN 1 AND 7', name=op.f('ck_meetings_weekday_range')),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_meetings_group_id_groups'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['room_id'], ['rooms.id'], name=op.f('fk_meetings_room_id_rooms')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meetings'))
    )
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meetings_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meetings_room_id'), ['room_id'], unique=False)
        batch_op.create_index('ix_meetings_weekday_room', ['weekday', 'room_id'], unique=False)

    op.create_table('appointment_children',
    sa.Column('appointment_id', sa.Integer(), nullable=False),
    sa.Column('child_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['appointment_id'], ['appointments.id'], name=op.f('fk_appointment_children_appointment_id_appointments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['child_id'], ['children.id'], name=op.f('fk_appointment_children_child_id_children'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('appointment_id', 'child_id', name=op.f('pk_appointment_children'))
    )
    with op.batch_alter_table('appointment_children', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_appointment_children_child_id'), ['child_id'], unique=False)

    op.create_table('attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enrolment_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('mark', sa.String(length=8), nullable=False),
    sa.Column('marked_by', sa.String(length=80), nullable=False),
    sa.Column('marked_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("mark IN ('present', 'absent', 'excused', 'late')", name=op.f('ck_attendance_mark_value')),
    sa.ForeignKeyConstraint(['enrolment_id'], ['enrolments.id'], name=op.f('fk_attendance_enrolment_id_enrolments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('enrolment_id', 'date', name=op.f('uq_attendance_enrolment_id'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index('ix_attendance_date', ['date'], unique=False)

    op.create_table('enrolment_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enrolment_id', sa.Integer(), nullable=False),
    sa.Column('from_status', sa.String(length=12), nullable=True),
    sa.Column('to_status', sa.String(length=12), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=80), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['enrolment_id'], ['enrolments.id'], name=op.f('fk_enrolment_changes_enrolment_id_enrolments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enrolment_changes'))
    )
    with op.batch_alter_table('enrolment_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enrolment_changes_enrolment_id'), ['enrolment_id'], unique=False)

    op.create_table('notifications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('child_id', sa.Integer(), nullable=True),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.Column('enrolment_id', sa.Integer(), nullable=True),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['children.id'], name=op.f('fk_notifications_child_id_children'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['enrolment_id'], ['enrolments.id'], name=op.f('fk_notifications_enrolment_id_enrolments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_notifications_group_id_groups'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notifications'))
    )
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notifications_created_at'), ['created_at'], unique=False)

    op.create_table('session_notes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('appointment_id', sa.Integer(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['appointment_id'], ['appointments.id'], name=op.f('fk_session_notes_appointment_id_appointments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_session_notes_author_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session_notes'))
    )
    with op.batch_alter_table('session_notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_notes_appointment_id'), ['appointment_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('session_notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_notes_appointment_id'))

    op.drop_table('session_notes')
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notifications_created_at'))

    op.drop_table('notifications')
    with op.batch_alter_table('enrolment_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enrolment_changes_enrolment_id'))

    op.drop_table('enrolment_changes')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index('ix_attendance_date')

    op.drop_table('attendance')
    with op.batch_alter_table('appointment_children', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_appointment_children_child_id'))

    op.drop_table('appointment_children')
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_index('ix_meetings_weekday_room')
        batch_op.drop_index(batch_op.f('ix_meetings_room_id'))
        batch_op.drop_index(batch_op.f('ix_meetings_group_id'))

    op.drop_table('meetings')
    with op.batch_alter_table('enrolments', schema=None) as batch_op:
        batch_op.drop_index('uq_enrolments_child_group_active', sqlite_where=sa.text("status IN ('waitlisted', 'offered', 'enrolled')"), postgresql_where=sa.text("status IN ('waitlisted', 'offered', 'enrolled')"))
        batch_op.drop_index('ix_enrolments_group_status')
        batch_op.drop_index(batch_op.f('ix_enrolments_child_id'))

    op.drop_table('enrolments')
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consents_child_id'))

    op.drop_table('consents')
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.drop_index('ix_appointments_starts_at')
        batch_op.drop_index(batch_op.f('ix_appointments_specialist_id'))

    op.drop_table('appointments')
    op.drop_table('users')
    op.drop_table('specialists')
    with op.batch_alter_table('guardians', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_guardians_child_id'))

    op.drop_table('guardians')
    with op.batch_alter_table('groups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_groups_teacher_id'))
        batch_op.drop_index(batch_op.f('ix_groups_club_id'))

    op.drop_table('groups')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_starts_at')

    op.drop_table('events')
    op.drop_table('staff')
    op.drop_table('settings')
    op.drop_table('rooms')
    op.drop_table('locks')
    op.drop_table('clubs')
    with op.batch_alter_table('children', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_children_sort_key'))
        batch_op.drop_index(batch_op.f('ix_children_search_key_alt'))
        batch_op.drop_index(batch_op.f('ix_children_search_key'))
        batch_op.drop_index('ix_children_birth_date')

    op.drop_table('children')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_events_entity')
        batch_op.drop_index(batch_op.f('ix_audit_events_at'))
        batch_op.drop_index(batch_op.f('ix_audit_events_actor'))

    op.drop_table('audit_events')
