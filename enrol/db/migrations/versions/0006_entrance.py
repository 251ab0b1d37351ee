"""the entrance desk: card codes, scans in and out, who is inside, pickup persons, going home alone

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04

The building's limit, the Now page and the evacuation list came from the timetable only (who is expected).
The entrance desk records the fact: a card per child (random 10-digit code with a Damm check digit; a
replaced card keeps its row to answer "replaced on DATE"), every scan as its own row, who is inside now as
one row per child (the primary key refuses a second check-in), the adults authorised to collect a child and
the guardian's word on going home alone. Every child already registered gets a card here.
"""
from __future__ import annotations

import datetime as dt
import secrets

import sqlalchemy as sa
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

_DAMM = ((0, 3, 1, 7, 5, 9, 8, 6, 4, 2), (7, 0, 9, 2, 1, 5, 4, 8, 6, 3), (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
         (1, 7, 5, 0, 9, 8, 3, 4, 2, 6), (6, 1, 2, 3, 0, 4, 5, 9, 7, 8), (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
         (5, 8, 6, 9, 7, 2, 0, 1, 3, 4), (8, 9, 4, 5, 3, 6, 2, 0, 1, 7), (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
         (2, 5, 8, 1, 4, 3, 6, 7, 9, 0))


def _code() -> str:
    # A copy of enrol.domain.cards.new_code: a migration must not change when the program's code does.
    body = str(secrets.randbelow(9) + 1) + "".join(str(secrets.randbelow(10)) for _ in range(8))
    interim = 0
    for char in body:
        interim = _DAMM[interim][int(char)]
    return body + str(interim)


def upgrade() -> None:
    with op.batch_alter_table('children', schema=None) as batch_op:
        batch_op.add_column(sa.Column('may_leave_alone', sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column('leave_alone_said_on', sa.Date(), nullable=True))
    cards = op.create_table(
        'child_cards',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('child_id', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(length=10), nullable=False),
        sa.Column('issued_at', sa.DateTime(), nullable=False),
        sa.Column('replaced_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['child_id'], ['children.id'], name=op.f('fk_child_cards_child_id_children'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_child_cards')),
        sa.UniqueConstraint('code', name=op.f('uq_child_cards_code')),
    )
    op.create_index('ix_child_cards_child', 'child_cards', ['child_id', 'replaced_at'], unique=False)
    op.create_table(
        'entrance_scans',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('child_id', sa.Integer(), nullable=False),
        sa.Column('direction', sa.String(length=3), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('desk', sa.String(length=60), nullable=True),
        sa.Column('actor', sa.String(length=80), nullable=False),
        sa.Column('collected_by', sa.String(length=200), nullable=True),
        sa.Column('override_reason', sa.Text(), nullable=True),
        sa.Column('undone_at', sa.DateTime(), nullable=True),
        sa.Column('undone_by', sa.String(length=80), nullable=True),
        sa.CheckConstraint("direction IN ('in', 'out')", name=op.f('ck_entrance_scans_direction_value')),
        sa.ForeignKeyConstraint(['child_id'], ['children.id'], name=op.f('fk_entrance_scans_child_id_children'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_entrance_scans')),
    )
    op.create_index('ix_entrance_scans_at', 'entrance_scans', ['at'], unique=False)
    op.create_index('ix_entrance_scans_child', 'entrance_scans', ['child_id', 'at'], unique=False)
    op.create_table(
        'entrance_inside',
        sa.Column('child_id', sa.Integer(), nullable=False),
        sa.Column('since', sa.DateTime(), nullable=False),
        sa.Column('scan_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['child_id'], ['children.id'], name=op.f('fk_entrance_inside_child_id_children'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['scan_id'], ['entrance_scans.id'],
                                name=op.f('fk_entrance_inside_scan_id_entrance_scans')),
        sa.PrimaryKeyConstraint('child_id', name=op.f('pk_entrance_inside')),
    )
    op.create_table(
        'pickup_persons',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('child_id', sa.Integer(), nullable=False),
        sa.Column('full_name', sa.String(length=200), nullable=False),
        sa.Column('phone', sa.String(length=20), nullable=True),
        sa.Column('relation', sa.String(length=60), nullable=True),
        sa.Column('added_at', sa.DateTime(), nullable=False),
        sa.Column('added_by', sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(['child_id'], ['children.id'], name=op.f('fk_pickup_persons_child_id_children'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_pickup_persons')),
    )
    op.create_index(op.f('ix_pickup_persons_child_id'), 'pickup_persons', ['child_id'], unique=False)

    bind = op.get_bind()
    issued = dt.datetime.now().replace(microsecond=0)
    children = [row[0] for row in bind.execute(sa.text("SELECT id FROM children WHERE NOT anonymised"))]
    codes: set[str] = set()
    rows = []
    for child_id in children:
        code = _code()
        while code in codes:
            code = _code()
        codes.add(code)
        rows.append({"child_id": child_id, "code": code, "issued_at": issued})
    if rows:
        op.bulk_insert(cards, rows)


def downgrade() -> None:
    op.drop_index(op.f('ix_pickup_persons_child_id'), table_name='pickup_persons')
    op.drop_table('pickup_persons')
    op.drop_table('entrance_inside')
    op.drop_index('ix_entrance_scans_child', table_name='entrance_scans')
    op.drop_index('ix_entrance_scans_at', table_name='entrance_scans')
    op.drop_table('entrance_scans')
    op.drop_index('ix_child_cards_child', table_name='child_cards')
    op.drop_table('child_cards')
    with op.batch_alter_table('children', schema=None) as batch_op:
        batch_op.drop_column('leave_alone_said_on')
        batch_op.drop_column('may_leave_alone')
