"""attendance history, referrals, note authors by login

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01

Corrections of attendance marks keep who and when (``attendance_changes``, seeded with the marks already
recorded); a teacher's referral of a child to a specialist (``referrals``); a session note's author is the
login that wrote it (``author_login``) — sign-in and its users come later, and a note must be tied to its
writer from the first one on.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('attendance_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enrolment_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('from_mark', sa.String(length=8), nullable=True),
    sa.Column('to_mark', sa.String(length=8), nullable=True),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['enrolment_id'], ['enrolments.id'], name=op.f('fk_attendance_changes_enrolment_id_enrolments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance_changes'))
    )
    with op.batch_alter_table('attendance_changes', schema=None) as batch_op:
        batch_op.create_index('ix_attendance_changes_enrolment_date', ['enrolment_id', 'date'], unique=False)
    # The marks recorded so far become the first entry of their history.
    op.execute("INSERT INTO attendance_changes (enrolment_id, date, from_mark, to_mark, changed_by, changed_at) "
               "SELECT enrolment_id, date, NULL, mark, marked_by, marked_at FROM attendance")

    op.create_table('referrals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('child_id', sa.Integer(), nullable=False),
    sa.Column('specialty', sa.String(length=30), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.Column('referred_by_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('appointment_id', sa.Integer(), nullable=True),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("status IN ('open', 'booked', 'closed')", name=op.f('ck_referrals_status_value')),
    sa.ForeignKeyConstraint(['appointment_id'], ['appointments.id'], name=op.f('fk_referrals_appointment_id_appointments'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['child_id'], ['children.id'], name=op.f('fk_referrals_child_id_children'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_referrals_group_id_groups'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['referred_by_id'], ['staff.id'], name=op.f('fk_referrals_referred_by_id_staff'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referrals'))
    )
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referrals_child_id'), ['child_id'], unique=False)

    with op.batch_alter_table('session_notes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('author_login', sa.String(length=80), nullable=True))
    op.execute("UPDATE session_notes SET author_login = COALESCE("
               "(SELECT login FROM users WHERE users.id = session_notes.author_id), 'unknown')")
    with op.batch_alter_table('session_notes', schema=None) as batch_op:
        batch_op.alter_column('author_login', existing_type=sa.String(length=80), nullable=False)
        batch_op.alter_column('author_id', existing_type=sa.INTEGER(), nullable=True)


def downgrade() -> None:
    op.execute("DELETE FROM session_notes WHERE author_id IS NULL")
    with op.batch_alter_table('session_notes', schema=None) as batch_op:
        batch_op.alter_column('author_id', existing_type=sa.INTEGER(), nullable=False)
        batch_op.drop_column('author_login')

    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referrals_child_id'))

    op.drop_table('referrals')
    with op.batch_alter_table('attendance_changes', schema=None) as batch_op:
        batch_op.drop_index('ix_attendance_changes_enrolment_date')

    op.drop_table('attendance_changes')
