"""Pure rules of the centre: no Qt, no SQL, nothing else of ours imported."""
