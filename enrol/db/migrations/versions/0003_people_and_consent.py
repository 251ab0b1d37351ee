"""people and personal data: last sign-in, who withdrew a consent and why

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27

People and consent: a user's last successful sign-in (the Users page shows stale accounts to deactivate) and, for a
withdrawn consent, who recorded the withdrawal and the reason given (law No. 94-V: withdrawal is a fact
the centre must be able to show, with its date, author and reason).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('last_sign_in_at', sa.DateTime(), nullable=True))
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('withdrawn_by', sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column('withdrawal_reason', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.drop_column('withdrawal_reason')
        batch_op.drop_column('withdrawn_by')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('last_sign_in_at')
