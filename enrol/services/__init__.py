"""Use cases: each public function is one user action, one transaction, and returns plain dataclasses."""
