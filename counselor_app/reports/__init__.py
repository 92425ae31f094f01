"""Documents: PDF, charts, xlsx and encrypted exports. Input is plain data from services. No Qt."""
