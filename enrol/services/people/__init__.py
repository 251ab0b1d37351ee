"""People and their data: the children's registry, users and roles, the audit trail, consent and a child's data on request."""
