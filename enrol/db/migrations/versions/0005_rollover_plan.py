"""the academic-year roll-over's stored plan

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04

A roll-over closes a year, copies its groups and then re-enrols the returning children one by one. The plan
(who goes where, in which order) is written in the close-and-copy transaction and every re-enrolment marks its
line done in its own transaction, so a run killed half-way is resumed where it stopped and a finished one is
not run twice.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'rollovers',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('from_year', sa.String(length=9), nullable=False),
        sa.Column('to_year', sa.String(length=9), nullable=False),
        sa.Column('carry_waitlist', sa.Boolean(), nullable=False),
        sa.Column('closed_groups', sa.Integer(), nullable=False),
        sa.Column('groups', sa.Integer(), nullable=False),
        sa.Column('meetings', sa.Integer(), nullable=False),
        sa.Column('completed', sa.Integer(), nullable=False),
        sa.Column('withdrawn', sa.Integer(), nullable=False),
        sa.Column('started_at', sa.DateTime(), nullable=False),
        sa.Column('finished_at', sa.DateTime(), nullable=True),
        sa.Column('actor', sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_rollovers')),
        sa.UniqueConstraint('from_year', name=op.f('uq_rollovers_from_year')),
        sa.UniqueConstraint('to_year', name=op.f('uq_rollovers_to_year')),
    )
    op.create_table(
        'rollover_lines',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('rollover_id', sa.Integer(), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('child_id', sa.Integer(), nullable=False),
        sa.Column('group_code', sa.String(length=30), nullable=False),
        sa.Column('funding', sa.String(length=20), nullable=False),
        sa.Column('voucher_number', sa.String(length=40), nullable=True),
        sa.Column('applied_at', sa.DateTime(), nullable=False),
        sa.Column('was_enrolled', sa.Boolean(), nullable=False),
        sa.Column('done_at', sa.DateTime(), nullable=True),
        sa.Column('status', sa.String(length=12), nullable=True),
        sa.Column('problem', sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(['child_id'], ['children.id'], name=op.f('fk_rollover_lines_child_id_children')),
        sa.ForeignKeyConstraint(['rollover_id'], ['rollovers.id'],
                                name=op.f('fk_rollover_lines_rollover_id_rollovers')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_rollover_lines')),
        sa.UniqueConstraint('rollover_id', 'seq', name=op.f('uq_rollover_lines_rollover_id')),
    )


def downgrade() -> None:
    op.drop_table('rollover_lines')
    op.drop_table('rollovers')
