"""Plain-Python rules of the office: no Qt, no SQL, no I/O."""
